import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Endpoint } from './endpoint';
import { REQUEST_TIMEOUT_MS, isTimeout } from './retry';

/** What a failed call was about, for messages a user can act on. */
export interface FailedRequest {
	method: string;
	endpoint: Endpoint;
	credentialType: 'tallyfyApi' | 'tallyfyOAuth2Api';
	organizationId: string;
	baseUrl: string;
	attempts: number;
}

interface TallyfyResponse {
	status?: number;
	headers: Record<string, unknown>;
	body: unknown;
}

const RECORD_LABELS: Record<string, string> = {
	checklists: 'blueprint',
	runs: 'process',
	tasks: 'task',
	'completed-tasks': 'task',
	steps: 'step',
	captures: 'form field',
	preruns: 'kick-off field',
	'automated-actions': 'automation rule',
	users: 'member',
	guests: 'guest',
	groups: 'group',
	tags: 'tag',
	folders: 'folder',
	'folders-objects': 'folder item',
	comment: 'comment',
	assets: 'file',
	file: 'file',
	'custom-fields': 'custom field',
	'remove-watcher': 'webhook subscription',
	organizations: 'organization',
};

/** Who may do what, so a 403 can say which role to ask for. */
const PERMISSION_HINTS: Record<string, string> = {
	users: 'Managing members needs the Administrator role in Tallyfy.',
	guests: 'Managing guests needs a Standard or Administrator role in Tallyfy.',
	groups:
		'Managing groups needs the Administrator role (or the "manage groups" permission) in Tallyfy.',
	checklists:
		'Changing a blueprint needs the Administrator role or edit rights on that blueprint; light members cannot edit blueprints.',
	runs: 'Changing a process needs the Administrator role, ownership of the process, or a task in it assigned to you.',
	tasks: 'Changing a task needs the Administrator role or being assigned to it.',
	tags: 'Managing tags needs a Standard or Administrator role in Tallyfy.',
	folders: 'Managing folders needs a Standard or Administrator role in Tallyfy.',
	'custom-field-keys': 'Managing custom fields needs the Administrator role in Tallyfy.',
};

const TOKEN_HELP: Record<FailedRequest['credentialType'], string> = {
	tallyfyApi:
		'Personal access tokens expire after six months and are revoked when their user logs out of Tallyfy. Create a new one under Settings > Integrations > REST API in Tallyfy and paste it into the credential.',
	tallyfyOAuth2Api:
		'n8n already fetched a fresh token once and Tallyfy still refused it. Check the Client ID and Client Secret, and that the application (or the user it acts as) may use this organization.',
};

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBody(body: unknown): unknown {
	if (typeof body === 'string') {
		try {
			return JSON.parse(body);
		} catch {
			return body;
		}
	}
	if (body instanceof ArrayBuffer || Buffer.isBuffer(body)) {
		return parseBody(Buffer.from(body as ArrayBuffer).toString('utf8'));
	}
	return body;
}

/** The HTTP status ("404", …) of a failed request, as n8n's request helper reports it. */
export const httpStatusOf = (error: unknown) =>
	(error as { httpCode?: string | null } | undefined)?.httpCode ?? undefined;

/** The network error code (ECONNREFUSED, ECONNABORTED, …) of a request that got no answer. */
export function transportCode(error: unknown): string | undefined {
	const code = (error as { cause?: { code?: unknown } })?.cause?.code;
	return typeof code === 'string' ? code : undefined;
}

/** Reads the HTTP answer out of the NodeApiError that n8n's request helper throws. */
export function responseOf(error: unknown): TallyfyResponse {
	const failure = error as {
		httpCode?: string | null;
		cause?: { response?: { status?: number; headers?: Record<string, unknown>; data?: unknown } };
		context?: { data?: unknown };
	};
	const response = failure?.cause?.response;
	const status = response?.status ?? (Number(failure?.httpCode) || undefined);
	return {
		status,
		headers: response?.headers ?? {},
		body: parseBody(response?.data ?? failure?.context?.data),
	};
}

function apiMessage(body: unknown): string | undefined {
	if (!isObject(body)) return typeof body === 'string' && body.length < 300 ? body : undefined;
	if (typeof body.message === 'string' && body.message) return body.message;
	if (isObject(body.error) && typeof body.error.message === 'string') return body.error.message;
	if (typeof body.error === 'string') return body.error;
	return undefined;
}

function fieldErrors(body: unknown): string[] {
	if (!isObject(body) || !isObject(body.errors)) return [];
	return Object.entries(body.errors).map(([field, messages]) => {
		const list = Array.isArray(messages) ? messages.join(' ') : String(messages);
		return `${field}: ${list}`;
	});
}

function describeRecord(request: FailedRequest): string {
	const refs = request.endpoint.refs;
	const target = refs[refs.length - 1];
	if (!target) return `the requested ${request.endpoint.path}`;
	const label = RECORD_LABELS[target.collection] ?? target.collection;
	const parents = refs
		.slice(0, -1)
		.map((ref) => `${RECORD_LABELS[ref.collection] ?? ref.collection} '${ref.id}'`);
	return `the ${label} with ID '${target.id}'${parents.length ? ` (in ${parents.join(', ')})` : ''}`;
}

function permissionHint(request: FailedRequest): string {
	const collection = request.endpoint.path.split('/').filter(Boolean)[0] ?? '';
	return (
		PERMISSION_HINTS[collection] ??
		'Ask a Tallyfy administrator for the permission, or use a credential of a user who has it.'
	);
}

interface Explanation {
	message: string;
	description: string;
}

