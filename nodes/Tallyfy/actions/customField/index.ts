import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as createKey from './createKey.operation';
import * as getKeys from './getKeys.operation';
import * as removeProcessValue from './removeProcessValue.operation';
import * as setProcessValues from './setProcessValues.operation';

export const operations = {
	createKey,
	getKeys,
	removeProcessValue,
	setProcessValues,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customField'] } },
		options: [
			{
				name: 'Create Key',
				value: 'createKey',
				description: 'Define a new custom field key (needs the Administrator role)',
				action: 'Create a custom field key',
			},
			{
				name: 'Get Keys',
				value: 'getKeys',
				description: 'List the custom field keys of the organization',
				action: 'Get custom field keys',
			},
			{
				name: 'Remove Process Value',
				value: 'removeProcessValue',
				description: 'Remove the value of one custom field from a process',
				action: 'Remove a custom field value from a process',
			},
			{
				name: 'Set Process Values',
				value: 'setProcessValues',
				description: 'Set custom field values on a process, merging or replacing them all',
				action: 'Set custom field values on a process',
			},
		],
		default: 'getKeys',
	},
	...createKey.description,
	...getKeys.description,
	...removeProcessValue.description,
	...setProcessValues.description,
];
