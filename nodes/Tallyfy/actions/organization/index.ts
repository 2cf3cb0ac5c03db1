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
		displayOptions: { show: { resource: ['organization'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get the organization this credential works in',
				action: 'Get the organization',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List every organization the credential’s user belongs to, with their role in each',
				action: 'Get many organizations',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
