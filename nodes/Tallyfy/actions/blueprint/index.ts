import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { get, getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['blueprint'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a blueprint with its kick-off fields',
				action: 'Get a blueprint',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List blueprints, with filters',
				action: 'Get many blueprints',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
