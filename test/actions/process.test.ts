import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const launch = (
	blueprint: string,
	values: Array<{ field: string; value: string }>,
	extra = {},
) => ({
	resource: 'process',
	operation: 'launch',
	blueprintId: { mode: 'id', value: blueprint },
	name: 'Onboarding - Acme',
	kickoffValues: { values },
	...extra,
});

const fieldId = (blueprint: 'onboarding' | 'purchase', alias: string) => {
	const checklist = t.sandbox.state.checklists.get(t.sandbox.fixtures.blueprints[blueprint]);
	return (checklist?.prerun as Array<{ id: string; alias: string }>).find((f) => f.alias === alias)!
		.id;
};

describe('Process > Launch', () => {
	it('encodes a value of every kick-off field type, keyed by field ID', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(
				t.sandbox.fixtures.blueprints.onboarding,
				[
					{ field: 'Customer Name', value: 'Acme Corp' },
					{ field: 'notes', value: 'First line\nSecond line' },
					{ field: 'contact email', value: ' ops@acme.example ' },
					{ field: 'Start Date', value: '2026-12-01' },
					{ field: 'Plan', value: 'pro' },
					{ field: 'region', value: 'americas ' },
					{ field: 'Services', value: 'SSO, Data Migration' },
					{ field: 'Hardware', value: '{"Item": "Laptop", "Quantity": 3}' },
					{ field: 'Signed Contract', value: 'https://files.example/docs/contract.pdf' },
					{
						field: 'Account Team',
						value: `${t.sandbox.fixtures.users.standard}, gina@client.example`,
					},
				],
				{
					additionalFields: {
						summary: 'New client',
						tags: `${t.sandbox.fixtures.tags.vip}, ${t.sandbox.fixtures.tags.q4}`,
					},
				},
			),
		});
		expect(run.status).toBe('success');
		const id = (alias: string) => fieldId('onboarding', alias);
		const expectedPrerun = {
			[id('customer_name')]: 'Acme Corp',
			[id('notes')]: 'First line\nSecond line',
			[id('contact_email')]: 'ops@acme.example',
			[id('start_date')]: '2026-12-01T00:00:00.000Z',
			[id('plan')]: 'Pro',
			[id('region')]: { id: 2, text: 'Americas' },
			[id('services')]: [
				{ id: 1, text: 'SSO', selected: true },
				{ id: 3, text: 'Data Migration', selected: true },
			],
			[id('hardware')]: ['Laptop', '3'],
			[id('contract')]: [
				{ filename: 'contract.pdf', source: 'url', url: 'https://files.example/docs/contract.pdf' },
			],
			[id('account_team')]: {
				users: [t.sandbox.fixtures.users.standard],
				guests: ['gina@client.example'],
				groups: [],
			},
		};
		const [post] = t.sandbox.requestsTo('/runs', 'POST');
		expect(post.body).toEqual({
			checklist_id: t.sandbox.fixtures.blueprints.onboarding,
			name: 'Onboarding - Acme',
			summary: 'New client',
			tags: [t.sandbox.fixtures.tags.vip, t.sandbox.fixtures.tags.q4],
			prerun: expectedPrerun,
		});
		const [process] = jsonOf(run);
		expect(process).toMatchObject({
			name: 'Onboarding - Acme',
			status: 'active',
			checklist_id: t.sandbox.fixtures.blueprints.onboarding,
			prerun: expectedPrerun,
		});
		expect(run.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('matches choices by text before option ID, then by ID', async () => {
		const values = (value: string) => [
			{ field: 'Item', value: 'Laptops' },
			{ field: 'Quantity Band', value },
		];
		const band = fieldId('purchase', 'quantity_band');
		for (const [input, expected] of [
			['2', { id: 1, text: '2' }],
			[' 10 ', { id: 2, text: '10' }],
			['1', { id: 1, text: '2' }],
		] as const) {
			t.sandbox.reset();
			const run = await t.harness.run({
				credential: t.harness.pat(),
				parameters: launch(t.sandbox.fixtures.blueprints.purchase, values(input)),
			});
			expect(run.status).toBe('success');
			expect((t.sandbox.requestsTo('/runs', 'POST')[0].body as { prerun: object }).prerun).toEqual({
				[fieldId('purchase', 'item')]: 'Laptops',
				[band]: expected,
			});
		}
	});

	it('reads the blueprint once for many launches from it', async () => {
		const parameters = launch(
			t.sandbox.fixtures.blueprints.purchase,
			[{ field: 'Item', value: '={{ $json.item }}' }],
			{ name: '={{ "Purchase - " + $json.item }}' },
		);
		const run = await t.harness.run({ credential: t.harness.pat(), parameters }, [
			{ item: 'Desk' },
			{ item: 'Chair' },
			{ item: 'Lamp' },
		]);
		expect(jsonOf(run).map((p) => p.name)).toEqual([
			'Purchase - Desk',
			'Purchase - Chair',
			'Purchase - Lamp',
		]);
		expect(t.sandbox.requestsTo('/checklists/', 'GET')).toHaveLength(1);
		expect(t.sandbox.requestsTo('/runs', 'POST')).toHaveLength(3);
	});

	it('refuses an unknown kick-off field before sending anything, listing the real ones', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(t.sandbox.fixtures.blueprints.purchase, [
				{ field: 'Budget', value: '100' },
			]),
		});
		expect(run.error?.message).toBe(
			'There is no kick-off field "Budget" in blueprint "Purchase Request"',
		);
		expect(run.error?.description).toBe(
			`Use the ID, alias or label of one of: "Item" (alias item, ID ${fieldId('purchase', 'item')}); "Quantity Band" (alias quantity_band, ID ${fieldId('purchase', 'quantity_band')}) (parameter "Kick-Off Form Values")`,
		);
		expect(t.sandbox.requestsTo('/runs', 'POST')).toHaveLength(0);
	});

	it('refuses an option that does not exist, listing the options', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(t.sandbox.fixtures.blueprints.onboarding, [
				{ field: 'Region', value: 'Antarctica' },
			]),
		});
		expect(run.error?.message).toBe(
			'"Antarctica" is not an option of the dropdown kick-off field "Region"',
		);
		expect(run.error?.description).toContain('"EMEA" (ID 1), "Americas" (ID 2), "APAC" (ID 3)');
	});

	it('refuses a table value with the wrong number of columns, and a field given twice', async () => {
		const table = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(t.sandbox.fixtures.blueprints.onboarding, [
				{ field: 'Hardware', value: '["Laptop"]' },
			]),
		});
		expect(table.error?.message).toBe(
			'The table kick-off field "Hardware" needs exactly 2 values, one per column',
		);
		const twice = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(t.sandbox.fixtures.blueprints.onboarding, [
				{ field: 'Plan', value: 'Pro' },
				{ field: 'plan', value: 'Basic' },
			]),
		});
		expect(twice.error?.message).toBe(
			'The kick-off field "Plan" is given twice (as "Plan" and "plan")',
		);
	});

	it('passes Tallyfy’s own check of required fields through as a clear message', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(t.sandbox.fixtures.blueprints.onboarding, [
				{ field: 'Plan', value: 'Pro' },
			]),
		});
		expect(run.error?.message).toBe(
			`Tallyfy rejected the values sent (422): prerun.${fieldId('onboarding', 'customer_name')}: Customer Name is required`,
		);
	});
});

