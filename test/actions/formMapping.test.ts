import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const org = (path: string) => `/organizations/${t.sandbox.fixtures.orgId}${path}`;
const byId = (value: string) => ({ mode: 'id', value });

const kickoffId = (blueprint: 'onboarding' | 'purchase', alias: string) => {
	const checklist = t.sandbox.state.checklists.get(t.sandbox.fixtures.blueprints[blueprint]);
	return (checklist?.prerun as Array<{ id: string; alias: string }>).find((f) => f.alias === alias)!
		.id;
};

/** A field mapper's value as n8n's editor stores it, with the columns it loaded. */
const mapped = (value: Record<string, unknown>, schema: object[] = []) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema,
});

/** The mapper's columns for a blueprint, loaded as the editor does (the request is not logged). */
async function kickoffSchema(blueprint: string): Promise<object[]> {
	const { fields } = await t.harness.resourceMapping('mapKickoffFields', {
		credential: t.harness.pat(),
		parameters: { resource: 'process', operation: 'launch', blueprintId: byId(blueprint) },
	});
	t.sandbox.requests.length = 0;
	return fields;
}

const field = (id: string, displayName: string, type: string, required = false) => ({
	id,
	displayName,
	type,
	required,
	defaultMatch: false,
	canBeUsedToMatch: false,
	display: true,
});
const choices = (...texts: string[]) => texts.map((text) => ({ name: text, value: text }));

describe('Field mapper: kick-off form of a blueprint', () => {
	it('loads each kick-off field with its label, type, required flag and options', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const result = await t.harness.resourceMapping('mapKickoffFields', {
			credential: t.harness.pat(),
			parameters: { resource: 'process', operation: 'launch', blueprintId: byId(onboarding) },
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`GET ${org(`/checklists/${onboarding}`)}`,
		]);
		const id = (alias: string) => kickoffId('onboarding', alias);
		expect(result.fields).toEqual([
			field(id('customer_name'), 'Customer Name', 'string', true),
			field(id('notes'), 'Notes', 'string'),
			field(id('contact_email'), 'Contact Email', 'string'),
			field(id('start_date'), 'Start Date', 'dateTime'),
			{ ...field(id('plan'), 'Plan', 'options'), options: choices('Basic', 'Pro', 'Enterprise') },
			{ ...field(id('region'), 'Region', 'options'), options: choices('EMEA', 'Americas', 'APAC') },
			field(id('services'), 'Services (any of: SSO, Training, Data Migration)', 'string'),
			field(id('hardware'), 'Hardware (one value per column: Item, Quantity)', 'string'),
			field(id('contract'), 'Signed Contract (uploaded file objects or https links)', 'string'),
			field(id('account_team'), 'Account Team (member IDs, guest emails, group IDs)', 'string'),
		]);
	});

	it('says what to do while no blueprint is chosen, or it comes from an expression', async () => {
		for (const blueprintId of [byId(''), byId('={{ $json.blueprint }}')]) {
			const result = await t.harness.resourceMapping('mapKickoffFields', {
				credential: t.harness.pat(),
				parameters: { resource: 'process', operation: 'launch', blueprintId },
			});
			expect(result).toEqual({
				fields: [],
				emptyFieldsNotice:
					'Choose a blueprint from the list or by ID to load its kick-off form. With a blueprint from an expression, switch the input to the list.',
			});
		}
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('says so when the blueprint has no kick-off form', async () => {
		const result = await t.harness.resourceMapping('mapKickoffFields', {
			credential: t.harness.pat(),
			parameters: {
				resource: 'process',
				operation: 'launch',
				blueprintId: byId(t.sandbox.fixtures.blueprints.empty),
			},
		});
		expect(result).toEqual({
			fields: [],
			emptyFieldsNotice: 'This blueprint has no kick-off form.',
		});
	});

	it('loads the kick-off form of a process’s blueprint for Process > Update', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const result = await t.harness.resourceMapping('mapProcessKickoffFields', {
			credential: t.harness.pat(),
			parameters: { resource: 'process', operation: 'update', processId: byId(laptops) },
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`GET ${org(`/runs/${laptops}`)}`,
			`GET ${org(`/checklists/${t.sandbox.fixtures.blueprints.purchase}`)}`,
		]);
		expect(result.fields).toEqual([
			field(kickoffId('purchase', 'item'), 'Item', 'string', true),
			{
				...field(kickoffId('purchase', 'quantity_band'), 'Quantity Band', 'options'),
				options: choices('2', '10'),
			},
		]);
	});
});

