import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const stepRun = (operation: string, parameters: Record<string, unknown>) =>
	t.harness.run({
		credential: t.harness.pat(),
		parameters: { resource: 'step', operation, ...parameters },
	});
const byId = (value: string) => ({ mode: 'id', value });
const calls = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);
const onboarding = () => t.sandbox.fixtures.blueprints.onboarding;
const stepsPath = () =>
	`/organizations/${t.sandbox.fixtures.orgId}/checklists/${onboarding()}/steps`;
const stepIdOf = (title: string) =>
	(
		t.sandbox.state.checklists.get(onboarding())!._steps as Array<{ id: string; title: string }>
	).find((step) => step.title === title)!.id;
const storedStep = (title: string) =>
	(
		t.sandbox.state.checklists.get(onboarding())!._steps as Array<{
			title: string;
			summary: string | null;
			owners: { users: number[]; guests: string[]; groups: string[] };
		}>
	).find((step) => step.title === title)!;

describe('Step > Get Many', () => {
	it('lists the steps of a blueprint in order, simplified, in one request', async () => {
		const run = await stepRun('getAll', { blueprintId: byId(onboarding()), returnAll: true });
		expect(calls()).toEqual([`GET ${stepsPath()}`]);
		expect(t.sandbox.requests[0].query).toEqual({});
		const steps = jsonOf(run);
		expect(steps.map((step) => step.title)).toEqual([
			'Welcome call',
			'Approve contract',
			'Kick-off meeting',
		]);
		expect(Object.keys(steps[0]).sort()).toEqual([
			'alias',
			'assignees',
			'deadline',
			'groups',
			'guests',
			'id',
			'owners',
			'position',
			'step_type',
			'summary',
			'title',
		]);
	});

	it('stops at the limit and keeps every field when not simplified', async () => {
		const run = await stepRun('getAll', {
			blueprintId: byId(onboarding()),
			returnAll: false,
			limit: 1,
			simplify: false,
		});
		const steps = jsonOf(run);
		expect(steps).toHaveLength(1);
		expect((steps[0].captures as Array<{ label: string }>).map((c) => c.label)).toEqual([
			'Call Notes',
			'Outcome',
		]);
	});
});

