import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { OperationalError } from 'n8n-workflow';

import {
	baseUrlProperty,
	normalizeBaseUrl,
	organizationIdProperty,
	tallyfyAuthenticate,
	tallyfyCredentialTest,
	tallyfyIcon,
} from './common';

interface TokenAnswer {
	statusCode: number;
	body: { access_token?: unknown; error?: unknown } | undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** As for every Tallyfy request (the node's transport): a hung token request fails within a minute. */
const TOKEN_TIMEOUT_MS = 60_000;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function checkedUrl(value: string, field: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new OperationalError(`The ${field} of the Tallyfy credential is not a valid URL`);
	}
	// The client secret travels in this request, so plain http is only accepted on loopback.
	if (
		url.protocol !== 'https:' &&
		!(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
	) {
		throw new OperationalError(`The ${field} of the Tallyfy credential must start with https://`);
	}
	return value.replace(/\/+$/, '');
}

/**
 * Every message below is fixed text plus values the user typed that are not secret:
 * token endpoints may echo request material, so their bodies are never quoted.
 */
async function post(
	helper: IHttpRequestHelper,
	options: IHttpRequestOptions,
	what: string,
): Promise<TokenAnswer> {
	try {
		const answer = (await helper.helpers.httpRequest({
			...options,
			method: 'POST',
			json: true,
			timeout: TOKEN_TIMEOUT_MS,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as TokenAnswer;
		return answer;
	} catch (error) {
		const code = typeof error?.code === 'string' ? ` (${error.code})` : '';
		throw new OperationalError(
			`Could not reach Tallyfy to ${what}${code}. Check the URL and your network.`,
		);
	}
}

function accessTokenOf(answer: TokenAnswer): string | undefined {
	const token = answer.body?.access_token;
	return answer.statusCode === 200 && typeof token === 'string' && token !== '' ? token : undefined;
}

async function fetchApplicationToken(
	helper: IHttpRequestHelper,
	tokenUrl: string,
	clientId: string,
	clientSecret: string,
): Promise<string> {
	const answer = await post(
		helper,
		{
			url: tokenUrl,
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: clientId,
				client_secret: clientSecret,
				scope: '*',
			}).toString(),
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
		},
		'get an application token',
	);
	const token = accessTokenOf(answer);
	if (token) return token;
	if (answer.statusCode === 401 || answer.body?.error === 'invalid_client') {
		throw new OperationalError(
			'Tallyfy rejected the client ID or client secret (invalid_client). Check both values; Tallyfy Support issues them.',
		);
	}
	if (answer.statusCode === 403) {
		throw new OperationalError(
			'This Tallyfy application is not allowed in the organization (403). Ask Tallyfy Support to link the client to your organization.',
		);
	}
	throw new OperationalError(
		`Tallyfy's token endpoint answered ${answer.statusCode} without an access token. Check the Token URL.`,
	);
}

async function mintUserToken(
	helper: IHttpRequestHelper,
	baseUrl: string,
	organizationId: string,
	email: string,
	applicationToken: string,
): Promise<string> {
	const answer = await post(
		helper,
		{
			url: `${baseUrl}/applications/${encodeURIComponent(organizationId)}/users/${encodeURIComponent(email)}/token`,
			headers: {
				Authorization: `Bearer ${applicationToken}`,
				Accept: 'application/json',
				'X-Tallyfy-Client': 'APIClient',
			},
		},
		`get a token for ${email}`,
	);
	const token = accessTokenOf(answer);
	if (token) return token;
	const reasons: Record<number, string> = {
		401: 'Tallyfy did not accept the application token',
		403: 'this application is not linked to the organization',
		404: 'Tallyfy has no user with this email',
		422: 'the user exists but is not a member of this organization',
	};
	const reason = reasons[answer.statusCode] ?? `Tallyfy answered ${answer.statusCode}`;
	throw new OperationalError(
		`Cannot act as ${email}: ${reason}. Check "Act as User (Email)" and the Organization ID.`,
	);
}

/**
 * Token renewals by credential and the token they replace. n8n asks the credential for a new
 * token on every request that has none or meets a 401, and requests the node sends in parallel
 * would each fetch one. Concurrent asks share one fetch; a replaced token's successor is also
 * reused for a few seconds, for requests that met the 401 just after the renewal ended.
 */
const renewals = new Map<string, { token: Promise<string>; settledAt?: number }>();
const SUCCESSOR_REUSE_MS = 10_000;

function renewOnce(key: string, replaced: string, fetch: () => Promise<string>): Promise<string> {
	const now = Date.now();
	for (const [entry, renewal] of renewals) {
		if (renewal.settledAt !== undefined && now - renewal.settledAt > SUCCESSOR_REUSE_MS) {
			renewals.delete(entry);
		}
	}
	const known = renewals.get(key);
	if (known) return known.token;
	const renewal: { token: Promise<string>; settledAt?: number } = { token: fetch() };
	renewals.set(key, renewal);
	renewal.token.then(
		() => {
			// Without a token to replace there is no successor to hand on, only the fetch to share.
			if (replaced) renewal.settledAt = Date.now();
			else renewals.delete(key);
		},
		() => renewals.delete(key),
	);
	return renewal.token;
}

export class TallyfyOAuth2Api implements ICredentialType {
	name = 'tallyfyOAuth2Api';

	displayName = 'Tallyfy OAuth2 (Client Credentials) API';

	icon = tallyfyIcon;

	documentationUrl = 'https://github.com/n8n-nodes-tallyfy/n8n-nodes-tallyfy#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: 'https://go.tallyfy.com/oauth/token',
			description:
				"Tallyfy's OAuth token endpoint. Keep the default unless Tallyfy Support told you to use https://account.tallyfy.com/oauth/token.",
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'The numeric client ID that Tallyfy Support issued for your application',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The client secret that came with the client ID',
		},
		organizationIdProperty,
		baseUrlProperty,
		{
			displayName: 'Act as User (Email)',
			name: 'actAsUserEmail',
			type: 'string',
			default: '',
			placeholder: 'e.g. automation@example.com',
			description:
				"Leave empty to call Tallyfy as the application. Enter a member's email to act as that member: the application token is exchanged for that user's token, and everything runs with their permissions.",
		},
	];

	/**
	 * n8n calls this when the cached token is empty, after a 401 (then retries the
	 * request once) and on every credential test. Tokens carry no refresh token,
	 * so a new one is simply requested; `expires_in` is not stored on purpose.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const clientId = text(credentials.clientId);
		const clientSecret = text(credentials.clientSecret);
		const organizationId = text(credentials.organizationId);
		const email = text(credentials.actAsUserEmail);
		if (!clientId || !clientSecret || !organizationId) {
			throw new OperationalError(
				'The Tallyfy credential needs a Client ID, a Client Secret and an Organization ID',
			);
		}
		const tokenUrl = checkedUrl(text(credentials.tokenUrl), 'Token URL');
		const baseUrl = text(credentials.baseUrl);
		const replaced = text(credentials.accessToken);
		const key = JSON.stringify([
			tokenUrl,
			clientId,
			clientSecret,
			organizationId,
			email,
			baseUrl,
			replaced,
		]);
		const accessToken = await renewOnce(key, replaced, async () => {
			const appToken = await fetchApplicationToken(this, tokenUrl, clientId, clientSecret);
			if (!email) return appToken;
			const apiUrl = checkedUrl(normalizeBaseUrl(baseUrl), 'Base URL');
			return await mintUserToken(this, apiUrl, organizationId, email, appToken);
		});
		return { accessToken };
	}

	authenticate = tallyfyAuthenticate;

	test = tallyfyCredentialTest;
}
