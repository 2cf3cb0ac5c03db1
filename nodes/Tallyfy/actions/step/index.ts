import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as assign from './assign.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { assign, create, get, getAll, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['step'] } },
		options: [
			{
				name: 'Assign',
				value: 'assign',
				description:
					'Add, remove or replace the members, guests and groups a step’s tasks are assigned to',
				action: 'Assign a step',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Add a step to a blueprint',
				action: 'Create a step',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a step of a blueprint with its form fields',
				action: 'Get a step',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the steps of a blueprint in order',
				action: 'Get many steps',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a step’s title or description',
				action: 'Update a step',
			},
		],
		default: 'getAll',
	},
	...assign.description,
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
