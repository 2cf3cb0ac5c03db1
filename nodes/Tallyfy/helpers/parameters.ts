import type {
	IDataObject,
	IExecuteFunctions,
	INodeParameterResourceLocator,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError, isExpression } from 'n8n-workflow';

import { HEX_ID, idFormatOf } from '../descriptions/rlc.description';

/*
 * The checks on what a user gave the node, made before any request: a bad value stops its
 * item with a NodeOperationError that names the parameter, the item and how to fix it,
 * instead of a round trip that Tallyfy answers with a 404 or 422 (or, for an unknown
 * kick-off field, silently ignores).
 */

/** One address without a display name, the form Tallyfy's validators accept. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isEmail = (value: string) => EMAIL_PATTERN.test(value);

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

/** Stops the item before anything is sent. */
function refuse(
	this: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): never {
	throw new NodeOperationError(this.getNode(), message, { itemIndex, description });
}

/** The parameters of the operation each node run executes, as its description defines them. */
const operationParameters = new WeakMap<IExecuteFunctions, INodeProperties[]>();

/** Called by the router, so checks can read a parameter's definition (an ID's format). */
export function runsOperation(this: IExecuteFunctions, properties: INodeProperties[]): void {
	operationParameters.set(this, properties);
}

const containsExpression = (raw: unknown): boolean =>
	isExpression(raw) ||
	(typeof raw === 'object' && raw !== null && Object.values(raw).some(containsExpression));

/** What is wrong with `value` for `property`, for the types n8n's editor restricts. */
function typeProblem(property: INodeProperties, value: unknown): [string, string] | undefined {
	if (property.type === 'number') {
		// Nothing given is left to the operation, which treats it as "not set".
		if (value === undefined || value === null || value === '') return undefined;
		const number = typeof value === 'string' ? Number(value) : value;
		return typeof number === 'number' && Number.isFinite(number)
			? undefined
			: [`is not a number: "${String(value)}"`, 'An expression here must give a number.'];
	}
	if (property.type !== 'options' && property.type !== 'multiOptions') return undefined;
	if (property.typeOptions?.loadOptionsMethod) return undefined;
	const allowed = (property.options ?? []) as INodePropertyOptions[];
	const given = property.type === 'multiOptions' && Array.isArray(value) ? value : [value];
	// Compared as text: an expression may give `true` for the option "true".
	const unknown = given.find(
		(entry) => !allowed.some((option) => String(option.value) === String(entry)),
	);
	if (unknown === undefined) return undefined;
	return [
		`has "${String(unknown)}", which is not one of its options`,
		`An expression here must give one of: ${allowed.map((option) => String(option.value)).join(', ')}.`,
	];
}

/** Whether a parameter is, or holds, one of the types `typeProblem` checks. */
function checkable(property: INodeProperties): boolean {
	if (['number', 'options', 'multiOptions'].includes(property.type)) return true;
	if (property.type === 'collection') {
		return ((property.options ?? []) as INodeProperties[]).some(checkable);
	}
	if (property.type === 'fixedCollection') {
		return ((property.options ?? []) as INodePropertyCollection[]).some((group) =>
			group.values.some(checkable),
		);
	}
	return false;
}

type Entries = Record<string, unknown>;
const entriesOf = (value: unknown): Entries =>
	typeof value === 'object' && value !== null ? (value as Entries) : {};

/**
 * Checks values that expressions gave against `definitions` (the same-named parameters of
 * the operation; a value fits if it fits one), descending into collections.
 */
