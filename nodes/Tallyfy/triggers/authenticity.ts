import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { triggerData } from './registration';

/** Delivery keys remembered for dedupe; older ones are forgotten first. */
export const SEEN_LIMIT = 500;

/** Tallyfy signs nothing (tallyfy-api.md §6.1), so the URL itself carries a random secret. */
export function newSecret(): string {
	return randomBytes(32).toString('hex');
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison; hashing first makes both sides the same length. */
export function secretMatches(given: unknown, expected: string | undefined): boolean {
	if (typeof given !== 'string' || !given || !expected) return false;
	return timingSafeEqual(digest(given), digest(expected));
}

/** Tallyfy sends `X-Tallyfy-orgID` with every delivery; anything else is not from our organization. */
export function fromOrganization(headers: IDataObject, organizationId: string): boolean {
	const header = headers['x-tallyfy-orgid'];
	return typeof header === 'string' && header.trim() !== '' && header.trim() === organizationId;
}

/**
 * Records a delivery's key and tells whether it is new. Keys are stored hashed and only
 * the latest SEEN_LIMIT are kept, so the static data stays small.
 */
export function isFirstDelivery(this: IWebhookFunctions, key: string): boolean {
	const data = triggerData.call(this);
	const hashed = digest(key).toString('base64url').slice(0, 22);
	const seen = data.seen ?? [];
	if (seen.includes(hashed)) return false;
	data.seen = [...seen, hashed].slice(-SEEN_LIMIT);
	return true;
}

/** A delivery without a timestamp of its own is identified by its exact content. */
export function fingerprint(body: unknown): string {
	return digest(JSON.stringify(body ?? null)).toString('hex');
}