describe('Step > Get', () => {
	it('reads one step with its form fields and assignees', async () => {
		const stepId = stepIdOf('Kick-off meeting');
		const run = await stepRun('get', { blueprintId: byId(onboarding()), stepId: byId(stepId) });
		expect(calls()).toEqual([`GET ${stepsPath()}/${stepId}`]);
		expect(jsonOf(run)[0]).toMatchObject({
			id: stepId,
			title: 'Kick-off meeting',
			groups: [t.sandbox.fixtures.groups.onboarding],
		});
	});

	it('names the step and its blueprint when Tallyfy does not know the step', async () => {
		const stepId = 'f'.repeat(32);
		const run = await stepRun('get', { blueprintId: byId(onboarding()), stepId: byId(stepId) });
		expect(run.error?.message).toBe(
			`Tallyfy could not find the step with ID '${stepId}' (in blueprint '${onboarding()}') (404)`,
		);
	});

	it('refuses an empty step before any request', async () => {
		const run = await stepRun('get', {
			blueprintId: byId(onboarding()),
			stepId: byId('={{ "" }}'),
		});
		expect(run.error?.message).toBe('The parameter "Step" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Step > Create', () => {
	it('adds a step at a position with the body Tallyfy documents', async () => {
		const run = await stepRun('create', {
			blueprintId: byId(onboarding()),
			title: 'Legal review',
			stepType: 'approval',
			additionalFields: { summary: '<p>Check the contract</p>', position: 2 },
		});
		expect(calls()).toEqual([`POST ${stepsPath()}`]);
		expect(t.sandbox.requests[0].body).toEqual({
			checklist_id: onboarding(),
			title: 'Legal review',
			step_type: 'approval',
			summary: '<p>Check the contract</p>',
			position: 2,
		});
		expect(jsonOf(run)[0]).toMatchObject({
			title: 'Legal review',
			step_type: 'approval',
			position: 2,
		});
		expect(
			(t.sandbox.state.checklists.get(onboarding())!._steps as Array<{ title: string }>).map(
				(step) => step.title,
			),
		).toEqual(['Welcome call', 'Legal review', 'Approve contract', 'Kick-off meeting']);
	});

	it('refuses an empty title before any request', async () => {
		const run = await stepRun('create', { blueprintId: byId(onboarding()), title: '={{ " " }}' });
		expect(run.error?.message).toBe('The parameter "Title" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Step > Update', () => {
	it('changes the description and re-sends the title and every assignee', async () => {
		const stepId = stepIdOf('Kick-off meeting');
		const run = await stepRun('update', {
			blueprintId: byId(onboarding()),
			stepId: byId(stepId),
			updateFields: { summary: 'Bring the slides' },
		});
		expect(calls()).toEqual([`GET ${stepsPath()}/${stepId}`, `PUT ${stepsPath()}/${stepId}`]);
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Kick-off meeting',
			assignees: [],
			guests: [],
			groups: [t.sandbox.fixtures.groups.onboarding],
			summary: 'Bring the slides',
		});
		expect(jsonOf(run)[0]).toMatchObject({ summary: 'Bring the slides' });
		expect(storedStep('Kick-off meeting').owners.groups).toEqual([
			t.sandbox.fixtures.groups.onboarding,
		]);
	});

	it.each([404, 405])(
		'says the step route was refused, not the step, when Tallyfy answers the change with %i',
		async (status) => {
			const stepId = stepIdOf('Kick-off meeting');
			t.sandbox.fault({
				method: 'PUT',
				path: `/steps/${stepId}`,
				status,
				body: { message: 'Refused' },
			});
			const run = await stepRun('update', {
				blueprintId: byId(onboarding()),
				stepId: byId(stepId),
				updateFields: { summary: 'Bring the slides' },
			});
			expect(calls()).toEqual([`GET ${stepsPath()}/${stepId}`, `PUT ${stepsPath()}/${stepId}`]);
			expect(run.error?.message).toBe(
				`Tallyfy refused to change the step "Kick-off meeting" (${status}): this account does not accept step updates through the API`,
			);
			expect(run.error?.description).toBe(
				'Nothing was changed. Edit the step in Tallyfy’s blueprint editor; the route this operation uses is not in Tallyfy’s published API (see "Step > Update, Assign" in the README).',
			);
			expect(storedStep('Kick-off meeting').summary).not.toBe('Bring the slides');
		},
	);

	it('refuses an empty update and an empty title before any request', async () => {
		const stepId = stepIdOf('Welcome call');
		const empty = await stepRun('update', {
			blueprintId: byId(onboarding()),
			stepId: byId(stepId),
			updateFields: {},
		});
		const blankTitle = await stepRun('update', {
			blueprintId: byId(onboarding()),
			stepId: byId(stepId),
			updateFields: { title: ' ' },
		});
		expect(empty.error?.message).toBe('The parameter "Update Fields" is empty');
		expect(blankTitle.error?.message).toBe('The field "Title" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('sends nothing when Tallyfy does not say who the step is assigned to', async () => {
		const stepId = stepIdOf('Welcome call');
		t.sandbox.fault({
			status: 200,
			method: 'GET',
			path: stepId,
			body: { data: { id: stepId, title: 'Welcome call' } },
		});
		const run = await stepRun('update', {
			blueprintId: byId(onboarding()),
			stepId: byId(stepId),
			updateFields: { title: 'Intro call' },
		});
		expect(run.error?.message).toBe(
			'Tallyfy did not return who the step "Welcome call" is assigned to',
		);
		expect(calls()).toEqual([`GET ${stepsPath()}/${stepId}`]);
	});
});

describe('Step > Assign', () => {
	const assign = (title: string, parameters: Record<string, unknown>) =>
		stepRun('assign', {
			blueprintId: byId(onboarding()),
			stepId: byId(stepIdOf(title)),
			...parameters,
		});

	it('adds members and guests to the current assignees', async () => {
		const { users, guests } = t.sandbox.fixtures;
		const run = await assign('Welcome call', {
			assignMode: 'add',
			memberIds: `${users.admin}, ${users.standard}`,
			guestEmails: guests[0],
		});
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Welcome call',
			assignees: [users.standard, users.admin],
			guests: [guests[0]],
			groups: [],
		});
		expect(jsonOf(run)[0]).toMatchObject({
			assignees: [users.standard, users.admin],
			guests: [guests[0]],
		});
	});

	it('removes one assignee and keeps the others', async () => {
		const { groups } = t.sandbox.fixtures;
		storedStep('Kick-off meeting').owners.groups.push(groups.finance);
		await assign('Kick-off meeting', { assignMode: 'remove', groupIds: groups.onboarding });
		expect(t.sandbox.requests[1].body).toMatchObject({ groups: [groups.finance] });
		expect(storedStep('Kick-off meeting').owners.groups).toEqual([groups.finance]);
	});

	it('replaces the assignees', async () => {
		const { users } = t.sandbox.fixtures;
		await assign('Kick-off meeting', { assignMode: 'replace', memberIds: String(users.admin) });
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Kick-off meeting',
			assignees: [users.admin],
			guests: [],
			groups: [],
		});
	});

	it.each([
		[{ memberIds: 'ada' }, 'The parameter "Member IDs" has "ada", which is not a member ID'],
		[
			{ guestEmails: 'not-an-email' },
			'The parameter "Guest Emails" is not an email address: "not-an-email"',
		],
		[{}, 'No member, guest or group is given'],
	])('refuses %p before any request', async (people, message) => {
		const run = await assign('Welcome call', { assignMode: 'add', ...people });
		expect(run.error?.message).toBe(message);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes on Tallyfy’s refusal of someone outside the organization', async () => {
		const run = await assign('Welcome call', { memberIds: '2001' });
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): assignees.1: The selected assignees.1 is invalid.',
		);
	});
});

describe('Step list search', () => {
	it('lists the steps of the chosen blueprint, filtered by the search text', async () => {
		const result = await t.harness.listSearch(
			'searchSteps',
			{
				credential: t.harness.pat(),
				parameters: { resource: 'step', operation: 'get', blueprintId: byId(onboarding()) },
			},
			'MEET',
		);
		expect(calls()).toEqual([`GET ${stepsPath()}`]);
		expect(t.sandbox.requests[0].query).toEqual({});
		expect(result.results).toEqual([
			{ name: '3. Kick-off meeting', value: stepIdOf('Kick-off meeting') },
		]);
	});

	it('lists nothing until a blueprint is chosen', async () => {
		const result = await t.harness.listSearch('searchSteps', {
			credential: t.harness.pat(),
			parameters: { resource: 'step', operation: 'get' },
		});
		expect(result.results).toEqual([]);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
