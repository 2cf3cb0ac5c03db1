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
import {
	DEFAULT_PARALLEL_REQUESTS,
	MAX_PARALLEL_REQUESTS,
	RequestPool,
	inParallel,
	type Settled,
} from './parallel';
import { MAX_RETRIES, REQUEST_TIMEOUT_MS, isRetryable, retryDelay } from './retry';

export { org, pathEndpoint, root } from './endpoint';
export { httpStatusOf } from './errors';
export { DEFAULT_PARALLEL_REQUESTS, MAX_PARALLEL_REQUESTS, inParallel, type Settled };
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

/**
 * The node's Parallel Requests. It is `noDataExpression`, so its raw value is safe to read, and
 * reading it raw works in every context (triggers and dropdowns have none and get the default).
 */
export function parallelRequestsOf(context: TallyfyContext): number {
	const value = Number(context.getNode().parameters.parallelRequests);
	if (!Number.isFinite(value) || value < 1) return DEFAULT_PARALLEL_REQUESTS;
	return Math.min(Math.floor(value), MAX_PARALLEL_REQUESTS);
}

/** One pool per node run: its items and pages share the allowance and every 429's pause. */
const pools = new WeakMap<TallyfyContext, RequestPool>();

function poolOf(context: TallyfyContext): RequestPool {
	let pool = pools.get(context);
	if (!pool) {
		pool = new RequestPool(parallelRequestsOf(context));
		pools.set(context, pool);
	}
	return pool;
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
	const pool = poolOf(this);
	for (let attempt = 0; ; attempt++) {
		const retry = attempt < MAX_RETRIES;
		// A 429 the pool pauses for: every request of the run waits, this one included.
		const rateLimitDelay = (error: unknown) => {
			const { status, headers } = responseOf(error);
			return status === 429 && retry ? retryDelay(attempt, headers['retry-after']) : undefined;
		};
		const answer = await pool.send(
			async () =>
				await this.helpers.httpRequestWithAuthentication.call(
					this,
					connection.credentialType,
					request,
				),
			rateLimitDelay,
		);
		if (answer.ok) return answer.value;
		const { error } = answer;
		const { status, headers } = responseOf(error);
		if (status === 429 && retry) continue;
		if (retry && isRetryable(status, method, transportCode(error))) {
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

interface Page {
	records: IDataObject[];
	pagination?: Pagination;
}

async function readPage(
	this: TallyfyContext,
	endpoint: Endpoint,
	options: ListOptions,
	page: number,
	perPage: number,
): Promise<Page> {
	const answer = await tallyfyRequest.call(this, 'GET', endpoint, {
		qs: { ...options.qs, page, per_page: perPage },
	});
	const list = options.listOf ? options.listOf(answer) : answer;
	const records = isObject(list) && Array.isArray(list.data) ? (list.data as IDataObject[]) : [];
	const meta = isObject(list) && isObject(list.meta) ? list.meta : undefined;
	return { records, pagination: meta?.pagination as Pagination | undefined };
}

/**
 * The last page worth asking for after `read` pages: the last Tallyfy has (the next one when
 * it does not say), or the one that brings the records still missing for a limit.
 */
function lastPageOf(page: Page, read: number, perPage: number, missing?: number): number {
	const total = page.pagination?.total_pages;
	const last = typeof total === 'number' ? total : read + 1;
	return missing === undefined ? last : Math.min(last, read + Math.ceil(missing / perPage));
}

/**
 * Reads a paginated list: `page` + `per_page`, stopping on `current_page >= total_pages`
 * (or an empty `links.next`, since `links` can be `[]`) or once `limit` records arrived.
 * Once a page gives `total_pages`, the pages still needed are read in parallel (within the
 * run's Parallel Requests) and kept in page order; without it, one page after another.
 */
export async function apiRequestAllItems(
	this: TallyfyContext,
	endpoint: Endpoint,
	options: ListOptions = {},
): Promise<IDataObject[]> {
	const { limit } = options;
	const perPage = limit ? Math.min(MAX_PAGE_SIZE, limit) : MAX_PAGE_SIZE;
	const records: IDataObject[] = [];
	let read = 0;
	let last = 1;
	while (read < last) {
		const first = read + 1;
		const pages = await inParallel(
			last - read,
			parallelRequestsOf(this),
			async (index) => await readPage.call(this, endpoint, options, first + index, perPage),
			true,
		);
		for (const outcome of pages) {
			// Pages start in order, so the first one that did not succeed is the one that failed.
			if (!outcome?.ok) throw outcome?.error;
			const page = outcome.value;
			read += 1;
			for (const record of page.records) {
				records.push(record);
				if (limit && records.length >= limit) return records;
			}
			if (isLastPage(page.pagination, page.records.length)) return records;
			if (read === last) {
				last = lastPageOf(page, read, perPage, limit && limit - records.length);
			}
		}
	}
	return records;
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
