import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { findField, type FormFieldDefinition } from '../../helpers/formValues';
import { CHOICE_TYPES } from './properties';

/**
 * The keys a step form field accepts on write: the list Tallyfy's MCP server keeps
 * (`_STEP_FIELD_DATA_KEYS` in server/tools/form_fields.py), which its SDK forwards and
 * api-v2 validates. Anything else on a stored field (id, alias, timestamps) is not sent back.
 */
const WRITABLE_KEYS = [
	'label',
	'field_type',
	'required',
	'guidance',
	'position',
	'options',
	'columns',
	'default_value',
	'default_value_enabled',
	'collect_time',
	'use_wysiwyg_editor',
	'field_validation',
	'prefix',
	'suffix',
	'settings',
	'list',
];

function fail(context: IExecuteFunctions, i: number, message: string, description: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: i, description });
}

/** The non-empty texts of a list parameter; an expression may also give an array. */
function texts(
	context: IExecuteFunctions,
	i: number,
	value: unknown,
	label: string,
	minimum: number,
): string[] {
	const entries = (Array.isArray(value) ? value.flat() : [value])
		.map((entry) => String(entry ?? '').trim())
		.filter(Boolean);
	const seen = new Set<string>();
	for (const entry of entries) {
		const key = entry.toLowerCase();
		if (seen.has(key)) {
			fail(context, i, `"${entry}" is given twice in "${label}"`, 'Give each entry once.');
		}
		seen.add(key);
	}
	if (entries.length < minimum) {
		fail(
			context,
			i,
			`"${label}" needs at least ${minimum} ${minimum === 1 ? 'entry' : 'entries'}`,
			`Add ${minimum === 1 ? 'an entry' : 'entries'} with "Add ${label === 'Columns' ? 'Column' : 'Option'}".`,
		);
	}
	return entries;
}

type Keyed = IDataObject & { id?: unknown };

/**
 * The new list with stable ids: an entry keeps the id of the existing one with the same
 * text (exactly, then ignoring case and spaces), and new entries are numbered after the
 * highest id ever used, so a stored value never points at another option. (The official
 * node renumbers 1..n, which reattaches stored values to the wrong option.)
 */
export function keepIds(current: unknown, wanted: string[], key: 'text' | 'label'): Keyed[] {
	const existing = (Array.isArray(current) ? current : []) as Keyed[];
	const ids = existing.map((entry) => Number(entry.id)).filter(Number.isFinite);
	let next = Math.max(0, ...ids) + 1;
	const unused = new Set(existing);
	const matched = new Map<number, Keyed>();
	const loose = (text: unknown) =>
		String(text ?? '')
			.trim()
			.toLowerCase();
	for (const compare of [
		(a: unknown, b: string) => a === b,
		(a: unknown, b: string) => loose(a) === loose(b),
	]) {
		wanted.forEach((text, index) => {
			if (matched.has(index)) return;
			const found = [...unused].find((entry) => compare(entry[key], text));
			if (!found) return;
			unused.delete(found);
			matched.set(index, found);
		});
	}
	return wanted.map((text, index) => {
		const kept = matched.get(index);
		return kept ? { ...kept, [key]: text } : { id: next++, [key]: text };
	});
}

const minimumChoices = (fieldType: unknown) => (fieldType === 'radio' ? 2 : 1);

/** A new field's definition from the Add parameters; `position` only when asked for. */
export function newDefinition(this: IExecuteFunctions, i: number): IDataObject {
	const label = (this.getNodeParameter('label', i, '') as string).trim();
	if (!label) {
		fail(this, i, 'The parameter "Label" is empty', 'Give the field a label, e.g. Customer Name.');
	}
	const fieldType = this.getNodeParameter('fieldType', i, 'text') as string;
	const definition: IDataObject = {
		label,
		field_type: fieldType,
		required: this.getNodeParameter('required', i, false) as boolean,
	};
	if (CHOICE_TYPES.includes(fieldType)) {
		const wanted = texts(
			this,
			i,
			this.getNodeParameter('choices', i, []),
			'Options',
			minimumChoices(fieldType),
		);
		definition.options = keepIds([], wanted, 'text');
	}
	if (fieldType === 'table') {
		const wanted = texts(this, i, this.getNodeParameter('columns', i, []), 'Columns', 1);
		definition.columns = keepIds([], wanted, 'label');
	}
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	if (additional.guidance) definition.guidance = additional.guidance;
	if (additional.position) definition.position = additional.position;
	return definition;
}

