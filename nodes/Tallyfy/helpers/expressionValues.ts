import type {
	IExecuteFunctions,
	INodeParameterResourceLocator,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import { isExpression } from 'n8n-workflow';

import { idFormatOf } from '../descriptions/rlc.description';
import { refuse } from './refuse';

/*
 * Checks of values against the definitions of the running operation's parameters: what
 * n8n's editor enforces for typed values (listed options, numbers, ID formats), applied to
 * values that expressions or AI agents give, which n8n passes on unchecked.
 */

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
export function checkIdFormat(
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

/** The display name of a parameter of the running operation (or of an option in a collection). */
export function labelOf(this: IExecuteFunctions, parameter: string, option?: string): string {
	const property = operationParameters.get(this)?.find((candidate) => candidate.name === parameter);
	if (!option) return property?.displayName ?? parameter;
	const entry = ((property?.options ?? []) as INodeProperties[]).find((o) => o.name === option);
	return entry?.displayName ?? option;
}