describe('Field mapper: form fields of a task', () => {
	const welcomeFields = (taskId: string) => {
		const task = t.sandbox.state.tasks.get(taskId) as { _captures: Array<{ id: string }> };
		const [notes, outcome] = task._captures.map((capture) => capture.id);
		return [
			field(notes, 'Call Notes', 'string'),
			{
				...field(outcome, 'Outcome', 'options'),
				options: choices('Positive', 'Neutral', 'Negative'),
			},
		];
	};

	it('reads the task with its form fields, through its process when one is chosen', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = t.sandbox.taskId(initech, 'welcome');
		const viaTask = await t.harness.resourceMapping('mapTaskFormFields', {
			credential: t.harness.pat(),
			parameters: { resource: 'task', operation: 'setFormValues', taskId: byId(taskId) },
		});
		const viaProcess = await t.harness.resourceMapping('mapTaskFormFields', {
			credential: t.harness.pat(),
			parameters: {
				resource: 'task',
				operation: 'updateProcessTask',
				processId: byId(initech),
				taskId: { mode: 'list', value: taskId },
			},
		});
		expect(t.sandbox.requests.map((r) => [r.routePath, r.query])).toEqual([
			[org(`/tasks/${taskId}`), { with: 'form_fields' }],
			[org(`/runs/${initech}/tasks/${taskId}`), { with: 'form_fields' }],
		]);
		expect(viaTask.fields).toEqual(welcomeFields(taskId));
		expect(viaProcess.fields).toEqual(welcomeFields(taskId));
	});

	it('says so when the task has no form fields, and while no task is chosen', async () => {
		const approve = t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'approve');
		const none = await t.harness.resourceMapping('mapTaskFormFields', {
			credential: t.harness.pat(),
			parameters: { resource: 'task', operation: 'complete', taskId: byId(approve) },
		});
		expect(none).toEqual({ fields: [], emptyFieldsNotice: 'This task has no form fields.' });
		const unchosen = await t.harness.resourceMapping('mapTaskFormFields', {
			credential: t.harness.pat(),
			parameters: { resource: 'task', operation: 'complete', taskId: byId('') },
		});
		expect(unchosen.emptyFieldsNotice).toBe(
			'Choose a task from the list or by ID to load its form fields. With a task from an expression, switch the input to the list.',
		);
		expect(t.sandbox.requests).toHaveLength(1);
	});
});