function checkGiven(
	this: IExecuteFunctions,
	itemIndex: number,
	definitions: INodeProperties[],
	raw: unknown,
	value: unknown,
	label: string,
): void {
	if (!definitions.length || !containsExpression(raw)) return;
	const problems = definitions.map((definition) => typeProblem(definition, value));
	const problem = problems.every(Boolean) ? problems[0] : undefined;
	if (problem) refuse.call(this, itemIndex, `The parameter "${label}" ${problem[0]}`, problem[1]);
	for (const [key, rawEntry] of Object.entries(entriesOf(raw))) {
		const options = definitions.flatMap((definition) =>
			definition.type === 'collection'
				? ((definition.options ?? []) as INodeProperties[]).filter((o) => o.name === key)
				: [],
		);
		if (options.length) {
			const name = `${label} > ${options[0].displayName}`;
			checkGiven.call(this, itemIndex, options, rawEntry, entriesOf(value)[key], name);
		}
		const groups = definitions.flatMap((definition) =>
			definition.type === 'fixedCollection'
				? ((definition.options ?? []) as INodePropertyCollection[]).filter((g) => g.name === key)
				: [],
		);
		if (!groups.length) continue;
		const rawRows = Array.isArray(rawEntry) ? rawEntry : [rawEntry];
		const rows = entriesOf(value)[key];
		rawRows.forEach((rawRow, row) => {
			const resolved = Array.isArray(rows) ? rows[row] : rows;
			for (const [field, rawField] of Object.entries(entriesOf(rawRow))) {
				const fields = groups.flatMap((group) => group.values.filter((v) => v.name === field));
				if (!fields.length) continue;
				const name = `${label} > ${groups[0].displayName} ${row + 1} > ${fields[0].displayName}`;
				checkGiven.call(this, itemIndex, fields, rawField, entriesOf(resolved)[field], name);
			}
		});
	}
}

/**
 * n8n's editor lets a user pick only listed options and type only numbers where a number
 * goes, but an expression (or an AI agent filling a parameter) can give anything, and n8n
 * passes it on unchecked: Tallyfy would answer 422 after the round trip, or silently ignore
 * an unknown filter. Called by the router before each item runs.
 */
export function checkExpressionValues(this: IExecuteFunctions, itemIndex: number): void {
	const given = this.getNode().parameters;
	const properties = operationParameters.get(this) ?? [];
	for (const [name, raw] of Object.entries(given)) {
		if (!containsExpression(raw)) continue;
		const definitions = properties.filter((property) => property.name === name);
		if (!definitions.some(checkable)) continue;
		const value = this.getNodeParameter(name, itemIndex) as unknown;
		checkGiven.call(this, itemIndex, definitions, raw, value, definitions[0].displayName);
	}
}

/**
 * An ID typed "By ID" is checked by n8n's editor against the format its resource locator
 * declares, but an ID from an expression (the usual case in a workflow, and always with an
 * AI agent) is not: the same format is checked here. Links are left to n8n, which refuses a
 * link its URL pattern does not match.
 */
function checkIdFormat(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	label: string,
	id: string,
): void {
	const raw = this.getNodeParameter(parameter, itemIndex, '') as
		| INodeParameterResourceLocator
		| string;
	if (typeof raw === 'object' && raw?.mode === 'url') return;
	const property = operationParameters
		.get(this)
		?.find((candidate) => candidate.name === parameter && candidate.type === 'resourceLocator');
	const format = property && idFormatOf(property);
	if (!format || format.pattern.test(id)) return;
	refuse.call(
		this,
		itemIndex,
		`The parameter "${label}" is not a ${format.noun} ID: "${id}"`,
		`${format.rule}. Choose the ${format.noun} from the list, or use an expression that gives its ID.`,
	);
}

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

/** The display name of a parameter of the running operation (or of an option in a collection). */
function labelOf(this: IExecuteFunctions, parameter: string, option?: string): string {
	const property = operationParameters.get(this)?.find((candidate) => candidate.name === parameter);
	if (!option) return property?.displayName ?? parameter;
	const entry = ((property?.options ?? []) as INodeProperties[]).find((o) => o.name === option);
	return entry?.displayName ?? option;
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

/** A list given as an array or as comma-separated text, without blanks. */
export function listOf(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => String(part ?? '').trim()).filter(Boolean);
}

/** Email addresses, from a list or comma-separated text. */
export function checkEmails(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string[] {
	return listOf(value).map((part) => checkEmail.call(this, part, itemIndex, label));
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
	return listOf(value).map((part) => {
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
