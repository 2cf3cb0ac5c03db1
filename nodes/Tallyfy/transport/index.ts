import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { normalizeBaseUrl } from '../../../credentials/common';
import { downloadedFile, type DownloadedFile } from './download';
import type { Endpoint } from './endpoint';
import { tallyfyError, responseOf, transportCode } from './errors';
import { MAX_RETRIES, REQUEST_TIMEOUT_MS, isRetryable, retryDelay } from './retry';

export { org, pathEndpoint, root } from './endpoint';
export { httpStatusOf } from './errors';
export type { Endpoint } from './endpoint';
export type { DownloadedFile } from './download';

export type TallyfyContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions;

export type CredentialType = 'tallyfyApi' | 'tallyfyOAuth2Api';

export interface RequestOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | FormData;
	headers?: IDataObject;
	/** For file downloads: the raw bytes and the response headers instead of parsed JSON. */
	binary?: boolean;
}

/** Tallyfy caps `per_page` at 100 on the list endpoints that document a cap. */
export const MAX_PAGE_SIZE = 100;

export interface Connection {
	credentialType: CredentialType;
	organizationId: string;
	baseUrl: string;
}

/** The Authentication parameter is `noDataExpression`, so its raw value is safe to read. */
export function credentialTypeOf(context: TallyfyContext): CredentialType {
	return context.getNode().parameters.authentication === 'oAuth2'
		? 'tallyfyOAuth2Api'
		: 'tallyfyApi';
}

/**
 * The credential's organization and base URL, read once per node run: n8n decrypts and
 * resolves a credential on every read, and its request helper reads it again for each request
 * anyway. (A token a run refreshes is not part of this; the request helper always reads it.)
 */
const connections = new WeakMap<TallyfyContext, Promise<Connection>>();

export async function connectionOf(this: TallyfyContext): Promise<Connection> {
	let connection = connections.get(this);
	if (!connection) {
		connection = readConnection.call(this);
		connections.set(this, connection);
		// A failed read is not kept, so the next item reports its own error.
		connection.catch(() => connections.delete(this));
	}
	return await connection;
}

async function readConnection(this: TallyfyContext): Promise<Connection> {
	const credentialType = credentialTypeOf(this);
	const credentials = await this.getCredentials(credentialType);
	return {
		credentialType,
		organizationId: String(credentials.organizationId ?? '').trim(),
		baseUrl: normalizeBaseUrl(credentials.baseUrl as string | undefined),
	};
}

function urlOf(connection: Connection, endpoint: Endpoint): string {
	const prefix =
		endpoint.scope === 'organization'
			? `/organizations/${encodeURIComponent(connection.organizationId)}`
			: '';
	return `${connection.baseUrl}${prefix}${endpoint.path}`;
}

/**
 * Sends one request with the node's Tallyfy credential and returns Tallyfy's answer
 * as sent (envelope included). Retries rate-limited and, for idempotent methods,
 * gateway failures, timeouts and dropped connections; every other failure becomes an
 * actionable NodeApiError.
 */
export async function tallyfyRequest(
	this: TallyfyContext,
	method: IHttpRequestMethods,
	endpoint: Endpoint,
	options: RequestOptions = {},
): Promise<unknown> {
	const connection = await connectionOf.call(this);
	const request: IHttpRequestOptions = {
		method,
		url: urlOf(connection, endpoint),
		qs: options.qs,
		body: options.body,
		headers: options.headers,
		json: !options.binary,
		timeout: REQUEST_TIMEOUT_MS,
		...(options.binary ? { encoding: 'arraybuffer', returnFullResponse: true } : {}),
	};
	for (let attempt = 0; ; attempt++) {
		try {
			return await this.helpers.httpRequestWithAuthentication.call(
				this,
				connection.credentialType,
				request,
			);
		} catch (error) {
			const { status, headers } = responseOf(error);
			if (attempt < MAX_RETRIES && isRetryable(status, method, transportCode(error))) {
				await sleep(retryDelay(attempt, headers['retry-after']));
				continue;
			}
			throw tallyfyError(this.getNode(), error, {
				method,
				endpoint,
				...connection,
				attempts: attempt + 1,
			});
		}
	}
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Tallyfy wraps records in `{ data: … }`; a few endpoints answer bare objects or nothing. */
export function unwrap<T = IDataObject>(body: unknown): T {
	if (isObject(body) && 'data' in body) return body.data as T;
	return (body === '' || body === undefined || body === null ? {} : body) as T;
}

/** One request, answered with the record (or list) inside Tallyfy's `{ data: … }` envelope. */
export async function apiRequest(
	this: TallyfyContext,
	method: IHttpRequestMethods,
	endpoint: Endpoint,
	options: RequestOptions = {},
): Promise<IDataObject> {
	return unwrap<IDataObject>(await tallyfyRequest.call(this, method, endpoint, options));
}

/** A GET that answers with a file: its bytes, file name and MIME type, through the same retries. */
export async function apiDownload(
	this: TallyfyContext,
	endpoint: Endpoint,
): Promise<DownloadedFile> {
	return downloadedFile(await tallyfyRequest.call(this, 'GET', endpoint, { binary: true }));
}

interface Pagination {
	current_page?: number;
	total_pages?: number;
	links?: { next?: string } | unknown[];
}

export function isLastPage(pagination: Pagination | undefined, received: number): boolean {
	if (!pagination || received === 0) return true;
	if (typeof pagination.current_page === 'number' && typeof pagination.total_pages === 'number') {
		return pagination.current_page >= pagination.total_pages;
	}
	const links = pagination.links;
	return Array.isArray(links) || !links?.next;
}

export interface ListOptions {
	qs?: IDataObject;
	/** Stop once this many records arrived; omit to read every page. */
	limit?: number;
	/** Where the `{ data, meta }` list sits in the answer, for answers that nest it (search). */
	listOf?: (body: unknown) => unknown;
}

/**
 * Reads a paginated list: `page` + `per_page`, stopping on `current_page >= total_pages`
 * (or an empty `links.next`, since `links` can be `[]`) or once `limit` records arrived.
 */
export async function apiRequestAllItems(
	this: TallyfyContext,
	endpoint: Endpoint,
	options: ListOptions = {},
): Promise<IDataObject[]> {
	const { limit } = options;
	const perPage = limit ? Math.min(MAX_PAGE_SIZE, limit) : MAX_PAGE_SIZE;
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const answer = await tallyfyRequest.call(this, 'GET', endpoint, {
			qs: { ...options.qs, page, per_page: perPage },
		});
		const list = options.listOf ? options.listOf(answer) : answer;
		const data = isObject(list) && Array.isArray(list.data) ? (list.data as IDataObject[]) : [];
		for (const record of data) {
			records.push(record);
			if (limit && records.length >= limit) return records;
		}
		const meta = isObject(list) && isObject(list.meta) ? list.meta : undefined;
		if (isLastPage(meta?.pagination as Pagination | undefined, data.length)) return records;
	}
}

/** Return All / Limit, as the shared `returnAll` and `limit` parameters ask for. */
export async function listFromParameters(
	this: IExecuteFunctions,
	itemIndex: number,
	endpoint: Endpoint,
	options: Omit<ListOptions, 'limit'> = {},
): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
	return await apiRequestAllItems.call(this, endpoint, { ...options, limit });
}
