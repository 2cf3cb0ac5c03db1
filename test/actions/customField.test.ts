import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const customField = (operation: string, parameters: IDataObject) => ({
	resource: 'customField',
	operation,
	...parameters,
});
const org = () => `/organizations/${t.sandbox.fixtures.orgId}`;
const byId = (value: string) => ({ mode: 'id', value });
const valuesOn = (processKey: 'globex' | 'initech' | 'laptops') =>
	(t.sandbox.state.runs.get(t.sandbox.fixtures.processes[processKey]) as IDataObject)
		._customFields as IDataObject | undefined;
const pairs = (values: Array<[string, unknown]>) => ({
	value: values.map(([key, value]) => ({ key, value })),
});

describe('Custom Field > Get Keys', () => {
	it('lists the keys with the documented filters, one item per key', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('getKeys', {
				returnAll: true,
				filters: { applies_to: 'process', is_active: 'true', sort_direction: 'asc' },
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.query])).toEqual([
			[
				'GET',
				`${org()}/custom-field-keys`,
				{
					applies_to: 'process',
					is_active: 'true',
					sort_direction: 'asc',
					page: '1',
					per_page: '100',
				},
			],
		]);
		expect(jsonOf(run).map((key) => [key.key, key.key_type, key.is_required])).toEqual([
			['budget', 'org', false],
			['contract_ref', 'org', true],
			['cost_center', 'org', false],
			['source_system', 'system', false],
		]);
	});

	it('sends "false" filters instead of dropping them', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('getKeys', { returnAll: true, filters: { is_active: 'false' } }),
		});
		expect(t.sandbox.requests[0].query.is_active).toBe('false');
		expect(jsonOf(run).map((key) => key.key)).toEqual(['legacy_code']);
	});

	it('stops at the Limit', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('getKeys', { returnAll: false, limit: 2 }),
		});
		expect(jsonOf(run)).toHaveLength(2);
		expect(t.sandbox.requests.map((r) => r.query)).toEqual([{ page: '1', per_page: '2' }]);
	});
});

describe('Custom Field > Create Key', () => {
	it('defines a key with the fields given', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('createKey', {
				key: ' risk_rating ',
				applies_to: 'process',
				field_type: 'number',
				additionalFields: { is_required: false },
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			[
				'POST',
				`${org()}/custom-field-keys`,
				{ key: 'risk_rating', applies_to: 'process', field_type: 'number', is_required: false },
			],
		]);
		expect(jsonOf(run)[0]).toMatchObject({
			key: 'risk_rating',
			applies_to: 'process',
			field_type: 'number',
			is_active: true,
			key_type: 'org',
		});
	});

	it('says which role is needed when a standard member tries', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat({ accessToken: t.sandbox.fixtures.tokens.standard }),
			parameters: customField('createKey', { key: 'risk_rating', applies_to: 'process' }),
		});
		expect(run.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): Only admin members can manage custom field keys.',
		);
		expect(run.error?.description).toBe(
			'Managing custom fields needs the Administrator role in Tallyfy.',
		);
	});

	it('passes on Tallyfy’s refusal of a key that exists', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('createKey', { key: 'cost_center', applies_to: 'process' }),
		});
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): key: The key has already been taken.',
		);
	});

	it('refuses an empty key before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('createKey', { key: '={{ "" }}', applies_to: 'process' }),
		});
		expect(run.error?.message).toBe('The parameter "Key" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Custom Field > Set Process Values', () => {
	it('merges by patching one key at a time, keeping the other values', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('setProcessValues', {
				processId: byId(initech),
				values: pairs([
					['cost_center', 'CC-2001'],
					['budget', '={{ 1200 }}'],
				]),
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			['PATCH', `${org()}/runs/${initech}/custom-fields/cost_center`, { value: 'CC-2001' }],
			['PATCH', `${org()}/runs/${initech}/custom-fields/budget`, { value: 1200 }],
		]);
		const expected = {
			cost_center: 'CC-2001',
			contract_ref: 'INI-7',
			source_system: 'salesforce',
			budget: 1200,
		};
		expect(jsonOf(run)).toEqual([{ process_id: initech, custom_fields: expected }]);
		expect(valuesOn('initech')).toEqual(expected);
	});

	it('replaces the whole set with one PUT, which Tallyfy checks for required keys', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const refused = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('setProcessValues', {
				processId: byId(laptops),
				mode: 'replace',
				values: pairs([['cost_center', 'CC-3']]),
			}),
		});
		expect(refused.error?.message).toBe(
			'Tallyfy rejected the values sent (422): custom_fields.contract_ref: The contract_ref field is required.',
		);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('setProcessValues', {
				processId: byId(laptops),
				mode: 'replace',
				values: pairs([
					['cost_center', 'CC-3'],
					['contract_ref', 'LAP-1'],
				]),
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual(
			Array(2).fill([
				'PUT',
				`${org()}/runs/${laptops}/custom-fields`,
				{ custom_fields: expect.objectContaining({ cost_center: 'CC-3' }) },
			]),
		);
		expect(t.sandbox.requests[1].body).toEqual({
			custom_fields: { cost_center: 'CC-3', contract_ref: 'LAP-1' },
		});
		expect(jsonOf(run)).toEqual([
			{ process_id: laptops, custom_fields: { cost_center: 'CC-3', contract_ref: 'LAP-1' } },
		]);
	});

	it('keeps system values on a full replace', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('setProcessValues', {
				processId: byId(initech),
				mode: 'replace',
				values: pairs([['contract_ref', 'INI-8']]),
			}),
		});
		expect(valuesOn('initech')).toEqual({ source_system: 'salesforce', contract_ref: 'INI-8' });
	});

	it('refuses a key given twice before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('setProcessValues', {
				processId: byId(t.sandbox.fixtures.processes.initech),
				values: pairs([
					['budget', '1'],
					['budget', '2'],
				]),
			}),
		});
		expect(run.error?.message).toBe('The key "budget" is given twice in "Values"');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses a merge with nothing to set before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('setProcessValues', {
				processId: byId(t.sandbox.fixtures.processes.initech),
			}),
		});
		expect(run.error?.message).toBe('The parameter "Values" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses an empty key before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('setProcessValues', {
				processId: byId(t.sandbox.fixtures.processes.initech),
				values: pairs([['  ', 'x']]),
			}),
		});
		expect(run.error?.message).toBe('The parameter "Values > Key" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Custom Field > Remove Process Value', () => {
	it('removes one value from the process', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('removeProcessValue', {
				processId: byId(initech),
				key: 'cost_center',
			}),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`DELETE ${org()}/runs/${initech}/custom-fields/cost_center`,
		]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id: initech, key: 'cost_center' }]);
		expect(valuesOn('initech')).not.toHaveProperty('cost_center');
	});

	it('passes on Tallyfy’s refusal to remove a system value', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: customField('removeProcessValue', {
				processId: byId(t.sandbox.fixtures.processes.initech),
				key: 'source_system',
			}),
		});
		expect(run.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): System custom field values cannot be changed.',
		);
		expect(valuesOn('initech')).toHaveProperty('source_system', 'salesforce');
	});
});
