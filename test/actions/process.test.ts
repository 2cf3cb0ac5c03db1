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

const org = (path: string) => `/organizations/${t.sandbox.fixtures.orgId}${path}`;
const calls = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);
const byId = (value: string) => ({ mode: 'id', value });
const processOp = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'process',
	operation,
	...parameters,
});
const runOf = (id: string) => t.sandbox.state.runs.get(id)!;

describe('Process > Update', () => {
	it('sends only the fields given, as a partial PUT', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('update', {
				processId: byId(initech),
				updateFields: { name: ' Onboarding - Initech (EU) ', starred: true, owner_id: 0 },
			}),
		});
		expect(calls()).toEqual([`PUT ${org(`/runs/${initech}`)}`]);
		expect(t.sandbox.requests[0].body).toEqual({
			name: 'Onboarding - Initech (EU)',
			starred: true,
		});
		expect(jsonOf(run)[0]).toMatchObject({
			id: initech,
			name: 'Onboarding - Initech (EU)',
			starred: true,
			summary: null,
		});
	});

	it('encodes kick-off values for the process’s blueprint and merges them in', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('update', {
				processId: byId(initech),
				kickoffValues: {
					values: [
						{ field: 'Region', value: 'emea' },
						{ field: 'plan', value: 'Enterprise' },
					],
				},
			}),
		});
		expect(calls()).toEqual([
			`GET ${org(`/runs/${initech}`)}`,
			`GET ${org(`/checklists/${t.sandbox.fixtures.blueprints.onboarding}`)}`,
			`PUT ${org(`/runs/${initech}`)}`,
		]);
		const prerun = {
			[fieldId('onboarding', 'region')]: { id: 1, text: 'EMEA' },
			[fieldId('onboarding', 'plan')]: 'Enterprise',
		};
		expect(t.sandbox.requests[2].body).toEqual({ prerun });
		expect(jsonOf(run)[0].prerun).toEqual(prerun);
	});

	it('refuses an update without changes, and an empty name, before any request', async () => {
		const processId = byId(t.sandbox.fixtures.processes.initech);
		const empty = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('update', { processId }),
		});
		expect(empty.error?.message).toBe('Nothing to update: no field to change was given');
		expect(empty.error?.description).toBe(
			'Add what should change with "Add Field", or give kick-off form values.',
		);
		const blank = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('update', { processId, updateFields: { name: '  ' } }),
		});
		expect(blank.error?.message).toBe('The parameter "Name" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Process > Archive, Reactivate and Delete Permanently', () => {
	it('archives a process with its tasks and answers with the archived process', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('archive', { processId: byId(initech) }),
		});
		expect(calls()).toEqual([`DELETE ${org(`/runs/${initech}`)}`]);
		expect(jsonOf(run)[0]).toMatchObject({
			id: initech,
			status: 'archived',
			archived_at: expect.any(String),
		});
		const tasks = [...t.sandbox.state.tasks.values()].filter((task) => task.run_id === initech);
		expect(tasks.every((task) => task.archived_at)).toBe(true);
	});

	it('reactivates an archived process, keeping the status it had', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const credential = t.harness.pat();
		await t.harness.run({
			credential,
			parameters: processOp('archive', { processId: byId(initech) }),
		});
		const run = await t.harness.run({
			credential,
			parameters: processOp('reactivate', { processId: byId(initech) }),
		});
		expect(calls()[1]).toBe(`PUT ${org(`/runs/${initech}/activate`)}`);
		expect(t.sandbox.requests[1].body).toBeUndefined();
		expect(jsonOf(run)[0]).toMatchObject({ id: initech, status: 'active', archived_at: null });
	});

	it('deletes an archived process for good and reports it', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		runOf(laptops).archived_at = '2026-11-02T00:00:00.000Z';
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('deletePermanently', { processId: { mode: 'list', value: laptops } }),
		});
		expect(calls()).toEqual([`DELETE ${org(`/runs/${laptops}/delete`)}`]);
		expect(jsonOf(run)).toEqual([{ id: laptops, deleted: true }]);
		expect(t.sandbox.state.runs.has(laptops)).toBe(false);
	});

	it('passes on Tallyfy’s refusals: a process not archived, a member who is no administrator', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const active = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('deletePermanently', { processId: byId(laptops) }),
		});
		expect(active.error?.message).toBe(
			'Tallyfy rejected the values sent (422): run: The process must be archived before it can be deleted.',
		);
		runOf(laptops).archived_at = '2026-11-02T00:00:00.000Z';
		const standard = await t.harness.run({
			credential: t.harness.pat({ accessToken: t.sandbox.fixtures.tokens.standard }),
			parameters: processOp('deletePermanently', { processId: byId(laptops) }),
		});
		expect(standard.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): Only admin members can delete processes permanently.',
		);
		expect(t.sandbox.state.runs.has(laptops)).toBe(true);
	});

	it('lists only archived processes to reactivate or delete', async () => {
		runOf(t.sandbox.fixtures.processes.globex).archived_at = '2026-11-02T00:00:00.000Z';
		const result = await t.harness.listSearch('searchArchivedProcesses', {
			credential: t.harness.pat(),
			parameters: processOp('reactivate'),
		});
		expect(t.sandbox.requests[0].query).toEqual({ status: 'archived', page: '1', per_page: '50' });
		expect(result).toEqual({
			results: [{ name: 'Onboarding - Globex', value: t.sandbox.fixtures.processes.globex }],
			paginationToken: undefined,
		});
	});
});

