import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import { httpStatusOf } from '../transport';

/** The query parameter of the registered URL that carries the per-activation secret. */
export const SECRET_PARAMETER = 'secret';

/** What this node registered in Tallyfy, kept in the node's static data. */
export type Registration = {
	scope: 'blueprint' | 'organization';
	/** The URL Tallyfy was given: n8n's URL plus the secret. */
	url: string;
	secret: string;
	blueprintId?: string;
	/** The blueprint's webhook URL before this node replaced it; put back on deactivation. */
	previousUrl?: string | null;
	watcherId?: string | number;
};

/** A kick-off field's alias and label, so deliveries can key values both ways. */
export type KickoffField = { id: string; alias: string; label: string };

type TriggerData = IDataObject & {
	registration?: Registration;
	kickoffFields?: KickoffField[];
	seen?: string[];
};

export function triggerData(this: IHookFunctions | IWebhookFunctions): TriggerData {
	return this.getWorkflowStaticData('node') as TriggerData;
}

export function withSecret(url: string, secret: string): string {
	const parsed = new URL(url);
	parsed.searchParams.set(SECRET_PARAMETER, secret);
	return parsed.toString();
}

function parse(url: unknown): URL | undefined {
	if (typeof url !== 'string' || !url) return undefined;
	try {
		return new URL(url);
	} catch {
		return undefined;
	}
}

export function secretOf(url: unknown): string | undefined {
	return parse(url)?.searchParams.get(SECRET_PARAMETER) || undefined;
}

/**
 * Whether `url` points at this node's webhook (n8n's URL, any query): such a URL can only
 * have been registered by this node, so it is adopted rather than treated as someone else's.
 */
export function isOurUrl(url: unknown, webhookUrl: string): boolean {
	const candidate = parse(url);
	const ours = parse(webhookUrl);
	return (
		candidate !== undefined &&
		ours !== undefined &&
		candidate.origin === ours.origin &&
		candidate.pathname === ours.pathname
	);
}

/**
 * A request's answer, or undefined when Tallyfy answers 404 (the record is already gone).
 * Other failures pass through as the transport's NodeApiError.
 */
export async function unlessGone<T>(request: Promise<T>): Promise<T | undefined> {
	return await request.catch((error: unknown) => {
		if (httpStatusOf(error) === '404') return undefined;
		throw error;
	});
}

/** Turns Tallyfy's 403 into `refusal`; other failures pass through unchanged. */
export async function explainForbidden<T>(request: Promise<T>, refusal: Error): Promise<T> {
	return await request.catch((error: unknown) => {
		throw httpStatusOf(error) === '403' ? refusal : error;
	});
}