describe('Process > Launch with the field mapper', () => {
	// With the columns stored, n8n checks literal values against their types (a choice must
	// be one of the options, a date a date) as the editor does; values from expressions are
	// left to the node, which matches choices leniently and names what it cannot use.
	const launch = (blueprint: string, value: Record<string, unknown>, schema: object[] = []) => ({
		resource: 'process',
		operation: 'launch',
		blueprintId: byId(blueprint),
		name: 'Onboarding - Mapped',
		kickoffInput: 'mapper',
		kickoffFields: mapped(value, schema),
	});
	const id = (alias: string) => kickoffId('onboarding', alias);

	it('encodes every field type from the mapper, skipping fields left empty', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const { users, groups } = t.sandbox.fixtures;
		const run = await t.harness.run(
			{
				credential: t.harness.pat(),
				parameters: launch(
					onboarding,
					{
						[id('customer_name')]: 'Umbrella',
						[id('notes')]: null,
						[id('contact_email')]: 'ops@umbrella.example',
						[id('start_date')]: '2026-12-31T09:30:00Z',
						[id('plan')]: 'Basic',
						[id('region')]: '={{ $json.region }}',
						[id('services')]: 'training, 1',
						[id('hardware')]: '={{ $json.hardware }}',
						[id('contract')]: '={{ $json.contract }}',
						[id('account_team')]: '={{ $json.team }}',
					},
					await kickoffSchema(onboarding),
				),
			},
			[
				{
					region: ' apac',
					hardware: { Item: 'Desk', Quantity: 2 },
					contract: [{ id: 'asset-1', filename: 'contract.pdf', url: 'uploads/contract.pdf' }],
					team: { users: [users.admin], guests: 'hank@client.example', groups: [groups.finance] },
				},
			],
		);
		expect(run.status).toBe('success');
		const expected = {
			[id('customer_name')]: 'Umbrella',
			[id('contact_email')]: 'ops@umbrella.example',
			[id('start_date')]: '2026-12-31T09:30:00.000Z',
			[id('plan')]: 'Basic',
			[id('region')]: { id: 3, text: 'APAC' },
			[id('services')]: [
				{ id: 2, text: 'Training', selected: true },
				{ id: 1, text: 'SSO', selected: true },
			],
			[id('hardware')]: ['Desk', '2'],
			[id('contract')]: [{ id: 'asset-1', filename: 'contract.pdf', url: 'uploads/contract.pdf' }],
			[id('account_team')]: {
				users: [users.admin],
				guests: ['hank@client.example'],
				groups: [groups.finance],
			},
		};
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`GET ${org(`/checklists/${onboarding}`)}`,
			`POST ${org('/runs')}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			checklist_id: onboarding,
			name: 'Onboarding - Mapped',
			prerun: expected,
		});
		expect(jsonOf(run)[0].prerun).toEqual(expected);
	});

	it('takes tables as comma-separated text and choices as the objects Tallyfy returns', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const run = await t.harness.run(
			{
				credential: t.harness.pat(),
				parameters: launch(
					onboarding,
					{
						[id('customer_name')]: 'Umbrella',
						[id('hardware')]: 'Monitor, 4',
						[id('region')]: '={{ $json.region }}',
						[id('plan')]: '={{ $json.plan }}',
					},
					await kickoffSchema(onboarding),
				),
			},
			[{ region: '{"id": 2, "text": "Americas"}', plan: { id: 3, text: 'enterprise' } }],
		);
		expect(run.status).toBe('success');
		expect((t.sandbox.requestsTo('/runs', 'POST')[0].body as { prerun: object }).prerun).toEqual({
			[id('customer_name')]: 'Umbrella',
			[id('hardware')]: ['Monitor', '4'],
			[id('region')]: { id: 2, text: 'Americas' },
			[id('plan')]: 'Enterprise',
		});
	});

	it('takes a choice whose option text starts with a bracket as that option, not as broken JSON', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const prerun = t.sandbox.state.checklists.get(onboarding)!.prerun as Array<{
			alias: string;
			options: object[];
		}>;
		prerun.find((f) => f.alias === 'plan')!.options.push({ id: 4, text: '[Legacy] Basic' });
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(
				onboarding,
				{ [id('customer_name')]: 'Umbrella', [id('plan')]: '[Legacy] Basic' },
				await kickoffSchema(onboarding),
			),
		});
		expect(run.status).toBe('success');
		expect((t.sandbox.requestsTo('/runs', 'POST')[0].body as { prerun: object }).prerun).toEqual({
			[id('customer_name')]: 'Umbrella',
			[id('plan')]: '[Legacy] Basic',
		});
	});

	it('names the field it cannot encode, before anything is launched', async () => {
		const cases: Array<[string, IDataObject[keyof IDataObject], string, string]> = [
			[
				'start_date',
				'soon',
				'"soon" is not a date, which the kick-off field "Start Date" needs',
				'Pass a date such as 2026-12-31 or 2026-12-31T17:00:00Z, or a date from an expression (parameter "Kick-Off Form Values")',
			],
			[
				'region',
				'Mars',
				'"Mars" is not an option of the dropdown kick-off field "Region"',
				'Use one of: "EMEA" (ID 1), "Americas" (ID 2), "APAC" (ID 3) (parameter "Kick-Off Form Values")',
			],
			[
				'contact_email',
				'ops at umbrella',
				'"ops at umbrella" is not an email address, which the kick-off field "Contact Email" needs',
				'Pass one address such as jane@example.com, without a display name (parameter "Kick-Off Form Values")',
			],
			[
				'account_team',
				{ users: ['ada'] },
				'"ada" is not a member ID for the kick-off field "Account Team"',
				'Member IDs are whole numbers, such as the "id" from Member > Get Many (parameter "Kick-Off Form Values")',
			],
			[
				'account_team',
				{ guests: ['not-an-email'] },
				'"not-an-email" is not a guest email address for the kick-off field "Account Team"',
				'Guests are given by email (parameter "Kick-Off Form Values")',
			],
			[
				'notes',
				['a', 'list'],
				'The kick-off field "Notes" takes text, not a list',
				'Pass a string, or turn the value into text with an expression (parameter "Kick-Off Form Values")',
			],
			[
				'contract',
				'contract.pdf',
				'The file kick-off field "Signed Contract" cannot take "contract.pdf"',
				'Pass the file object that File > Upload returned (it has an "id"), a list of them, or an https link (parameter "Kick-Off Form Values")',
			],
			...(
				[
					['hardware', 'Hardware', '["Monitor", 4'],
					['account_team', 'Account Team', '{"users": [1002'],
					['services', 'Services', '["SSO", "Training"'],
					['region', 'Region', '{"id": 2, "text": "Americas"'],
					['plan', 'Plan', '{"text": "Pro"'],
					['contract', 'Signed Contract', '[{"id": "abc"}'],
				] as const
			).map(([alias, label, text]): [string, string, string, string] => [
				alias,
				text,
				`The kick-off field "${label}" got "${text}", which starts like JSON but is not valid JSON`,
				'Fix the JSON (check brackets, quotes and commas), or pass plain text that does not start with [ or { (parameter "Kick-Off Form Values")',
			]),
		];
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const schema = await kickoffSchema(onboarding);
		for (const [alias, value, message, description] of cases) {
			const run = await t.harness.run(
				{
					credential: t.harness.pat(),
					parameters: launch(
						onboarding,
						{ [id('customer_name')]: 'Umbrella', [id(alias)]: '={{ $json.value }}' },
						schema,
					),
				},
				[{ value }],
			);
			expect({ alias, message: run.error?.message, description: run.error?.description }).toEqual({
				alias,
				message,
				description,
			});
		}
		expect(t.sandbox.requestsTo('/runs', 'POST')).toHaveLength(0);
	});

	it('refuses a mapped field the blueprint no longer has, listing the real ones', async () => {
		const stale = '0123456789abcdef0123456789abcdef';
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch(t.sandbox.fixtures.blueprints.purchase, { [stale]: 'x' }),
		});
		expect(run.error?.message).toBe(
			`There is no kick-off field "${stale}" in blueprint "Purchase Request"`,
		);
		expect(t.sandbox.requestsTo('/runs', 'POST')).toHaveLength(0);
	});

	it('launches without reading the blueprint when no field is filled in', async () => {
		const empty = t.sandbox.fixtures.blueprints.empty;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'process',
				operation: 'launch',
				blueprintId: byId(empty),
				name: 'Quick one',
				kickoffInput: 'mapper',
				kickoffFields: mapped({}),
			},
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`POST ${org('/runs')}`,
		]);
		expect(t.sandbox.requests[0].body).toEqual({ checklist_id: empty, name: 'Quick one' });
		expect(jsonOf(run)[0]).toMatchObject({ name: 'Quick one', checklist_id: empty });
	});

	it('leaves a literal choice that is no option to n8n, which flags it as in the editor', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const schema = await kickoffSchema(onboarding);
		await expect(
			t.harness.run({
				credential: t.harness.pat(),
				parameters: launch(
					onboarding,
					{ [id('customer_name')]: 'Umbrella', [id('region')]: 'Mars' },
					schema,
				),
			}),
		).rejects.toThrow(
			`'${id('region')}' expects one of the following values: [EMEA, Americas, APAC] but we got 'Mars'`,
		);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
