import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isEmail, lastPathSegmentOf } from './parameters';

/** A kick-off field (checklist `prerun[]`) or a task form field (capture), as Tallyfy sends it. */
export interface FormFieldDefinition {
	id: string;
	alias?: string | null;
	label?: string | null;
	field_type: string;
	required?: boolean;
	options?: Array<{ id: number | string; text: string; value?: unknown }> | null;
	columns?: Array<{ id: number | string; label: string }> | null;
}

export interface FieldValue {
	/** The field's ID, alias or label. */
	field: string;
	value: unknown;
}

export interface EncodeContext {
	node: INode;
	itemIndex: number;
	/** "kick-off field" or "form field", for messages. */
	noun: string;
	/** Where the fields come from, e.g. "blueprint 'Onboarding'". */
	source: string;
	/** The node parameter holding the values, named in messages. */
	parameter: string;
}

function fail(context: EncodeContext, message: string, description: string): never {
	throw new NodeOperationError(context.node, message, {
		itemIndex: context.itemIndex,
		description: `${description} (parameter "${context.parameter}")`,
	});
}

export function fieldName(field: FormFieldDefinition): string {
	return field.label || field.alias || field.id;
}

function listFields(fields: FormFieldDefinition[]): string {
	return fields
		.map(
			(f) =>
				`"${fieldName(f)}" (${[f.alias ? `alias ${f.alias}` : '', `ID ${f.id}`].filter(Boolean).join(', ')})`,
		)
		.join('; ');
}

const loose = (text: unknown) =>
	String(text ?? '')
		.trim()
		.toLowerCase();

/** By ID, then alias, then label, then alias or label ignoring case and spaces. */
export function findField(
	fields: FormFieldDefinition[],
	key: string,
	context: EncodeContext,
): FormFieldDefinition {
	const exact =
		fields.find((f) => f.id === key) ??
		fields.find((f) => f.alias === key) ??
		fields.find((f) => f.label === key) ??
		fields.find((f) => loose(f.alias) === loose(key) || loose(f.label) === loose(key));
	if (exact) return exact;
	return fail(
		context,
		`There is no ${context.noun} "${key}" in ${context.source}`,
		fields.length
			? `Use the ID, alias or label of one of: ${listFields(fields)}`
			: `${context.source} has no ${context.noun}s`,
	);
}

type ChoiceOption = NonNullable<FormFieldDefinition['options']>[number];

/**
 * Exact text, then trimmed text ignoring case, then option ID — the order Tallyfy's
 * connectors agreed on, so an option whose ID equals another option's text resolves by text.
 */
function matchOption(
	field: FormFieldDefinition,
	input: unknown,
	context: EncodeContext,
): ChoiceOption {
	const options = field.options ?? [];
	const text = input && typeof input === 'object' ? JSON.stringify(input) : String(input);
	const match =
		options.find((o) => o.text === text) ??
		options.find((o) => loose(o.text) === loose(text)) ??
		options.find((o) => String(o.id) === text.trim());
	if (match) return match;
	return fail(
		context,
		`"${text}" is not an option of the ${field.field_type} ${context.noun} "${fieldName(field)}"`,
		`Use one of: ${options.map((o) => `"${o.text}" (ID ${o.id})`).join(', ') || 'no options are defined'}`,
	);
}

/**
 * Text that opens like JSON is parsed as JSON. When it does not parse, the item stops: splitting
 * `["a", 1` at its commas or sending `{"users": [1002` as a group ID would store wrong data.
 * Only a choice whose option text really starts with a bracket is taken as it is.
 */
function parseJson(field: FormFieldDefinition, value: unknown, context: EncodeContext): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (!text.startsWith('[') && !text.startsWith('{')) return value;
	try {
		return JSON.parse(text);
	} catch {
		if ((field.options ?? []).some((o) => loose(o.text) === loose(text))) return value;
		return fail(
			context,
			`The ${context.noun} "${fieldName(field)}" got "${text}", which starts like JSON but is not valid JSON`,
			'Fix the JSON (check brackets, quotes and commas), or pass plain text that does not start with [ or {',
		);
	}
}

