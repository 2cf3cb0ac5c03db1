import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as call from './call.operation';

export const operations = { call } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customApiCall'] } },
		options: [
			{
				name: 'Make an API Call',
				value: 'call',
				description:
					'Send any request to Tallyfy’s API with this node’s credential, retries and error messages, for endpoints the other operations do not cover',
				action: 'Make an API call',
			},
		],
		default: 'call',
	},
	...call.description,
];