describe('Process > Get Tasks', () => {
	it('pages through the tasks with the documented filters, deadlines as days', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('getTasks', {
				processId: byId(initech),
				returnAll: false,
				limit: 1,
				processFilters: {
					status: 'incomplete',
					deadline_start_range: '2026-11-01T00:00:00.000Z',
					sort: 'position',
				},
			}),
		});
		expect(calls()).toEqual([`GET ${org(`/runs/${initech}/tasks`)}`]);
		expect(t.sandbox.requests[0].query).toEqual({
			status: 'incomplete',
			deadline_start_range: '2026-11-01',
			sort: 'position',
			page: '1',
			per_page: '1',
		});
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({
				title: 'Approve contract',
				status: 'in-progress',
				run_id: initech,
			}),
		]);
		expect(Object.keys(jsonOf(run)[0])).not.toContain('summary');
	});
});

describe('Process > Get Form Fields', () => {
	it('returns one item per form field of the process’s tasks, with its value', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('getFormFields', { processId: byId(initech) }),
		});
		expect(calls()).toEqual([`GET ${org(`/runs/${initech}/form-fields`)}`]);
		expect(jsonOf(run).map((field) => [field.label, field.field_type, field.value])).toEqual([
			['Call Notes', 'textarea', null],
			['Outcome', 'dropdown', null],
		]);
	});
});

describe('Process > Kick-off form', () => {
	it('marks the kick-off form submitted and open again', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const credential = t.harness.pat();
		const reopened = await t.harness.run({
			credential,
			parameters: processOp('reopenKickoffForm', { processId: byId(laptops) }),
		});
		expect(jsonOf(reopened)[0]).toMatchObject({ id: laptops, prerun_status: 'pending' });
		const completed = await t.harness.run({
			credential,
			parameters: processOp('completeKickoffForm', { processId: byId(laptops) }),
		});
		expect(jsonOf(completed)[0]).toMatchObject({ id: laptops, prerun_status: 'complete' });
		expect(calls()).toEqual([
			`DELETE ${org(`/runs/${laptops}/complete-prerun`)}`,
			`POST ${org(`/runs/${laptops}/complete-prerun`)}`,
		]);
		expect(t.sandbox.requests.map((r) => r.body)).toEqual([undefined, undefined]);
	});
});

describe('Process > Export', () => {
	it('posts to the export endpoint and returns Tallyfy’s JSON', async () => {
		const globex = t.sandbox.fixtures.processes.globex;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('export', { processId: byId(globex) }),
		});
		expect(calls()).toEqual([`POST ${org(`/runs/${globex}/export`)}`]);
		const [exported] = jsonOf(run);
		expect(exported).toMatchObject({ id: globex, name: 'Onboarding - Globex', status: 'complete' });
		expect((exported.tasks as Array<{ title: string }>).map((task) => task.title)).toEqual([
			'Welcome call',
			'Approve contract',
			'Kick-off meeting',
		]);
	});
});

describe('Process > Get Activity', () => {
	it('reads the activity of one process with the filters given, newest first', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: processOp('getActivity', {
				processId: byId(initech),
				returnAll: true,
				filters: {
					actor_id: t.sandbox.fixtures.users.admin,
					created_after: '2026-11-01T00:00:00.000Z',
					search: 'ada',
				},
			}),
		});
		expect(calls()).toEqual([`GET ${org('/activity-feeds')}`]);
		expect(t.sandbox.requests[0].query).toEqual({
			entity_type: 'run',
			entity_id: initech,
			actor_id: String(t.sandbox.fixtures.users.admin),
			created_after: '2026-11-01',
			search: 'ada',
			page: '1',
			per_page: '100',
		});
		expect(
			jsonOf(run).map((entry) => [entry.verb, entry.auditable_type, entry.description]),
		).toEqual([
			[['completed'], 'Task', ['Ada Admin completed the task "Welcome call"']],
			[['launched'], 'Run', ['Ada Admin launched the process "Onboarding - Initech"']],
		]);
		expect(Object.keys(jsonOf(run)[0]).sort()).toEqual(
			[
				'id',
				'verb',
				'type',
				'description',
				'source',
				'actor_type',
				'actor_id',
				'auditable_type',
				'auditable_id',
				'created_at',
			].sort(),
		);
	});

	it('records what the node changes, and refuses a search Tallyfy would refuse', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const credential = t.harness.pat();
		await t.harness.run({
			credential,
			parameters: processOp('update', {
				processId: byId(initech),
				updateFields: { starred: true },
			}),
		});
		const run = await t.harness.run({
			credential,
			parameters: processOp('getActivity', {
				processId: byId(initech),
				limit: 1,
				simplify: false,
				filters: { verb: 'updated' },
			}),
		});
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({ verb: ['updated'], auditable_id: initech, actor_id: [1001] }),
		]);
		const before = t.sandbox.requests.length;
		const short = await t.harness.run({
			credential,
			parameters: processOp('getActivity', { processId: byId(initech), filters: { search: 'a' } }),
		});
		expect(short.error?.message).toBe('The filter "Search" must have 2 to 100 characters');
		expect(t.sandbox.requests).toHaveLength(before);
	});
});