describe('Process > Get', () => {
	it('reads one process with the related records asked for', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'process',
				operation: 'get',
				processId: { mode: 'list', value: t.sandbox.fixtures.processes.initech },
				include: ['tasks', 'next_task'],
			},
		});
		const [request] = t.sandbox.requests;
		expect(request.path).toBe(
			`/api/organizations/${t.sandbox.fixtures.orgId}/runs/${t.sandbox.fixtures.processes.initech}`,
		);
		expect(request.query).toEqual({ with: 'tasks,next_task' });
		const [process] = jsonOf(run);
		expect(process.name).toBe('Onboarding - Initech');
		expect((process.tasks as { data: object[] }).data).toHaveLength(3);
		expect((process.next_task as { data: Array<{ title: string }> }).data[0].title).toBe(
			'Approve contract',
		);
	});
});

describe('Process > Get Many', () => {
	it('sends the documented filters and simplifies each process', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'process',
				operation: 'getAll',
				returnAll: true,
				filters: {
					checklist_id: t.sandbox.fixtures.blueprints.onboarding,
					status: 'active',
					sort: '-created_at',
				},
			},
		});
		expect(t.sandbox.requests[0].query).toEqual({
			checklist_id: t.sandbox.fixtures.blueprints.onboarding,
			status: 'active',
			sort: '-created_at',
			page: '1',
			per_page: '100',
		});
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({
				name: 'Onboarding - Initech',
				status: 'active',
				progress: { complete: 1, total: 3, percent: 33 },
			}),
		]);
		expect(Object.keys(jsonOf(run)[0])).not.toContain('prerun');
	});
});
