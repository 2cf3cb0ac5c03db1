import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { HEX_ID } from '../descriptions/rlc.description';
import { checkIdFormat, labelOf } from './expressionValues';
import { refuse } from './refuse';

/*
 * The checks on what a user gave the node, made before any request: a bad value stops its
 * item with a NodeOperationError that names the parameter, the item and how to fix it,
 * instead of a round trip that Tallyfy answers with a 404 or 422 (or, for an unknown
 * kick-off field, silently ignores).
 */

/** One address without a display name, the form Tallyfy's validators accept. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isEmail = (value: string) => EMAIL_PATTERN.test(value);

/** The decoded last path segment of a link ("" when it ends in "/"), or undefined for a broken link. */
export function lastPathSegmentOf(link: string): string | undefined {
	try {
		return decodeURIComponent(new URL(link).pathname.split('/').pop() ?? '');
	} catch {
		return undefined;
	}
}

/** The kinds of ID a text parameter can hold. */
export type IdKind = 'tallyfy' | 'member';

const ID_KINDS: Record<IdKind, { pattern: RegExp; noun: string; hint: string }> = {
	tallyfy: {
		pattern: new RegExp(`^${HEX_ID}$`),
		noun: 'Tallyfy ID',
		hint: 'Tallyfy IDs of blueprints, processes, tasks, steps, form fields, files, tags and folders have 32 hexadecimal characters, such as 0a1b2c3d4e5f60718293a4b5c6d7e8f9.',
	},
	member: {
		pattern: /^\d+$/,
		noun: 'member ID',
		hint: 'Member IDs are whole numbers, such as the "id" of a member from Member > Get Many.',
	},
};

function idValue(this: IExecuteFunctions, parameter: string, itemIndex: number): string {
	const value = this.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	return typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
}

/**
 * Reads a resource locator (or plain string) ID parameter, refusing an empty value or one
 * that does not have the locator's ID format.
 */
export function requiredId(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	label: string,
): string {
	const id = idValue.call(this, parameter, itemIndex);
	if (!id) {
		refuse.call(
			this,
			itemIndex,
			`The parameter "${label}" is empty`,
			`Choose a ${label.toLowerCase()} from the list, or enter its ID or an expression that gives one.`,
		);
	}
	checkIdFormat.call(this, parameter, itemIndex, label, id);
	return id;
}

/** Like `requiredId`, but an empty value means "not given". */
export function optionalId(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	label?: string,
): string | undefined {
	const id = idValue.call(this, parameter, itemIndex);
	if (id) {
		const name = label ?? labelOf.call(this, parameter);
		checkIdFormat.call(this, parameter, itemIndex, name, id);
	}
	return id || undefined;
}

export interface TextRule {
	/** The parameter's display name, as the user sees it. */
	label: string;
	/** Tallyfy's documented length limit. */
	max?: number;
	required?: boolean;
	/** How to fix an empty value; a generic hint otherwise. */
	hint?: string;
}

/**
 * A text value (read by the caller, so collection and list entries work too), trimmed and
 * checked against Tallyfy's limits, so a too-long name fails with the parameter's name
 * instead of a 422 after a round trip.
 */
export function checkText(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	rule: TextRule,
): string {
	const text = String(value ?? '').trim();
	if (!text && rule.required) {
		refuse.call(
			this,
			itemIndex,
			`The parameter "${rule.label}" is empty`,
			rule.hint ?? `Enter a value for "${rule.label}", or an expression that gives one.`,
		);
	}
	if (rule.max !== undefined && text.length > rule.max) {
		refuse.call(
			this,
			itemIndex,
			`The parameter "${rule.label}" is longer than ${rule.max} characters`,
			`Tallyfy accepts at most ${rule.max} characters here; this value has ${text.length}. Shorten it.`,
		);
	}
	return text;
}

/** A string parameter read and checked with `checkText`. */
export function textParameter(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	rule: TextRule,
): string {
	return checkText.call(this, this.getNodeParameter(name, itemIndex, ''), itemIndex, rule);
}