/** Whether the request was repeated, or why it was not: Tallyfy may have carried it out. */
function attemptsNote(request: FailedRequest): string {
	if (request.attempts > 1) return `It was tried ${request.attempts} times.`;
	return request.method === 'POST' || request.method === 'PATCH'
		? `A ${request.method} is never repeated automatically, because Tallyfy may have carried it out: check Tallyfy before you run it again.`
		: '';
}

/** A request that got no answer: slow, or cut off on the way. */
function unanswered(request: FailedRequest, message: string): Explanation {
	return {
		message,
		description:
			`${attemptsNote(request)} Tallyfy may be slow or unreachable at ${request.baseUrl}; try again later.`.trim(),
	};
}

function explain(response: TallyfyResponse, request: FailedRequest): Explanation {
	const { status, body } = response;
	const said = apiMessage(body);
	const tallyfySaid = said ? ` Tallyfy said: "${said}".` : '';
	switch (status) {
		case 400:
			return {
				message: `Tallyfy refused the request as malformed (400)${said ? `: ${said}` : ''}`,
				description: 'Check the values of this node’s parameters.',
			};
		case 401:
			return {
				message: 'Tallyfy rejected the credentials: the token is invalid or has expired (401)',
				description: TOKEN_HELP[request.credentialType] + tallyfySaid,
			};
		case 403:
			return {
				message: `Your Tallyfy user is not allowed to do this (403)${said ? `: ${said}` : ''}`,
				description: permissionHint(request),
			};
		case 404: {
			const routeMissing = isObject(body) && body.code === 'ENDPOINT_NOT_FOUND';
			return routeMissing
				? {
						message: `Tallyfy does not know the endpoint ${request.method} ${request.endpoint.path} (404)`,
						description: `Check the Base URL of the credential (now ${request.baseUrl}); it should be https://go.tallyfy.com/api or https://api.tallyfy.com.`,
					}
				: {
						message: `Tallyfy could not find ${describeRecord(request)} (404)`,
						description: `Check the ID. The record may have been deleted or archived, or belong to another organization than ${request.organizationId}, the one this credential uses.`,
					};
		}
		case 409: {
			const error = isObject(body) && isObject(body.error) ? body.error : undefined;
			if (error?.code === 'SEAT_POOL_EXHAUSTED') {
				const pool = isObject(error.details) ? String(error.details.pool_type ?? 'full') : 'full';
				return {
					message: `Your Tallyfy organization has no free ${pool} seats left (409 SEAT_POOL_EXHAUSTED)`,
					description:
						`${said ?? ''} Free a ${pool} seat by disabling a member, ask your Tallyfy administrator to add seats, or use a role from another seat pool.`.trim(),
				};
			}
			return {
				message: `Tallyfy reported a conflict (409)${said ? `: ${said}` : ''}`,
				description: 'The record changed or already exists; reload it and try again.',
			};
		}
		case 422: {
			const fields = fieldErrors(body);
			return {
				message: `Tallyfy rejected the values sent (422): ${fields.length ? fields.join('; ') : (said ?? 'validation failed')}`,
				description: 'Fix the listed fields in this node’s parameters and run it again.',
			};
		}
		case 429:
			return {
				message: `Tallyfy's rate limit is still exceeded after ${request.attempts} attempts (429 RATE_LIMIT_EXCEEDED)`,
				description:
					`${said ?? ''} Wait before running again, or send fewer requests at once (for example with the Loop Over Items node and a Wait).`.trim(),
			};
		default:
			break;
	}
	if (status !== undefined && status >= 500) {
		return {
			message: `Tallyfy's server failed to handle the request (${status})`,
			description:
				`${attemptsNote(request)}${tallyfySaid} Tallyfy may be having trouble; try again later.`.trim(),
		};
	}
	return {
		message: `Tallyfy answered ${status ?? 'without a status'}${said ? `: ${said}` : ''}`,
		description: `Request: ${request.method} ${request.endpoint.path}`,
	};
}

/**
 * Turns whatever the request helper threw into an error that says what went wrong and
 * how to fix it. A fresh NodeApiError is built (re-wrapping would keep n8n's generic
 * text), and it carries only the API's answer, never the request and its headers.
 */
export function tallyfyError(node: INode, error: unknown, request: FailedRequest): NodeApiError {
	const response = responseOf(error);
	let explanation: Explanation;
	if (response.status === undefined) {
		const code = transportCode(error);
		const cause = (error as { cause?: unknown })?.cause;
		explanation = isTimeout(code)
			? unanswered(request, `Tallyfy did not answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`)
			: code === 'ECONNRESET' || code === 'EPIPE'
				? unanswered(request, `The connection to Tallyfy was dropped before it answered (${code})`)
				: code
					? {
							message: `Could not reach Tallyfy at ${request.baseUrl}`,
							description: `The connection failed (${code}). Check the Base URL of the credential and the network of this n8n instance.`,
						}
					: {
							message:
								(cause instanceof Error ? cause.message : undefined) ??
								String((error as Error)?.message ?? error),
							description: 'Check the Tallyfy credential selected in this node.',
						};
	} else {
		explanation = explain(response, request);
	}
	const answer: JsonObject = { status: response.status ?? null };
	if (response.body !== undefined) answer.body = response.body as JsonObject;
	const apiError = new NodeApiError(node, answer, {
		message: explanation.message,
		description: explanation.description,
		httpCode: response.status === undefined ? undefined : String(response.status),
	});
	// NodeApiError swaps messages that mention common codes (e.g. "503") for generic text.
	apiError.message = explanation.message;
	apiError.description = explanation.description;
	return apiError;
}
