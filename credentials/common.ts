import type {
	ICredentialTestRequest,
	IAuthenticateGeneric,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export const tallyfyIcon: Icon = {
	light: 'file:../icons/tallyfy.svg',
	dark: 'file:../icons/tallyfy.dark.svg',
};

export const DEFAULT_BASE_URL = 'https://go.tallyfy.com/api';

export const organizationIdProperty: INodeProperties = {
	displayName: 'Organization ID',
	name: 'organizationId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 3b5c2f7d9e1a4c6b8d0f2a4c6e8b0d1f',
	description:
		'The 32-character ID of your Tallyfy organization. In Tallyfy, open Settings > Organization and copy the ID, or take it from the address bar after go.tallyfy.com/.',
};

export const baseUrlProperty: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: DEFAULT_BASE_URL,
	description:
		'Where the Tallyfy API lives. Keep the default unless Tallyfy gave you another host; https://api.tallyfy.com (without /api) works too.',
};

/** No trailing slash, and a doubled `/api` collapsed: `.../api/api/...` answers 404. */
export function normalizeBaseUrl(value: string | undefined): string {
	return (value?.trim() || DEFAULT_BASE_URL).replace(/\/+$/, '').replace(/(\/api)+$/, '/api');
}

/** `normalizeBaseUrl` again, as an expression: credential tests cannot call TypeScript. */
export const normalizedBaseUrlExpression =
	"={{$credentials.baseUrl.trim().replace(/\\/+$/, '').replace(/(\\/api)+$/, '/api')}}";

export const tallyfyAuthenticate: IAuthenticateGeneric = {
	type: 'generic',
	properties: {
		headers: {
			Authorization: '=Bearer {{$credentials.accessToken}}',
			Accept: 'application/json',
			'X-Tallyfy-Client': 'APIClient',
		},
	},
};

/**
 * `GET /me` would pass with any organization ID, so the test reads the organization
 * itself: a bad token answers 401, an organization the user is not in 403 or 404.
 */
export const tallyfyCredentialTest: ICredentialTestRequest = {
	request: {
		baseURL: normalizedBaseUrlExpression,
		url: '=/organizations/{{encodeURIComponent($credentials.organizationId.trim())}}',
		method: 'GET',
	},
	rules: [
		{
			type: 'responseCode',
			properties: {
				value: 401,
				message:
					'Tallyfy rejected the token (401). It is wrong, expired or was revoked: create a new one and paste it into this credential.',
			},
		},
		{
			type: 'responseCode',
			properties: {
				value: 403,
				message:
					'The token works, but its user is not a member of this organization (403). Check the Organization ID under Settings > Organization in Tallyfy.',
			},
		},
		{
			type: 'responseCode',
			properties: {
				value: 404,
				message:
					'Tallyfy does not know this organization (404). Check the Organization ID under Settings > Organization in Tallyfy, and the Base URL.',
			},
		},
	],
};