/** The Update Fields, checked before anything is read or sent. */
export function requestedChanges(this: IExecuteFunctions, i: number): IDataObject {
	const changes = { ...(this.getNodeParameter('updateFields', i, {}) as IDataObject) };
	if (!Object.keys(changes).length) {
		fail(
			this,
			i,
			'The parameter "Update Fields" is empty',
			'Add what should change with "Add Field", e.g. Label or Required.',
		);
	}
	if ('label' in changes) {
		changes.label = String(changes.label ?? '').trim();
		if (!changes.label)
			fail(this, i, 'The field "Label" is empty', 'Give the new label, or remove it.');
	}
	if ('choices' in changes) changes.choices = texts(this, i, changes.choices, 'Options', 1);
	if ('columns' in changes) changes.columns = texts(this, i, changes.columns, 'Columns', 1);
	return changes;
}

/** `current` with `changes` applied; options and columns keep their ids. */
export function changedDefinition(
	this: IExecuteFunctions,
	i: number,
	current: IDataObject,
	changes: IDataObject,
): IDataObject {
	const next: IDataObject = { ...current };
	for (const key of ['label', 'guidance', 'position']) if (key in changes) next[key] = changes[key];
	if ('required' in changes) next.required = Boolean(changes.required);
	if ('choices' in changes)
		next.options = choicesFor.call(this, i, current, changes.choices as string[]);
	if ('columns' in changes) {
		if (current.field_type !== 'table') {
			fail(
				this,
				i,
				`"Columns" does not apply to the ${String(current.field_type)} field "${String(current.label)}"`,
				'Only table fields have columns.',
			);
		}
		next.columns = keepIds(current.columns, changes.columns as string[], 'label');
	}
	return next;
}

/** The complete definition Tallyfy re-validates on every form field update. */
export function writableDefinition(field: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of WRITABLE_KEYS) {
		if (field[key] === undefined || field[key] === null) continue;
		if (key === 'options' && !CHOICE_TYPES.includes(String(field.field_type))) continue;
		if (key === 'columns' && field.field_type !== 'table') continue;
		body[key] = field[key];
	}
	return body;
}

/** The choices of a dropdown, multi-select or radio field, or a clear refusal for others. */
export function choicesOf(
	this: IExecuteFunctions,
	i: number,
	field: IDataObject,
	noun: string,
): IDataObject[] {
	if (!CHOICE_TYPES.includes(String(field.field_type))) {
		fail(
			this,
			i,
			`The ${noun} "${String(field.label)}" is a ${String(field.field_type)} field and has no options`,
			`Choose a dropdown, multi-select or radio ${noun}.`,
		);
	}
	return Array.isArray(field.options) ? (field.options as IDataObject[]) : [];
}

/** The Options parameter of Set Options, checked before anything is read. */
export function wantedChoices(this: IExecuteFunctions, i: number): string[] {
	return texts(this, i, this.getNodeParameter('choices', i, []), 'Options', 1);
}

/** The new choices of a choice field, keeping the ids of unchanged texts. */
export function choicesFor(
	this: IExecuteFunctions,
	i: number,
	field: IDataObject,
	wanted: string[],
): IDataObject[] {
	if (!CHOICE_TYPES.includes(String(field.field_type))) {
		fail(
			this,
			i,
			`"Options" does not apply to the ${String(field.field_type)} field "${String(field.label)}"`,
			'Only dropdown, multi-select and radio fields have options.',
		);
	}
	if (wanted.length < minimumChoices(field.field_type)) {
		fail(this, i, '"Options" needs at least 2 entries', 'Radio buttons need two options or more.');
	}
	return keepIds(field.options, wanted, 'text');
}

/** The field with `id` (or alias or label) among `fields`, or an error listing them. */
export function fieldIn(
	this: IExecuteFunctions,
	i: number,
	fields: unknown,
	id: string,
	where: { noun: string; source: string; parameter: string },
): IDataObject {
	return findField((Array.isArray(fields) ? fields : []) as FormFieldDefinition[], id, {
		node: this.getNode(),
		itemIndex: i,
		...where,
	}) as unknown as IDataObject;
}
