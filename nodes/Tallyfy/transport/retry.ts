/** Retry policy for Tallyfy calls, mirroring Tallyfy's own CLI client. */
export const MAX_RETRIES = 4;

/**
 * How long one request may take before it is given up. Without a limit of its own the node
 * inherits n8n's five minutes (or none where n8n sets no default), so a connection Tallyfy
 * never answers would hold the execution that long on every attempt. Tallyfy answers reads
 * in well under a second and its slowest calls (export, search) in seconds; a minute leaves
 * ample room for those while a hung request still fails within one.
 */
export const REQUEST_TIMEOUT_MS = 60_000;

/** Transport failures where the request may never have reached Tallyfy, or its answer was lost. */
const DROPPED_CONNECTION = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);

export function isTimeout(code: unknown): boolean {
	return code === 'ECONNABORTED' || code === 'ETIMEDOUT';
}

const RETRY_AFTER_CAP_MS = 30_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * 429 means the request was not processed, so any method may be sent again. A 502/503/504,
 * a timeout or a dropped connection may hide a request the server did carry out, so only
 * idempotent methods are repeated: a blind retry of a POST could launch a process twice. A 500
 * is most often a passing server fault, but it may also follow a half-done write, so only
 * reads are repeated: one failed page would otherwise fail a whole Return All.
 */
export function isRetryable(
	status: number | undefined,
	method: string,
	transportCode?: unknown,
): boolean {
	if (status === 429) return true;
	if (status === 500) return READ_METHODS.has(method);
	const uncertain =
		status === 502 ||
		status === 503 ||
		status === 504 ||
		(status === undefined && DROPPED_CONNECTION.has(String(transportCode)));
	return uncertain && IDEMPOTENT_METHODS.has(method);
}

function parseRetryAfter(value: unknown, now: number): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Milliseconds to wait before retry number `attempt` (0-based). */
export function retryDelay(
	attempt: number,
	retryAfter: unknown,
	now = Date.now(),
	random = Math.random,
): number {
	const requested = parseRetryAfter(retryAfter, now);
	if (requested !== undefined) return Math.min(requested, RETRY_AFTER_CAP_MS);
	const backoff = Math.min(BACKOFF_BASE_MS * 2 ** attempt, BACKOFF_CAP_MS);
	const jitter = 1 + (random() * 0.4 - 0.2);
	return Math.round(backoff * jitter);
}
