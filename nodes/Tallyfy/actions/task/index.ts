import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as complete from './complete.operation';
import * as getAll from './getAll.operation';

export const operations = { complete, getAll } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{
				name: 'Complete',
				value: 'complete',
				description: 'Complete a task, approving or rejecting approval tasks',
				action: 'Complete a task',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the tasks of the organization or of one process',
				action: 'Get many tasks',
			},
		],
		default: 'getAll',
	},
	...complete.description,
	...getAll.description,
];
