import { LoadOptionsContext } from 'n8n-core';
import type { IDataObject } from 'n8n-workflow';

import { Tallyfy } from '../../nodes/Tallyfy/Tallyfy.node';
import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const byId = (value: string) => ({ mode: 'id', value });
const calls = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);
const blueprintPath = (id: string) => `/organizations/${t.sandbox.fixtures.orgId}/checklists/${id}`;
const prerunOf = (id: string) => t.sandbox.state.checklists.get(id)!.prerun as IDataObject[];
const fieldId = (blueprint: string, label: string) =>
	prerunOf(blueprint).find((f) => f.label === label)!.id as string;
/** The kick-off fields as Tallyfy sends them, for comparing with what the node sent back. */
const sentAsRead = (id: string) => JSON.parse(JSON.stringify(prerunOf(id))) as IDataObject[];
const putBody = () => t.sandbox.requests.find((r) => r.method === 'PUT')!.body as IDataObject;

const kickoffRun = (operation: string, blueprint: string, parameters: Record<string, unknown>) =>
	t.harness.run({
		credential: t.harness.pat(),
		parameters: {
			resource: 'kickoffField',
			operation,
			blueprintId: byId(blueprint),
			...parameters,
		},
	});

describe('Kick-Off Field > Add', () => {
	it('sends the whole kick-off form with the new field last, with title, members and groups', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		t.sandbox.state.checklists.get(purchase)!.users = [t.sandbox.fixtures.users.standard];
		const before = sentAsRead(purchase);
		const run = await kickoffRun('add', purchase, {
			label: 'Cost Center',
			fieldType: 'text',
			required: true,
		});
		expect(calls()).toEqual([`GET ${blueprintPath(purchase)}`, `PUT ${blueprintPath(purchase)}`]);
		expect(putBody()).toEqual({
			title: 'Purchase Request',
			users: [t.sandbox.fixtures.users.standard],
			groups: [t.sandbox.fixtures.groups.finance],
			prerun: [
				...before,
				{ label: 'Cost Center', field_type: 'text', required: true, position: 3 },
			],
		});
		const [added] = jsonOf(run);
		expect(added).toMatchObject({ label: 'Cost Center', field_type: 'text', position: 3 });
		expect(added.id).toEqual(expect.stringMatching(/^[0-9a-f]{32}$/));
		expect(prerunOf(purchase).map((f) => f.label)).toEqual([
			'Item',
			'Quantity Band',
			'Cost Center',
		]);
	});

	it('puts the field at a position and renumbers the others', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const run = await kickoffRun('add', purchase, {
			label: 'Urgency',
			fieldType: 'radio',
			choices: ['Normal', 'Rush'],
			additionalFields: { position: 1 },
		});
		expect((putBody().prerun as IDataObject[]).map((f) => [f.label, f.position])).toEqual([
			['Urgency', 1],
			['Item', 2],
			['Quantity Band', 3],
		]);
		expect(jsonOf(run)[0]).toMatchObject({
			label: 'Urgency',
			options: [
				{ id: 1, text: 'Normal' },
				{ id: 2, text: 'Rush' },
			],
		});
	});

	it('refuses a field without a label before any request', async () => {
		const run = await kickoffRun('add', t.sandbox.fixtures.blueprints.purchase, {
			label: '={{ "" }}',
		});
		expect(run.error?.message).toBe('The parameter "Label" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Kick-Off Field > Update', () => {
	it('changes one field, keeps option IDs by text, and sends every other field unchanged', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const before = sentAsRead(purchase);
		const band = fieldId(purchase, 'Quantity Band');
		const run = await kickoffRun('update', purchase, {
			kickoffFieldId: byId(band),
			updateFields: { label: 'Quantity', choices: ['10', '2', '50'], required: true },
		});
		expect(calls()).toEqual([`GET ${blueprintPath(purchase)}`, `PUT ${blueprintPath(purchase)}`]);
		const changed = {
			...before[1],
			label: 'Quantity',
			required: true,
			options: [
				{ id: 2, text: '10', value: null },
				{ id: 1, text: '2', value: null },
				{ id: 3, text: '50' },
			],
		};
		expect(putBody()).toEqual({
			title: 'Purchase Request',
			users: [t.sandbox.fixtures.users.standard, t.sandbox.fixtures.users.light],
			groups: [t.sandbox.fixtures.groups.finance],
			prerun: [before[0], changed],
		});
		expect(jsonOf(run)[0]).toMatchObject({ id: band, label: 'Quantity', required: true });
	});

	it('refuses a radio field with one option, without writing', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const run = await kickoffRun('update', onboarding, {
			kickoffFieldId: byId(fieldId(onboarding, 'Plan')),
			updateFields: { choices: ['Basic'] },
		});
		expect(run.error?.message).toBe('"Options" needs at least 2 entries');
		expect(calls()).toEqual([`GET ${blueprintPath(onboarding)}`]);
	});

	it('names the blueprint’s fields when the field is not on it', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const missing = 'e'.repeat(32);
		const run = await kickoffRun('update', purchase, {
			kickoffFieldId: byId(missing),
			updateFields: { required: true },
		});
		expect(run.error?.message).toBe(
			`There is no kick-off field "${missing}" in blueprint "Purchase Request"`,
		);
		expect(run.error?.description).toContain('"Quantity Band" (alias quantity_band');
	});
});

