import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_PARALLEL_REQUESTS, MAX_PARALLEL_REQUESTS } from '../transport/parallel';

/**
 * Shows `properties` only for one operation of one resource. Resource and operation come
 * first among the conditions: n8n takes a condition on an expression as met and stops
 * checking, so with another condition first (Task > Get Many's "scope"), an expression in a
 * same-named parameter of another operation (Custom API Call's "scope") would show this
 * operation's parameters and flag its required ones as missing.
 */
export function forOperation(
	resource: string,
	operation: string,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: {
				resource: [resource],
				operation: [operation],
				...property.displayOptions?.show,
			},
		},
	}));
}

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Personal Access Token',
			value: 'accessToken',
		},
		{
			name: 'OAuth2 (Client Credentials)',
			value: 'oAuth2',
		},
	],
	default: 'accessToken',
};

export const parallelRequestsProperty: INodeProperties = {
	displayName: 'Parallel Requests',
	name: 'parallelRequests',
	type: 'number',
	noDataExpression: true,
	typeOptions: { minValue: 1, maxValue: MAX_PARALLEL_REQUESTS, numberPrecision: 0 },
	default: DEFAULT_PARALLEL_REQUESTS,
	description:
		'How many requests to Tallyfy may be in flight at once, across the input items and the pages of Return All; 1 sends one after another. Output keeps the input order. When Tallyfy answers that its rate limit is reached, the node waits as long as Tallyfy asks and slows down. Operations that rewrite a whole record or whose order matters (such as updates, reassigning, adding steps, fields or comments) always handle items one by one.',
};

export const credentialsDescription = [
	{
		name: 'tallyfyApi',
		required: true,
		displayOptions: { show: { authentication: ['accessToken'] } },
	},
	{
		name: 'tallyfyOAuth2Api',
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
];

export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return only the most useful fields of each record instead of everything Tallyfy sends',
};
