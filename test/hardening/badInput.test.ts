import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodePropertyCollection,
	IPairedItemData,
	INodePropertyOptions,
} from 'n8n-workflow';

import { idFormatOf } from '../../nodes/Tallyfy/descriptions/rlc.description';
import { Tallyfy } from '../../nodes/Tallyfy/Tallyfy.node';
import { operationsOf } from '../../scripts/operations';
import type { RecordedRequest } from '../sandbox';
import { jsonOf, type RunResult } from '../harness';
import { useSandbox } from '../harness/setup';
import { validRuns, type ValidRun } from './operations';

/*
 * Bad input on every operation, found from the node's description: each parameter that takes
 * an ID, an email, a date, JSON, an option, a number, a binary field, or a value that must not
 * be empty is given a bad value (from an expression, which n8n's editor does not check) for
 * one item while another item is good. The bad item must stop with a NodeOperationError that
 * names the parameter and its item before any request is sent (form values, which the node
 * checks against the form it reads, before anything is written), and with Continue On Fail
 * the good item must still succeed.
 */
const t = useSandbox();

const description = new Tallyfy().description;
const operations = operationsOf(description).flatMap((resource) =>
	resource.operations.map((operation) => ({
		resource: resource.resource,
		operation: operation.value,
	})),
);

/** A path to a parameter: top level, an option of a collection, or a field of a fixedCollection. */
type Step = { name: string } & (
	| { kind: 'top' }
	| { kind: 'option' }
	| { kind: 'group'; list: boolean }
);

interface BadInput {
	/** The parameter as the error must name it. */
	label: string;
	what: string;
	path: Step[];
	/** The bad value, as an expression. */
	bad: unknown;
	/** Parameter values that make the parameter shown. */
	controls: IDataObject;
	/** For a field of a fixedCollection row: the row's values that make it shown. */
	rowControls?: IDataObject;
	/** The parameter's default, the good value when the valid parameters do not set it. */
	fallback: unknown;
	/** Appended to the rows of the list instead of changing the first one. */
	newRow?: IDataObject;
	/** Checked only once the form was read: only the reads may happen before the refusal. */
	readsFirst?: boolean;
}

const shownFor = (property: INodeProperties, resource: string, operation: string) => {
	const show = property.displayOptions?.show ?? {};
	return show.resource?.includes(resource) && show.operation?.includes(operation);
};

/** Sibling values under which `property` is shown (the first allowed value of each condition). */
function controlsOf(property: INodeProperties, siblings: INodeProperties[]): IDataObject {
	const controls: IDataObject = {};
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	for (const [key, values] of Object.entries(show)) {
		if (key === 'resource' || key === 'operation' || !values?.length) continue;
		controls[key] = values[0] as string;
	}
	for (const [key, values] of Object.entries(hide)) {
		const sibling = siblings.find((candidate) => candidate.name === key);
		const options = (sibling?.options ?? []) as INodePropertyOptions[];
		const allowed = options.find((option) => !values?.includes(option.value));
		if (allowed) controls[key] = allowed.value;
	}
	return controls;
}

const isIdText = (property: INodeProperties) =>
	// Tallyfy documents no format for group IDs or activity origins.
	/\bIDs?$/.test(property.displayName) && !/Group|Origin/.test(property.displayName);

/** The bad values a parameter of this kind can get. */
function badValuesOf(property: INodeProperties): Array<{ what: string; bad: unknown }> {
	const { type, displayName, required } = property;
	if (property.noDataExpression) return [];
	switch (type) {
		case 'resourceLocator': {
			const cases: Array<{ what: string; bad: unknown }> = [];
			if (required !== false) cases.push({ what: 'missing', bad: { mode: 'id', value: '' } });
			if (idFormatOf(property)) {
				cases.push({ what: 'not an ID', bad: { mode: 'id', value: 'not-an-id' } });
			}
			if (property.modes?.some((mode) => mode.name === 'email')) {
				cases.push({ what: 'not an email', bad: { mode: 'email', value: 'not-an-email' } });
			}
			return cases;
		}
		case 'string': {
			const cases: Array<{ what: string; bad: unknown }> = [];
			if (required) cases.push({ what: 'missing', bad: '  ' });
			if (isIdText(property)) cases.push({ what: 'not an ID', bad: 'not-an-id' });
			if (/\bEmails?$/.test(displayName)) cases.push({ what: 'not an email', bad: 'not-an-email' });
			if (displayName === 'Input Binary Field') {
				cases.push({ what: 'not a binary field of the item', bad: 'no_such_field' });
			}
			return cases;
		}
		case 'dateTime':
			return [{ what: 'not a date', bad: 'not a date' }];
		case 'json':
			return [{ what: 'not JSON', bad: '{"name": ' }];
		case 'options':
			return property.typeOptions?.loadOptionsMethod
				? []
				: [{ what: 'not one of its options', bad: 'not-an-option' }];
		case 'multiOptions':
			return [{ what: 'not one of its options', bad: ['not-an-option'] }];
		case 'number':
			return [{ what: 'not a number', bad: 'many' }];
		default:
			return [];
	}
}