describe('Kick-Off Field > Delete', () => {
	it('deletes a kick-off field through its own endpoint', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const item = fieldId(purchase, 'Item');
		const run = await kickoffRun('delete', purchase, { kickoffFieldId: byId(item) });
		expect(calls()).toEqual([`DELETE ${blueprintPath(purchase)}/preruns/${item}`]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id: item }]);
		expect(prerunOf(purchase).map((f) => [f.label, f.position])).toEqual([['Quantity Band', 1]]);
	});

	it('passes on Tallyfy’s refusal to delete a field an automation rule uses', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const run = await kickoffRun('delete', onboarding, {
			kickoffFieldId: byId(fieldId(onboarding, 'Plan')),
		});
		expect(run.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): Cannot delete this field because there are rules dependent on it.',
		);
	});
});

describe('Kick-Off Field > Reorder', () => {
	it('puts the chosen fields first, keeps the rest in order, and numbers all', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const before = sentAsRead(onboarding);
		const region = fieldId(onboarding, 'Region');
		const run = await kickoffRun('reorder', onboarding, {
			order: { fields: [{ field: region }, { field: 'Customer Name' }] },
		});
		const labels = [
			'Region',
			'Customer Name',
			'Notes',
			'Contact Email',
			'Start Date',
			'Plan',
			'Services',
			'Hardware',
			'Signed Contract',
			'Account Team',
		];
		const sent = putBody().prerun as IDataObject[];
		expect(sent.map((f) => f.label)).toEqual(labels);
		expect(sent.map((f) => f.position)).toEqual(labels.map((_, index) => index + 1));
		expect(sent[0]).toEqual({ ...before.find((f) => f.id === region), position: 1 });
		expect(jsonOf(run).map((f) => f.label)).toEqual(labels);
	});

	it('refuses a field given twice, without writing', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const run = await kickoffRun('reorder', purchase, {
			order: { fields: [{ field: 'Item' }, { field: fieldId(purchase, 'Item') }] },
		});
		expect(run.error?.message).toBe('The kick-off field "Item" is given twice');
		expect(calls()).toEqual([`GET ${blueprintPath(purchase)}`]);
	});

	it('refuses an empty order before any request', async () => {
		const run = await kickoffRun('reorder', t.sandbox.fixtures.blueprints.purchase, {
			order: {},
		});
		expect(run.error?.message).toBe('The parameter "Fields in New Order" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('offers the blueprint’s fields in their current order to pick from', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const node = t.harness.node({
			credential: t.harness.pat(),
			parameters: {
				resource: 'kickoffField',
				operation: 'reorder',
				blueprintId: byId(purchase),
			},
		});
		// As n8n's editor does, the node's current parameters go along with the request.
		const context = new LoadOptionsContext(
			t.harness.workflow([node]),
			node,
			{ ...t.harness.additionalData(), currentNodeParameters: node.parameters },
			'parameters',
		);
		const options = await new Tallyfy().methods.loadOptions.getKickoffFields.call(context);
		expect(options).toEqual([
			{ name: 'Item', value: fieldId(purchase, 'Item'), description: 'text, position 1' },
			{
				name: 'Quantity Band',
				value: fieldId(purchase, 'Quantity Band'),
				description: 'dropdown, position 2',
			},
		]);
	});
});

describe('Kick-off field list search', () => {
	it('lists the kick-off fields of the chosen blueprint', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const result = await t.harness.listSearch(
			'searchKickoffFields',
			{
				credential: t.harness.pat(),
				parameters: { resource: 'kickoffField', operation: 'update', blueprintId: byId(purchase) },
			},
			'band',
		);
		expect(calls()).toEqual([`GET ${blueprintPath(purchase)}`]);
		expect(result.results).toEqual([
			{ name: 'Quantity Band (dropdown)', value: fieldId(purchase, 'Quantity Band') },
		]);
	});
});
