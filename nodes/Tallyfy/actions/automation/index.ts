import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as create from './create.operation';
import * as deleteRule from './delete.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: deleteRule, getAll, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['automation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Add an if-this-then-that rule to a blueprint: when steps or fields meet the conditions, show, hide, assign, reschedule or reopen steps, or call a webhook',
				action: 'Create an automation rule',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete an automation rule from a blueprint. This cannot be undone.',
				action: 'Delete an automation rule',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the automation rules of a blueprint',
				action: 'Get many automation rules',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Replace the name, conditions and actions of an automation rule',
				action: 'Update an automation rule',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...deleteRule.description,
	...getAll.description,
	...update.description,
];