/** An email address, trimmed; refused unless it looks like one. */
export function checkEmail(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string {
	const email = checkText.call(this, value, itemIndex, {
		label,
		required: true,
		hint: `Enter an email address for "${label}", such as jane@example.com.`,
	});
	if (!isEmail(email)) {
		refuse.call(
			this,
			itemIndex,
			`The parameter "${label}" is not an email address: "${email}"`,
			'Use a single address such as jane@example.com, without a display name.',
		);
	}
	return email;
}

/** An IANA time zone name (as Tallyfy stores for members), trimmed; empty stays empty. */
export function checkTimeZone(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string {
	const name = checkText.call(this, value, itemIndex, { label });
	if (!name) return name;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: name });
	} catch {
		refuse.call(
			this,
			itemIndex,
			`The parameter "${label}" is not a time zone: "${name}"`,
			'Use an IANA time zone name such as Europe/London or America/Chicago.',
		);
	}
	return name;
}

/**
 * A list given as an array, a JSON array or comma-separated text, without blanks. Text that
 * looks like JSON but is not a valid array stops the item: split at commas it would become
 * values such as `["g1"`, which Tallyfy stores or rejects without saying why.
 */
export function listOf(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string[] {
	const parts = Array.isArray(value) ? value : splitText.call(this, value, itemIndex, label);
	return parts.map((part) => String(part ?? '').trim()).filter(Boolean);
}

function splitText(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): unknown[] {
	const text = String(value ?? '').trim();
	if (!text.startsWith('[') && !text.startsWith('{')) return text.split(',');
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		parsed = undefined;
	}
	const isFlatList =
		Array.isArray(parsed) && parsed.every((part) => ['string', 'number'].includes(typeof part));
	if (!isFlatList) {
		refuse.call(
			this,
			itemIndex,
			`The parameter "${label}" is not a list: ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`,
			'Give the values separated by commas (a, b), or a JSON array of texts such as ["a", "b"].',
		);
	}
	return parsed as unknown[];
}

/** Email addresses, from a list or comma-separated text. */
export function checkEmails(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string[] {
	return listOf
		.call(this, value, itemIndex, label)
		.map((part) => checkEmail.call(this, part, itemIndex, label));
}

/** IDs of one kind, from a list or comma-separated text. */
export function checkIds(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
	kind: IdKind,
): string[] {
	const { pattern, noun, hint } = ID_KINDS[kind];
	return listOf.call(this, value, itemIndex, label).map((part) => {
		if (!pattern.test(part)) {
			refuse.call(
				this,
				itemIndex,
				`The parameter "${label}" has "${part}", which is not a ${noun}`,
				`${hint} Separate several with commas.`,
			);
		}
		return part;
	});
}

/** One ID of a kind, typed as text; empty gives '' unless the rule requires it. */
export function checkId(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	kind: IdKind,
	rule: TextRule,
): string {
	const id = checkText.call(this, value, itemIndex, rule);
	const { pattern, noun, hint } = ID_KINDS[kind];
	if (id && !pattern.test(id)) {
		refuse.call(this, itemIndex, `The parameter "${rule.label}" is not a ${noun}: "${id}"`, hint);
	}
	return id;
}

/** What the entries of a collection (filters, additional fields) hold, where it is checkable. */
export type EntryFormat = IdKind | 'email';

/**
 * A collection parameter (filters, additional fields), with the IDs and email addresses
 * given in it checked, each named as the collection shows it.
 */
export function collectionParameter(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	formats: Record<string, EntryFormat>,
): IDataObject {
	const values = this.getNodeParameter(name, itemIndex, {}) as IDataObject;
	for (const [key, format] of Object.entries(formats)) {
		if (values[key] === undefined || values[key] === '') continue;
		const label = labelOf.call(this, name, key);
		if (format === 'email') checkEmails.call(this, values[key], itemIndex, label);
		else checkIds.call(this, values[key], itemIndex, label, format);
	}
	return values;
}

/** Numeric member IDs, from a list or comma-separated text. */
export function checkMemberIds(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number[] {
	return checkIds.call(this, value, itemIndex, label, 'member').map(Number);
}
