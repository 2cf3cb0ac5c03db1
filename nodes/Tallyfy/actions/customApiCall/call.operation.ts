import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, pathEndpoint, tallyfyRequest, type Endpoint } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		default: 'GET',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
	},
	{
		displayName: 'Path Relative To',
		name: 'scope',
		type: 'options',
		default: 'organization',
		description: 'Where the path starts',
		options: [
			{
				name: 'Organization',
				value: 'organization',
				description:
					'After /organizations/{organization of the credential}, for nearly every endpoint',
			},
			{
				name: 'API Root',
				value: 'root',
				description: 'Directly after the Base URL, for endpoints such as /me',
			},
		],
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. /runs/{{ $json.processId }}/tasks',
		description:
			'The endpoint path from Tallyfy’s API reference, without the host, /api or the organization part. The credential’s Base URL and organization are added, and each part of the path is URL-encoded.',
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. with',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. tasks,tags',
					},
				],
			},
		],
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { method: ['PATCH', 'POST', 'PUT'] } },
		description: 'The JSON body to send; leave {} to send none',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Full Response',
				name: 'fullResponse',
				type: 'boolean',
				default: false,
				description:
					'Whether to return Tallyfy’s whole answer, with its "data" envelope and pagination "meta", instead of one item per record inside it',
			},
		],
	},
];

export const description = forOperation('customApiCall', 'call', properties);

/** Bad input, reported before any request. */
function invalid(this: IExecuteFunctions, i: number, message: string, description: string) {
	return new NodeOperationError(this.getNode(), message, { itemIndex: i, description });
}

/** The Path parameter as decoded segments; anything that could leave the API is refused. */
function endpointOf(this: IExecuteFunctions, i: number): Endpoint {
	const scope = this.getNodeParameter('scope', i, 'organization') as Endpoint['scope'];
	const path = String(this.getNodeParameter('path', i, '') ?? '').trim();
	const hint =
		scope === 'organization'
			? 'Give the part after /organizations/{organization}, for example /runs or /tasks/{task ID}.'
			: 'Give the part after the Base URL, for example /me.';
	if (!path) throw invalid.call(this, i, 'The parameter "Path" is empty', hint);
	if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//') || path.includes('\\')) {
		throw invalid.call(
			this,
			i,
			'The parameter "Path" must be a path, not a full URL',
			`Requests go only to the Base URL of the credential. ${hint}`,
		);
	}
	if (/[?#]/.test(path)) {
		throw invalid.call(
			this,
			i,
			'The parameter "Path" contains a query string',
			'Put query parameters under "Query Parameters" instead.',
		);
	}
	let segments: string[] = [];
	try {
		segments = path.split('/').filter(Boolean).map(decodeURIComponent);
	} catch {
		throw invalid.call(this, i, 'The parameter "Path" has a malformed %-escape', hint);
	}
	if (!segments.length) throw invalid.call(this, i, 'The parameter "Path" is empty', hint);
	if (segments.some((segment) => segment === '.' || segment === '..')) {
		throw invalid.call(
			this,
			i,
			'The parameter "Path" must not contain "." or ".." segments',
			`Requests stay inside Tallyfy's API. ${hint}`,
		);
	}
	if (scope === 'organization' && segments[0] === 'organizations') {
		throw invalid.call(
			this,
			i,
			'The parameter "Path" already starts with /organizations',
			'The organization of the credential is added for you: drop /organizations/{organization} from the path, or set "Path Relative To" to API Root.',
		);
	}
	return pathEndpoint(scope, segments);
}

function bodyOf(
	this: IExecuteFunctions,
	i: number,
	method: string,
): IDataObject | IDataObject[] | undefined {
	if (!['PATCH', 'POST', 'PUT'].includes(method)) return undefined;
	const raw = this.getNodeParameter('body', i, '{}') as unknown;
	let body = raw;
	if (typeof raw === 'string') {
		const notJson = Symbol('not JSON');
		body = raw.trim() ? jsonParse<unknown>(raw, { fallbackValue: notJson }) : {};
		if (body === notJson) {
			throw invalid.call(
				this,
				i,
				'The parameter "Body (JSON)" is not valid JSON',
				'Write a JSON object, for example {"name": "Onboarding"}, or an expression that gives one.',
			);
		}
	}
	if (typeof body !== 'object' || body === null) {
		throw invalid.call(
			this,
			i,
			'The parameter "Body (JSON)" must be a JSON object or array',
			'Tallyfy takes JSON objects as request bodies, for example {"name": "Onboarding"}.',
		);
	}
	return Object.keys(body).length ? (body as IDataObject | IDataObject[]) : undefined;
}

export async function execute(this: IExecuteFunctions, i: number) {
	const method = this.getNodeParameter('method', i, 'GET') as IHttpRequestMethods;
	const endpoint = endpointOf.call(this, i);
	const qs: IDataObject = {};
	const parameters = this.getNodeParameter('queryParameters.parameter', i, []) as IDataObject[];
	for (const { name, value } of parameters) {
		const key = String(name ?? '').trim();
		if (!key) {
			throw invalid.call(
				this,
				i,
				'A query parameter in "Query Parameters" has no name',
				'Give every query parameter a name, or remove it.',
			);
		}
		qs[key] = value as string;
	}
	const body = bodyOf.call(this, i, method);
	const request = { qs: Object.keys(qs).length ? qs : undefined, body };
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	if (!options.fullResponse) return await apiRequest.call(this, method, endpoint, request);
	const answer = await tallyfyRequest.call(this, method, endpoint, request);
	return typeof answer === 'object' && answer !== null
		? (answer as IDataObject)
		: { body: answer ?? null };
}
