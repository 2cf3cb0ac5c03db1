import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as launch from './launch.operation';

export const operations = { get, getAll, launch } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['process'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a process',
				action: 'Get a process',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List processes, with filters',
				action: 'Get many processes',
			},
			{
				name: 'Launch',
				value: 'launch',
				description: 'Start a process from a blueprint, filling its kick-off form',
				action: 'Launch a process',
			},
		],
		default: 'launch',
	},
	...get.description,
	...getAll.description,
	...launch.description,
];