function asList(field: FormFieldDefinition, value: unknown, context: EncodeContext): unknown[] {
	const parsed = parseJson(field, value, context);
	if (Array.isArray(parsed)) return parsed;
	if (typeof parsed !== 'string') return [parsed];
	// A whole string naming one option wins over splitting it at its commas.
	if ((field.options ?? []).some((o) => loose(o.text) === loose(parsed))) return [parsed];
	return parsed
		.split(/[,\n]/)
		.map((part) => part.trim())
		.filter(Boolean);
}

function encodeText(field: FormFieldDefinition, value: unknown, context: EncodeContext): string {
	if (typeof value === 'object') {
		return fail(
			context,
			`The ${context.noun} "${fieldName(field)}" takes text, not ${Array.isArray(value) ? 'a list' : 'an object'}`,
			'Pass a string, or turn the value into text with an expression',
		);
	}
	const text = String(value);
	if (field.field_type === 'email' && !isEmail(text.trim())) {
		return fail(
			context,
			`"${text}" is not an email address, which the ${context.noun} "${fieldName(field)}" needs`,
			'Pass one address such as jane@example.com, without a display name',
		);
	}
	return field.field_type === 'email' ? text.trim() : text;
}

function encodeDate(field: FormFieldDefinition, value: unknown, context: EncodeContext): string {
	const candidate =
		value instanceof Date
			? value
			: typeof (value as { toISO?: unknown })?.toISO === 'function'
				? new Date((value as { toISO: () => string }).toISO())
				: new Date(value as string | number);
	if (Number.isNaN(candidate.getTime())) {
		return fail(
			context,
			`"${String(value)}" is not a date, which the ${context.noun} "${fieldName(field)}" needs`,
			'Pass a date such as 2026-12-31 or 2026-12-31T17:00:00Z, or a date from an expression',
		);
	}
	return candidate.toISOString();
}

function encodeTable(field: FormFieldDefinition, value: unknown, context: EncodeContext): string[] {
	const columns = field.columns ?? [];
	const parsed = parseJson(field, value, context);
	let cells: unknown[] | undefined;
	if (Array.isArray(parsed)) cells = parsed;
	else if (typeof parsed === 'string') cells = parsed.split(',').map((cell) => cell.trim());
	else if (parsed && typeof parsed === 'object') {
		const row = parsed as IDataObject;
		cells = columns.map((column) => row[column.label] ?? row[String(column.id)] ?? '');
	}
	if (!cells || cells.length !== columns.length) {
		return fail(
			context,
			`The table ${context.noun} "${fieldName(field)}" needs exactly ${columns.length} values, one per column`,
			`Pass a list or comma-separated text in column order, or an object keyed by column label: ${columns.map((c) => c.label).join(', ')}`,
		);
	}
	return cells.map((cell) =>
		typeof cell === 'object' && cell !== null ? JSON.stringify(cell) : String(cell ?? ''),
	);
}

/** The file name at the end of a link ("file" when it has none), or undefined for a broken link. */
function fileNameOfLink(link: string): string | undefined {
	const segment = lastPathSegmentOf(link);
	return segment === undefined ? undefined : segment || 'file';
}

function encodeFiles(
	field: FormFieldDefinition,
	value: unknown,
	context: EncodeContext,
): IDataObject[] {
	return asList(field, value, context).map((entry) => {
		const filename =
			typeof entry === 'string' && /^https?:\/\//i.test(entry) && fileNameOfLink(entry);
		if (filename) return { filename, source: 'url', url: entry };
		// api-v2 accepts a file entry that carries at least one of these (Tallyfy's MCP server,
		// server/tools/task_management.py, on FormValuesValidator's `file` rule).
		if (
			entry &&
			typeof entry === 'object' &&
			('id' in entry || 'url' in entry || 'full_url' in entry)
		) {
			return entry as IDataObject;
		}
		return fail(
			context,
			`The file ${context.noun} "${fieldName(field)}" cannot take "${typeof entry === 'object' ? JSON.stringify(entry) : String(entry)}"`,
			'Pass the file object that File > Upload returned (it has an "id"), a list of them, or an https link',
		);
	});
}