/** The form value lists (kick-off values, task form values), whose fields the node reads first. */
const FORM_LISTS = ['kickoffValues', 'formValues'];

function badInputsOf(resource: string, operation: string): BadInput[] {
	const properties = description.properties.filter((property) =>
		shownFor(property, resource, operation),
	);
	const cases: BadInput[] = [];
	for (const property of properties) {
		const controls = controlsOf(property, properties);
		if (property.type === 'collection') {
			for (const option of (property.options ?? []) as INodeProperties[]) {
				for (const { what, bad } of badValuesOf(option)) {
					cases.push({
						label: option.displayName,
						what,
						bad,
						controls,
						fallback: option.default,
						path: [
							{ kind: 'top', name: property.name },
							{ kind: 'option', name: option.name },
						],
					});
				}
			}
			continue;
		}
		if (property.type === 'fixedCollection') {
			const list = Boolean(property.typeOptions?.multipleValues);
			for (const group of (property.options ?? []) as INodePropertyCollection[]) {
				if (FORM_LISTS.includes(property.name)) {
					cases.push({
						label: property.displayName,
						what: 'a field the form does not have',
						bad: 'No Such Field',
						controls,
						fallback: '',
						readsFirst: true,
						path: [
							{ kind: 'top', name: property.name },
							{ kind: 'group', name: group.name, list },
							{ kind: 'option', name: 'field' },
						],
					});
					continue;
				}
				for (const field of group.values) {
					for (const { what, bad } of badValuesOf(field)) {
						cases.push({
							label: field.displayName,
							what,
							bad,
							controls,
							rowControls: controlsOf(field, group.values),
							fallback: field.default,
							path: [
								{ kind: 'top', name: property.name },
								{ kind: 'group', name: group.name, list },
								{ kind: 'option', name: field.name },
							],
						});
					}
				}
			}
			continue;
		}
		for (const { what, bad } of badValuesOf(property)) {
			cases.push({
				label: property.displayName,
				what,
				bad,
				controls,
				fallback: property.default,
				path: [{ kind: 'top', name: property.name }],
			});
		}
	}
	return cases;
}

/** `good` for good items and `bad` for the item whose `bad` is true, as one expression. */
function perItem(good: unknown, bad: unknown): IDataObject | string {
	if (typeof bad === 'object' && bad !== null && !Array.isArray(bad) && 'mode' in bad) {
		const goodValue = (good as IDataObject | undefined)?.value ?? '';
		const badLocator = bad as IDataObject;
		return {
			mode: badLocator.mode,
			value: `={{ $json.bad ? ${JSON.stringify(badLocator.value)} : ${JSON.stringify(goodValue)} }}`,
		};
	}
	return `={{ $json.bad ? ${JSON.stringify(bad)} : ${JSON.stringify(good ?? '')} }}`;
}

/** The valid parameters with the bad input (and its controls) in place. */
function withBadInput(valid: IDataObject, input: BadInput): IDataObject {
	const parameters = { ...structuredClone(valid), ...input.controls };
	const [top, first, second] = input.path;
	if (!first) {
		parameters[top.name] = perItem(parameters[top.name] ?? input.fallback, input.bad);
		return parameters;
	}
	const container = { ...((parameters[top.name] as IDataObject | undefined) ?? {}) };
	parameters[top.name] = container;
	if (first.kind === 'option') {
		container[first.name] = perItem(container[first.name] ?? input.fallback, input.bad);
		return parameters;
	}
	const rows = container[first.name];
	const list = (Array.isArray(rows) ? rows : rows ? [rows] : []) as IDataObject[];
	if (input.newRow) {
		const row = { ...input.newRow, [second.name]: perItem(input.fallback, input.bad) };
		container[first.name] = [...list, row];
		return parameters;
	}
	const row = { ...list[0], ...input.rowControls };
	row[second.name] = perItem(row[second.name] ?? input.fallback, input.bad);
	container[first.name] = first.kind === 'group' && first.list ? [row, ...list.slice(1)] : row;
	return parameters;
}

/** The requests, as text without record IDs: records made at each reset get new ones. */
const requestsOf = (requests: RecordedRequest[], writesOnly = false) =>
	JSON.stringify(
		requests
			.filter((request) => !writesOnly || request.method !== 'GET')
			.map(({ method, path, query, body }) => ({ method, path, query, body })),
	).replace(/[0-9a-f]{32}/g, '<id>');