/** A list given as an array or as comma- or line-separated text. */
const partsOf = (value: unknown): string[] =>
	(Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/))
		.map((part) => String(part ?? '').trim())
		.filter(Boolean);

function encodeAssignees(
	field: FormFieldDefinition,
	value: unknown,
	context: EncodeContext,
): IDataObject {
	const assignees = { users: [] as number[], guests: [] as string[], groups: [] as string[] };
	const refuse = (entry: string, what: string, how: string) =>
		fail(context, `"${entry}" is not ${what} for the ${context.noun} "${fieldName(field)}"`, how);
	const addUser = (user: string) => {
		if (!/^\d+$/.test(user) || Number(user) <= 0) {
			refuse(
				user,
				'a member ID',
				'Member IDs are whole numbers, such as the "id" from Member > Get Many',
			);
		}
		assignees.users.push(Number(user));
	};
	const addGuest = (guest: string) => {
		if (!isEmail(guest)) refuse(guest, 'a guest email address', 'Guests are given by email');
		assignees.guests.push(guest);
	};
	const parsed = parseJson(field, value, context);
	if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
		const given = parsed as IDataObject;
		partsOf(given.users ?? []).forEach(addUser);
		partsOf(given.guests ?? []).forEach(addGuest);
		assignees.groups.push(...partsOf(given.groups ?? []));
		return assignees;
	}
	// In a plain list, numbers are members, addresses are guests and anything else a group ID.
	for (const entry of partsOf(parsed)) {
		if (/^\d+$/.test(entry)) addUser(entry);
		else if (isEmail(entry)) addGuest(entry);
		else assignees.groups.push(entry);
	}
	return assignees;
}

/** Encodes one value in the shape Tallyfy's form validator expects for the field's type. */
export function encodeFieldValue(
	field: FormFieldDefinition,
	value: unknown,
	context: EncodeContext,
): unknown {
	switch (field.field_type) {
		case 'date':
			return encodeDate(field, value, context);
		case 'radio':
			return matchOption(field, parseJsonChoice(field, value, context), context).text;
		case 'dropdown': {
			const option = matchOption(field, parseJsonChoice(field, value, context), context);
			return { id: option.id, text: option.text };
		}
		case 'multiselect':
			return asList(field, value, context).map((entry) => {
				const option = matchOption(field, parseJsonChoice(field, entry, context), context);
				return { id: option.id, text: option.text, selected: true };
			});
		case 'table':
			return encodeTable(field, value, context);
		case 'file':
			return encodeFiles(field, value, context);
		case 'assignees_form':
			return encodeAssignees(field, value, context);
		default:
			return encodeText(field, value, context);
	}
}

/** A choice given as the `{id, text}` object Tallyfy returns is matched by its text. */
function parseJsonChoice(
	field: FormFieldDefinition,
	value: unknown,
	context: EncodeContext,
): unknown {
	const parsed = parseJson(field, value, context);
	if (parsed && typeof parsed === 'object' && 'text' in parsed) return (parsed as IDataObject).text;
	return parsed;
}

export const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Encodes values keyed by field ID, alias or label into the object Tallyfy reads
 * (`prerun` on launch, `taskdata` on task updates), keyed by each field's ID —
 * the only key Tallyfy resolves; it silently drops anything else.
 */
export function encodeFormValues(
	fields: FormFieldDefinition[],
	values: FieldValue[],
	context: EncodeContext,
): IDataObject {
	const encoded: IDataObject = {};
	const givenAs = new Map<string, string>();
	for (const { field: key, value } of values) {
		const field = findField(fields, String(key ?? '').trim() || String(key), context);
		const earlier = givenAs.get(field.id);
		if (earlier !== undefined) {
			fail(
				context,
				`The ${context.noun} "${fieldName(field)}" is given twice (as "${earlier}" and "${key}")`,
				'Give each field once',
			);
		}
		givenAs.set(field.id, key);
		if (isEmpty(value)) continue;
		encoded[field.id] = encodeFieldValue(field, value, context) as IDataObject[keyof IDataObject];
	}
	return encoded;
}