describe('bad input on every operation', () => {
	const valid = () => validRuns(t);

	it('has good parameters for every operation of the node', () => {
		expect(operations.length).toBeGreaterThan(100);
		const known = valid();
		expect(
			operations.filter(({ resource, operation }) => !known[`${resource}.${operation}`]),
		).toEqual([]);
	});

	it('checks every operation that has parameters, nearly 500 bad inputs in all', () => {
		const unchecked = operations.filter(
			({ resource, operation }) => !badInputsOf(resource, operation).length,
		);
		expect(unchecked).toEqual([
			{ resource: 'member', operation: 'getCurrent' },
			{ resource: 'organization', operation: 'get' },
		]);
		const total = operations.reduce(
			(sum, { resource, operation }) => sum + badInputsOf(resource, operation).length,
			0,
		);
		expect(total).toBeGreaterThan(450);
	});

	it.each(
		operations
			.filter(({ resource, operation }) => badInputsOf(resource, operation).length)
			.map(({ resource, operation }) => [`${resource} > ${operation}`, resource, operation]),
	)(
		'%s: a bad value stops its item before any request, and the other items succeed',
		async (_, resource, operation) => {
			const spec = valid()[`${resource}.${operation}`];
			const inputs = [
				...badInputsOf(resource, operation),
				...formValueInputs(spec(), resource, operation),
			];
			const problems: string[] = [];
			for (const input of inputs) {
				const problem = await tryBadInput(spec, input);
				if (problem) problems.push(`${input.label} (${input.what}): ${problem}`);
			}
			expect(problems).toEqual([]);
		},
	);

	/** A bad value for a field of the form (an option it does not have, a date that is not one). */
	function formValueInputs(run: ValidRun, resource: string, operation: string): BadInput[] {
		if (!run.badFormValue) return [];
		const list = description.properties.find(
			(property) => FORM_LISTS.includes(property.name) && shownFor(property, resource, operation),
		);
		if (!list) return [];
		return [
			{
				label: list.displayName,
				what: `a bad value for "${run.badFormValue.field}"`,
				bad: run.badFormValue.bad,
				controls: {},
				fallback: run.badFormValue.good,
				newRow: { field: run.badFormValue.field },
				readsFirst: true,
				path: [
					{ kind: 'top', name: list.name },
					{ kind: 'group', name: 'values', list: true },
					{ kind: 'option', name: 'value' },
				],
			},
		];
	}

	/** One execution from a fresh sandbox, with an item for each of `bad`. */
	async function execute(
		spec: () => ValidRun,
		input: BadInput,
		bad: boolean[],
		continueOnFail: boolean,
	) {
		t.sandbox.reset();
		const run = spec();
		run.setup?.();
		const controls = { ...input.controls };
		for (const [key, value] of Object.entries(run.shownWith ?? {})) {
			if (key in controls) controls[key] = value;
		}
		const parameters = withBadInput(run.parameters, { ...input, controls });
		const template = run.items?.[0] ?? { json: {} };
		const items: INodeExecutionData[] = bad.map((isBad) => ({
			...template,
			json: { ...template.json, bad: isBad },
		}));
		const result = await t.harness.runItems(
			{
				credential: run.credential === 'oauth' ? t.harness.oauth() : t.harness.pat(),
				parameters,
				continueOnFail,
			},
			items,
		);
		return { result, requests: [...t.sandbox.requests] };
	}

	/** Runs one bad input next to a good item; what went wrong, or undefined. */
	async function tryBadInput(spec: () => ValidRun, input: BadInput): Promise<string | undefined> {
		const names = (text: string | undefined) =>
			(text ?? '').toLowerCase().includes(input.label.toLowerCase());

		const good = await execute(spec, input, [false], true);
		if (good.result.status !== 'success' || jsonOf(good.result).some((item) => 'error' in item)) {
			return `the good item alone failed: ${describe(good.result)}`;
		}
		const before = requestsOf(good.requests, input.readsFirst);

		const stopped = await execute(spec, input, [false, true], false);
		const error = stopped.result.error;
		if (stopped.result.status !== 'error' || !error) return 'the bad item was accepted';
		if (error.name !== 'NodeOperationError') return `${error.name}: ${error.message}`;
		if (error.context?.itemIndex !== 1) return `item index ${String(error.context?.itemIndex)}`;
		if (!names(error.message) && !names(error.description as string | undefined)) {
			return `the error does not name the parameter: ${error.message} / ${String(error.description)}`;
		}
		if (requestsOf(stopped.requests, input.readsFirst) !== before) {
			return 'a request was sent for the bad item';
		}

		const continued = await execute(spec, input, [true, false], true);
		const [first, ...rest] = continued.result.items;
		const firstError = `${String(first?.json.error)} ${String(first?.json.description)}`;
		if (!first || !('error' in first.json) || !names(firstError)) {
			return 'with Continue On Fail, the bad item is not an error naming the parameter';
		}
		const goodOutput = rest.filter((item) => (item.pairedItem as IPairedItemData)?.item === 1);
		if (
			goodOutput.length !== good.result.items.length ||
			goodOutput.some((item) => 'error' in item.json)
		) {
			return `with Continue On Fail, the good item did not succeed: ${describe(continued.result)}`;
		}
		if (requestsOf(continued.requests, input.readsFirst) !== before) {
			return 'with Continue On Fail, a request was sent for the bad item';
		}
		return undefined;
	}

	function describe(result: RunResult): string {
		return result.error?.message ?? JSON.stringify(jsonOf(result)).slice(0, 300);
	}
});
