import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const complete = (parameters: Record<string, unknown>) => ({
	resource: 'task',
	operation: 'complete',
	...parameters,
});
const byId = (value: string) => ({ mode: 'id', value });

describe('Task > Complete', () => {
	it('completes a process task through its process without looking it up', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = t.sandbox.taskId(initech, 'kickoff');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: complete({ processId: byId(initech), taskId: byId(taskId) }),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`POST /organizations/${t.sandbox.fixtures.orgId}/runs/${initech}/completed-tasks`,
		]);
		expect(t.sandbox.requests[0].body).toEqual({ task_id: taskId });
		expect(jsonOf(run)[0]).toMatchObject({
			id: taskId,
			status: 'completed',
			completer_id: t.sandbox.fixtures.users.admin,
		});
	});

	it.each([
		['approve', true],
		['reject', false],
	])('can %s an approval task, finding its process itself', async (approval, isApproved) => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const taskId = t.sandbox.taskId(laptops, 'manager');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: complete({ taskId: byId(taskId), approval }),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`GET /organizations/${t.sandbox.fixtures.orgId}/tasks/${taskId}`,
			`POST /organizations/${t.sandbox.fixtures.orgId}/runs/${laptops}/completed-tasks`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({ task_id: taskId, is_approved: isApproved });
		expect(jsonOf(run)[0]).toMatchObject({ status: 'completed', is_approved: isApproved });
	});

	it('completes on behalf of another member', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = t.sandbox.taskId(initech, 'kickoff');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: complete({
				processId: byId(initech),
				taskId: byId(taskId),
				overrideUser: t.sandbox.fixtures.users.standard,
			}),
		});
		expect(t.sandbox.requests[0].body).toEqual({
			task_id: taskId,
			override_user: t.sandbox.fixtures.users.standard,
		});
		expect(jsonOf(run)[0].completer_id).toBe(t.sandbox.fixtures.users.standard);
	});

	it('completes a one-off task through the organization endpoint', async () => {
		const taskId = t.sandbox.taskId(null, 'Approve budget exception');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: complete({ taskId: byId(taskId), approval: 'approve' }),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`GET /organizations/${t.sandbox.fixtures.orgId}/tasks/${taskId}`,
			`POST /organizations/${t.sandbox.fixtures.orgId}/completed-tasks`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({ task_id: taskId, is_approved: true });
		expect(jsonOf(run)[0]).toMatchObject({ id: taskId, status: 'completed', is_approved: true });
	});

	it('passes on Tallyfy’s refusal of an approval without a decision', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: complete({
				processId: byId(laptops),
				taskId: byId(t.sandbox.taskId(laptops, 'manager')),
			}),
		});
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): is_approved: The is approved field is required.',
		);
	});
});

describe('Task > Get Many', () => {
	it('lists the tasks of one process in step order', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'task',
				operation: 'getAll',
				scope: 'process',
				processId: byId(initech),
				returnAll: true,
				processFilters: { sort: 'position' },
			},
		});
		expect(t.sandbox.requests[0].path).toBe(
			`/api/organizations/${t.sandbox.fixtures.orgId}/runs/${initech}/tasks`,
		);
		expect(t.sandbox.requests[0].query).toEqual({ sort: 'position', page: '1', per_page: '100' });
		expect(jsonOf(run).map((task) => [task.title, task.status])).toEqual([
			['Welcome call', 'completed'],
			['Approve contract', 'in-progress'],
			['Kick-off meeting', 'not-started'],
		]);
	});

	it('turns date filters into the days Tallyfy expects', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'task',
				operation: 'getAll',
				scope: 'organization',
				returnAll: true,
				filters: {
					owners: String(t.sandbox.fixtures.users.admin),
					status: 'incomplete',
					deadline_before: '2026-11-20T15:00:00.000Z',
				},
			},
		});
		expect(t.sandbox.requests[0].query).toEqual({
			owners: String(t.sandbox.fixtures.users.admin),
			status: 'incomplete',
			deadline_before: '2026-11-20',
			page: '1',
			per_page: '100',
		});
		expect(
			jsonOf(run)
				.map((task) => task.title)
				.sort(),
		).toEqual(['Approve budget exception', 'Approve contract', 'Manager approval']);
	});

	it('filters the organization’s tasks by a process custom field and an inclusive due range', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'task',
				operation: 'getAll',
				returnAll: true,
				filters: {
					custom_field_key: 'cost_center',
					custom_field_value: 'CC-1042',
					deadline_end_range: '2026-11-07T23:00:00.000Z',
					sort: 'deadline',
				},
			},
		});
		expect(t.sandbox.requests[0].query).toEqual({
			custom_field_key: 'cost_center',
			custom_field_value: 'CC-1042',
			deadline_end_range: '2026-11-07',
			sort: 'deadline',
			page: '1',
			per_page: '100',
		});
		// Initech's tasks are due 3, 6 and 9 days after its launch on 2026-11-01.
		expect(jsonOf(run).map((task) => [task.title, task.run_id])).toEqual([
			['Welcome call', t.sandbox.fixtures.processes.initech],
			['Approve contract', t.sandbox.fixtures.processes.initech],
		]);
	});

	it('refuses a date filter that is not a date', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'task',
				operation: 'getAll',
				scope: 'organization',
				filters: { deadline_on: 'next week' },
			},
		});
		expect(run.error?.message).toBe('"next week" is not a date for "Due On"');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

const org = (path: string) => `/organizations/${t.sandbox.fixtures.orgId}${path}`;
const calls = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);
const taskOp = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'task',
	operation,
	...parameters,
});
const taskOf = (id: string) => t.sandbox.state.tasks.get(id)!;
const captureIds = (taskId: string) =>
	(taskOf(taskId)._captures as Array<{ id: string }>).map((capture) => capture.id);
/** A field mapper's value as n8n's editor stores it, with the columns it loaded. */
const mapped = (value: Record<string, unknown>, schema: object[] = []) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema,
});

/** A one-off task with two form fields, made in the sandbox's state directly. */
function oneOffWithForm(): string {
	const state = t.sandbox.state as unknown as {
		createTask(orgId: string, data: Record<string, unknown>): { id: string };
	};
	const capture = (id: string, label: string, fieldType: string, options: object[] = []) => ({
		id,
		label,
		alias: label.toLowerCase(),
		field_type: fieldType,
		required: false,
		options,
		columns: [],
	});
	return state.createTask(t.sandbox.fixtures.orgId, {
		title: 'Collect shipping details',
		task_type: 'task',
		owners: {
			users: [t.sandbox.fixtures.users.standard],
			guests: ['gina@client.example'],
			groups: [],
		},
		deadline: '2026-12-01T12:00:00.000Z',
		starter_id: t.sandbox.fixtures.users.admin,
		captures: [
			capture('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1', 'Address', 'text'),
			capture('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2', 'Carrier', 'radio', [
				{ id: 1, text: 'DHL' },
				{ id: 2, text: 'UPS' },
			]),
		],
	}).id;
}

describe('Task > Create', () => {
	it('creates a one-off task with its assignees and a deadline in UTC', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('create', {
				title: ' Call Acme about the renewal ',
				task_type: 'approval',
				deadline: '2026-12-24T16:30:00.000Z',
				members: `${t.sandbox.fixtures.users.standard}, ${t.sandbox.fixtures.users.light}`,
				guests: 'gina@client.example',
				groups: t.sandbox.fixtures.groups.finance,
				additionalFields: {
					summary: 'Renewal is due in January',
					tags: `${t.sandbox.fixtures.tags.vip}`,
					everyone_must_complete: true,
				},
			}),
		});
		expect(calls()).toEqual([`POST ${org('/tasks')}`]);
		expect(t.sandbox.requests[0].body).toEqual({
			title: 'Call Acme about the renewal',
			task_type: 'approval',
			deadline: '2026-12-24 16:30:00',
			owners: {
				users: [t.sandbox.fixtures.users.standard, t.sandbox.fixtures.users.light],
				guests: ['gina@client.example'],
				groups: [t.sandbox.fixtures.groups.finance],
			},
			summary: 'Renewal is due in January',
			tags: [t.sandbox.fixtures.tags.vip],
			everyone_must_complete: true,
		});
		expect(jsonOf(run)[0]).toMatchObject({
			title: 'Call Acme about the renewal',
			task_type: 'approval',
			is_oneoff_task: true,
			run_id: null,
			deadline: '2026-12-24T16:30:00.000Z',
			status: 'not-started',
			everyone_must_complete: true,
		});
	});

	it.each([
		[{ title: '  ' }, 'The parameter "Title" is empty'],
		[{ deadline: '={{ $json.due }}' }, 'The parameter "Deadline" is empty'],
		[{ deadline: 'next Friday' }, '"next Friday" is not a date and time for "Deadline"'],
		[{ members: '' }, 'The task has no assignee'],
		[{ members: 'sam' }, 'The parameter "Member IDs" has "sam", which is not a member ID'],
		[{ guests: 'gina' }, 'The parameter "Guest Emails" is not an email address: "gina"'],
	])('refuses %j before sending anything', async (change, message) => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('create', {
				title: 'Call Acme',
				task_type: 'task',
				deadline: '2026-12-24T16:30:00.000Z',
				members: String(t.sandbox.fixtures.users.standard),
				...change,
			}),
		});
		expect(run.error?.message).toBe(message);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Task > Get and Get Process Task', () => {
	it('reads any task by ID with the includes asked for', async () => {
		const taskId = t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'welcome');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('get', { taskId: byId(taskId), include: ['form_fields', 'run'] }),
		});
		expect(calls()).toEqual([`GET ${org(`/tasks/${taskId}`)}`]);
		expect(t.sandbox.requests[0].query).toEqual({ with: 'form_fields,run' });
		const [task] = jsonOf(run);
		expect(task).toMatchObject({ id: taskId, title: 'Welcome call', status: 'completed' });
		expect((task.run as { data: { name: string } }).data.name).toBe('Onboarding - Initech');
		expect(
			(task.form_fields as { data: Array<{ label: string }> }).data.map((f) => f.label),
		).toEqual(['Call Notes', 'Outcome']);
	});

	it('reads a task through its process, refusing a task of another process', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = t.sandbox.taskId(initech, 'approve');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getProcessTask', { processId: byId(initech), taskId: byId(taskId) }),
		});
		expect(calls()).toEqual([`GET ${org(`/runs/${initech}/tasks/${taskId}`)}`]);
		expect(t.sandbox.requests[0].query).toEqual({});
		expect(jsonOf(run)[0]).toMatchObject({
			id: taskId,
			title: 'Approve contract',
			run_id: initech,
		});
		const laptops = t.sandbox.fixtures.processes.laptops;
		const wrong = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getProcessTask', { processId: byId(laptops), taskId: byId(taskId) }),
		});
		expect(wrong.error?.message).toBe(
			`Tallyfy could not find the task with ID '${taskId}' (in process '${laptops}') (404)`,
		);
	});
});

describe('Task > personal task lists', () => {
	it('Get My Tasks lists the credential user’s tasks with this list’s own status values', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getMyTasks', {
				returnAll: true,
				filters: { status: 'completed', sort: 'newest' },
			}),
		});
		expect(calls()).toEqual([`GET ${org('/me/tasks')}`]);
		expect(t.sandbox.requests[0].query).toEqual({
			status: 'completed',
			sort: 'newest',
			page: '1',
			per_page: '100',
		});
		// Ada is assigned the approval steps; only Globex's is done.
		expect(jsonOf(run).map((task) => [task.title, task.status, task.run_id])).toEqual([
			['Approve contract', 'completed', t.sandbox.fixtures.processes.globex],
		]);
		expect(jsonOf(run).every((task) => !('summary' in task))).toBe(true);
	});

	it('Get Member’s Tasks lists a member’s tasks with the filters given', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getMemberTasks', {
				memberId: { mode: 'list', value: String(t.sandbox.fixtures.users.standard) },
				limit: 2,
				filters: { q: 'Laptops', status: 'incomplete' },
			}),
		});
		expect(calls()).toEqual([`GET ${org(`/users/${t.sandbox.fixtures.users.standard}/tasks`)}`]);
		expect(t.sandbox.requests[0].query).toEqual({
			q: 'Laptops',
			status: 'incomplete',
			page: '1',
			per_page: '2',
		});
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({
				title: 'Place order',
				run_id: t.sandbox.fixtures.processes.laptops,
			}),
		]);
	});

	it('Get Member’s Tasks names the member Tallyfy does not know', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getMemberTasks', { memberId: byId('4242') }),
		});
		expect(run.error?.message).toBe("Tallyfy could not find the member with ID '4242' (404)");
	});

	it('Get Guest’s Tasks finds the guest’s code from the email, then pages by ten', async () => {
		const guest = t.sandbox.fixtures.guests[0];
		const state = t.sandbox.state as unknown as {
			createTask(orgId: string, data: Record<string, unknown>): { id: string };
		};
		for (let n = 1; n <= 12; n++) {
			state.createTask(t.sandbox.fixtures.orgId, {
				title: `Sign form ${n}`,
				owners: { users: [], guests: [guest], groups: [] },
				deadline: `2026-12-${String(n).padStart(2, '0')}T10:00:00.000Z`,
			});
		}
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getGuestTasks', {
				guestEmail: { mode: 'list', value: guest },
				returnAll: true,
				filters: { sort: 'deadline' },
			}),
		});
		const link = [
			...(t.sandbox.state.guests as Map<string, { email: string; link: string }>).values(),
		].find((g) => g.email === guest)!.link;
		const code = link.split('/').pop();
		expect(calls()).toEqual([
			`GET ${org(`/guests/${encodeURIComponent(guest)}`)}`,
			`GET ${org(`/guests/${code}/tasks`)}`,
			`GET ${org(`/guests/${code}/tasks`)}`,
		]);
		expect(t.sandbox.requests.slice(1).map((r) => r.query)).toEqual([
			{ sort: 'deadline', page: '1', per_page: '100' },
			{ sort: 'deadline', page: '2', per_page: '100' },
		]);
		expect(jsonOf(run).map((task) => task.title)).toEqual(
			Array.from({ length: 12 }, (_, n) => `Sign form ${n + 1}`),
		);

		const before = t.sandbox.requests.length;
		const byCode = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getGuestTasks', { guestEmail: { mode: 'code', value: code }, limit: 3 }),
		});
		expect(calls().slice(before)).toEqual([`GET ${org(`/guests/${code}/tasks`)}`]);
		expect(jsonOf(byCode)).toHaveLength(3);
	});

	it('stops with a clear error, before listing, when the guest has no link to read the code from', async () => {
		const guest = t.sandbox.fixtures.guests[0];
		[
			...(t.sandbox.state.guests as Map<string, { email: string; link: string | null }>).values(),
		].find((g) => g.email === guest)!.link = null;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('getGuestTasks', { guestEmail: { mode: 'list', value: guest } }),
		});
		expect(run.error?.message).toBe(
			`Tallyfy returned no guest link for ${guest}, so the guest code is unknown`,
		);
		expect(calls()).toEqual([`GET ${org(`/guests/${encodeURIComponent(guest)}`)}`]);
	});
});

describe('Task > Update (one-off)', () => {
	it('reads the task and sends its title, deadline and owners along with the changes', async () => {
		const taskId = t.sandbox.taskId(null, 'Approve budget exception');
		const before = taskOf(taskId);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('update', {
				taskId: byId(taskId),
				updateFields: { summary: 'Up to 5,000 EUR', started_at: '2026-11-20' },
			}),
		});
		expect(calls()).toEqual([`GET ${org(`/tasks/${taskId}`)}`, `PUT ${org(`/tasks/${taskId}`)}`]);
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Approve budget exception',
			deadline: String(before.deadline).slice(0, 19).replace('T', ' '),
			owners: { users: [t.sandbox.fixtures.users.admin], guests: [], groups: [] },
			summary: 'Up to 5,000 EUR',
			started_at: '2026-11-20 00:00:00',
		});
		expect(jsonOf(run)[0]).toMatchObject({
			id: taskId,
			title: 'Approve budget exception',
			summary: 'Up to 5,000 EUR',
			started_at: '2026-11-20T00:00:00.000Z',
		});
	});

	it('changes the title and deadline when given, and refuses an empty update', async () => {
		const taskId = t.sandbox.taskId(null, 'Approve budget exception');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('update', {
				taskId: byId(taskId),
				updateFields: { title: 'Approve budget', deadline: '2026-12-31T18:00:00+01:00' },
			}),
		});
		expect(t.sandbox.requests[1].body).toMatchObject({
			title: 'Approve budget',
			deadline: '2026-12-31 17:00:00',
		});
		expect(jsonOf(run)[0]).toMatchObject({
			title: 'Approve budget',
			deadline: '2026-12-31T17:00:00.000Z',
		});
		const before = t.sandbox.requests.length;
		const empty = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('update', { taskId: byId(taskId), updateFields: { title: '' } }),
		});
		expect(empty.error?.message).toBe('Nothing to update: no field to change was given');
		expect(t.sandbox.requests).toHaveLength(before);
	});
});

describe('Task > Update Process Task', () => {
	it('sends a partial PUT without reading the task when no form values are given', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = t.sandbox.taskId(initech, 'kickoff');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('updateProcessTask', {
				processId: byId(initech),
				taskId: byId(taskId),
				updateFields: { deadline: '2026-12-10T09:00:00.000Z', top_secret: true },
			}),
		});
		expect(calls()).toEqual([`PUT ${org(`/runs/${initech}/tasks/${taskId}`)}`]);
		expect(t.sandbox.requests[0].body).toEqual({
			deadline: '2026-12-10 09:00:00',
			top_secret: true,
		});
		expect(jsonOf(run)[0]).toMatchObject({
			id: taskId,
			deadline: '2026-12-10T09:00:00.000Z',
			top_secret: true,
			owners: { users: [], guests: [], groups: [t.sandbox.fixtures.groups.onboarding] },
		});
	});

	it('encodes mapped form values for the task’s fields into taskdata', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const laptops = t.sandbox.fixtures.processes.laptops;
		const order = t.sandbox.taskId(laptops, 'order');
		const [orderNumber] = captureIds(order);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('updateProcessTask', {
				processId: byId(laptops),
				taskId: byId(order),
				updateFields: { title: 'Place the order' },
				formInput: 'mapper',
				formFields: mapped({ [orderNumber]: 'PO-1001' }),
			}),
		});
		expect(calls()).toEqual([
			`GET ${org(`/runs/${laptops}/tasks/${order}`)}`,
			`PUT ${org(`/runs/${laptops}/tasks/${order}`)}`,
		]);
		expect(t.sandbox.requests[0].query).toEqual({ with: 'form_fields' });
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Place the order',
			taskdata: { [orderNumber]: 'PO-1001' },
		});
		expect(jsonOf(run)[0]).toMatchObject({ title: 'Place the order' });
		expect((jsonOf(run)[0].form_fields as { data: Array<{ value: unknown }> }).data[0].value).toBe(
			'PO-1001',
		);
		expect(initech).not.toBe(laptops);
	});

	it('refuses an update without changes and passes on Tallyfy’s refusal for a completed task', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const welcome = t.sandbox.taskId(initech, 'welcome');
		const empty = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('updateProcessTask', { processId: byId(initech), taskId: byId(welcome) }),
		});
		expect(empty.error?.message).toBe('Nothing to update: no field to change was given');
		expect(empty.error?.description).toBe(
			'Add what should change with "Add Field", or give form values.',
		);
		expect(t.sandbox.requests).toHaveLength(0);
		const completed = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('updateProcessTask', {
				processId: byId(initech),
				taskId: byId(welcome),
				updateFields: { summary: 'Too late' },
			}),
		});
		expect(completed.error?.message).toBe(
			'Tallyfy rejected the values sent (422): task: A completed task cannot be updated.',
		);
	});
});

describe('Task > Set Form Values', () => {
	it('looks the process task up with its fields, then saves the encoded values', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const approve = t.sandbox.taskId(initech, 'approve');
		const welcome = t.sandbox.taskId(initech, 'welcome');
		taskOf(approve)._captures = taskOf(welcome)._captures;
		const [notes, outcome] = captureIds(approve);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('setFormValues', {
				taskId: byId(approve),
				formInput: 'mapper',
				formFields: mapped({ [notes]: 'Signed on the call', [outcome]: 'positive' }),
			}),
		});
		expect(calls()).toEqual([
			`GET ${org(`/tasks/${approve}`)}`,
			`PUT ${org(`/runs/${initech}/tasks/${approve}`)}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			taskdata: { [notes]: 'Signed on the call', [outcome]: { id: 1, text: 'Positive' } },
		});
		expect(
			(jsonOf(run)[0].form_fields as { data: Array<{ label: string; value: unknown }> }).data.map(
				(field) => [field.label, field.value],
			),
		).toEqual([
			['Call Notes', 'Signed on the call'],
			['Outcome', { id: 1, text: 'Positive' }],
		]);
	});

	it('saves values on a one-off task with the title, deadline and owners Tallyfy requires', async () => {
		const taskId = oneOffWithForm();
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('setFormValues', {
				taskId: byId(taskId),
				formValues: {
					values: [
						{ field: 'address', value: '1 Main St' },
						{ field: 'Carrier', value: 'ups' },
					],
				},
			}),
		});
		expect(calls()).toEqual([`GET ${org(`/tasks/${taskId}`)}`, `PUT ${org(`/tasks/${taskId}`)}`]);
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Collect shipping details',
			deadline: '2026-12-01 12:00:00',
			owners: {
				users: [t.sandbox.fixtures.users.standard],
				guests: ['gina@client.example'],
				groups: [],
			},
			taskdata: {
				aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1: '1 Main St',
				aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2: 'UPS',
			},
		});
		expect(jsonOf(run)[0]).toMatchObject({ id: taskId, title: 'Collect shipping details' });
	});

	it('refuses unknown fields and options naming the task, and an empty input', async () => {
		const taskId = oneOffWithForm();
		const list = (field: string, value: string) => ({
			taskId: byId(taskId),
			formValues: { values: [{ field, value }] },
		});
		const unknown = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('setFormValues', list('Postcode', '12345')),
		});
		expect(unknown.error?.message).toBe(
			'There is no form field "Postcode" in task "Collect shipping details"',
		);
		expect(unknown.error?.description).toBe(
			'Use the ID, alias or label of one of: "Address" (alias address, ID aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1); "Carrier" (alias carrier, ID aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2) (parameter "Form Values")',
		);
		const option = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('setFormValues', list('Carrier', 'FedEx')),
		});
		expect(option.error?.message).toBe(
			'"FedEx" is not an option of the radio form field "Carrier"',
		);
		expect(t.sandbox.requestsTo('', 'PUT')).toHaveLength(0);
		const before = t.sandbox.requests.length;
		const empty = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('setFormValues', {
				taskId: byId(taskId),
				formInput: 'mapper',
				formFields: mapped({}),
			}),
		});
		expect(empty.error?.message).toBe('The parameter "Form Values" is empty');
		expect(t.sandbox.requests).toHaveLength(before);
	});
});

describe('Task > Reassign', () => {
	const reassign = (taskId: string, change: string, people: Record<string, string>) =>
		taskOp('reassign', { taskId: byId(taskId), change, ...people });

	it('adds people and sends all three owner groups so none is emptied', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const manager = t.sandbox.taskId(laptops, 'manager');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				...reassign(manager, 'add', { guests: 'hank@client.example' }),
				processId: byId(laptops),
			},
		});
		expect(calls()).toEqual([
			`GET ${org(`/runs/${laptops}/tasks/${manager}`)}`,
			`PUT ${org(`/runs/${laptops}/tasks/${manager}`)}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			owners: {
				users: [t.sandbox.fixtures.users.admin],
				guests: ['hank@client.example'],
				groups: [],
			},
		});
		expect(jsonOf(run)[0].owners).toEqual({
			users: [t.sandbox.fixtures.users.admin],
			guests: ['hank@client.example'],
			groups: [],
		});
	});

	it('removes people from a one-off task, keeping everyone else', async () => {
		const taskId = oneOffWithForm();
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: reassign(taskId, 'remove', { guests: 'GINA@client.example' }),
		});
		expect(calls()).toEqual([`GET ${org(`/tasks/${taskId}`)}`, `PUT ${org(`/tasks/${taskId}`)}`]);
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Collect shipping details',
			deadline: '2026-12-01 12:00:00',
			owners: { users: [t.sandbox.fixtures.users.standard], guests: [], groups: [] },
		});
		expect(jsonOf(run)[0].owners).toEqual({
			users: [t.sandbox.fixtures.users.standard],
			guests: [],
			groups: [],
		});
	});

	it('replaces everyone, and refuses a change that names nobody', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const kickoff = t.sandbox.taskId(initech, 'kickoff');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: reassign(kickoff, 'replace', {
				members: String(t.sandbox.fixtures.users.light),
			}),
		});
		expect(t.sandbox.requests[1].body).toEqual({
			owners: { users: [t.sandbox.fixtures.users.light], guests: [], groups: [] },
		});
		expect(jsonOf(run)[0].owners).toEqual({
			users: [t.sandbox.fixtures.users.light],
			guests: [],
			groups: [],
		});
		const before = t.sandbox.requests.length;
		const nobody = await t.harness.run({
			credential: t.harness.pat(),
			parameters: reassign(kickoff, 'add', {}),
		});
		expect(nobody.error?.message).toBe('No one to add, remove or assign was given');
		expect(t.sandbox.requests).toHaveLength(before);
	});
});

describe('Task > a read without all assignees', () => {
	it('changes nothing when Tallyfy’s answer lacks an assignee group', async () => {
		const taskId = oneOffWithForm();
		t.sandbox.fault({
			status: 200,
			method: 'GET',
			path: `/tasks/${taskId}`,
			body: { data: { id: taskId, title: 'Collect shipping details', run_id: null, owners: {} } },
		});
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('reassign', { taskId: byId(taskId), change: 'add', groups: 'g1' }),
		});
		expect(run.error?.message).toBe(
			'Tallyfy did not return who is assigned to the task "Collect shipping details"',
		);
		expect(run.error?.description).toBe(
			'Nothing was changed: the answer had no "users" list, and a change without it would unassign them. Run the node again.',
		);
		expect(calls()).toEqual([`GET ${org(`/tasks/${taskId}`)}`]);
	});
});

describe('Task > Reopen', () => {
	it('reopens a process task through its process, looked up when not given', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const welcome = t.sandbox.taskId(initech, 'welcome');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('reopen', { taskId: byId(welcome) }),
		});
		expect(calls()).toEqual([
			`GET ${org(`/tasks/${welcome}`)}`,
			`DELETE ${org(`/runs/${initech}/completed-tasks/${welcome}`)}`,
		]);
		expect(jsonOf(run)[0]).toMatchObject({
			id: welcome,
			status: 'in-progress',
			completed_at: null,
			completer_id: null,
		});
	});

	it('reopens a one-off task on the organization, and passes on a refusal for an open task', async () => {
		const taskId = t.sandbox.taskId(null, 'Approve budget exception');
		taskOf(taskId).status = 'completed';
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('reopen', { taskId: byId(taskId) }),
		});
		expect(calls()).toEqual([
			`GET ${org(`/tasks/${taskId}`)}`,
			`DELETE ${org(`/completed-tasks/${taskId}`)}`,
		]);
		expect(jsonOf(run)[0]).toMatchObject({ id: taskId, status: 'in-progress' });
		const again = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('reopen', { taskId: byId(taskId) }),
		});
		expect(again.error?.message).toBe(
			'Tallyfy rejected the values sent (422): task_id: The task is not completed.',
		);
	});
});

describe('Task > Clone, Archive and Delete Permanently', () => {
	it('clones a task into a new, open task', async () => {
		const taskId = t.sandbox.taskId(null, 'Approve budget exception');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('clone', { taskId: byId(taskId) }),
		});
		expect(calls()).toEqual([`POST ${org(`/tasks/${taskId}/clone`)}`]);
		expect(t.sandbox.requests[0].body).toBeUndefined();
		const [copy] = jsonOf(run);
		expect(copy).toMatchObject({ title: 'Approve budget exception', status: 'not-started' });
		expect(copy.id).not.toBe(taskId);
		expect(t.sandbox.state.tasks.has(String(copy.id))).toBe(true);
	});

	it('archives a one-off task and reports it, as Tallyfy answers without a body', async () => {
		const taskId = t.sandbox.taskId(null, 'Follow up with lead #7');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('archive', { taskId: { mode: 'list', value: taskId } }),
		});
		expect(calls()).toEqual([`DELETE ${org(`/tasks/${taskId}`)}`]);
		expect(jsonOf(run)).toEqual([{ id: taskId, archived: true }]);
		expect(taskOf(taskId).archived_at).toEqual(expect.any(String));
	});

	it('deletes a one-off task for good, and passes on the refusal for a process task', async () => {
		const taskId = t.sandbox.taskId(null, 'Follow up with lead #8');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('deletePermanently', { taskId: byId(taskId) }),
		});
		expect(calls()).toEqual([`DELETE ${org(`/tasks/${taskId}/delete`)}`]);
		expect(jsonOf(run)).toEqual([{ id: taskId, deleted: true }]);
		expect(t.sandbox.state.tasks.has(taskId)).toBe(false);
		const processTask = t.sandbox.taskId(t.sandbox.fixtures.processes.laptops, 'order');
		const refused = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('deletePermanently', { taskId: byId(processTask) }),
		});
		expect(refused.error?.message).toBe(
			'Tallyfy rejected the values sent (422): task: Only one-off tasks can be changed this way.',
		);
	});

	it('lists open one-off tasks for them, searched by Tallyfy', async () => {
		const result = await t.harness.listSearch(
			'searchOneOffTasks',
			{ credential: t.harness.pat(), parameters: taskOp('archive') },
			'budget',
		);
		expect(t.sandbox.requests[0].query).toEqual({
			is_oneoff: 'true',
			status: 'incomplete',
			q: 'budget',
			page: '1',
			per_page: '50',
		});
		expect(result).toEqual({
			results: [
				{
					name: 'Approve budget exception',
					value: t.sandbox.taskId(null, 'Approve budget exception'),
				},
			],
			paginationToken: undefined,
		});
	});
});

describe('Task > Restore', () => {
	it('brings an archived one-off task back, picked from the archived ones', async () => {
		const taskId = t.sandbox.taskId(null, 'Follow up with lead #9');
		taskOf(taskId).archived_at = '2026-11-20T10:00:00.000Z';
		const listed = await t.harness.listSearch(
			'searchArchivedTasks',
			{ credential: t.harness.pat(), parameters: taskOp('restore') },
			'lead #9',
		);
		expect(t.sandbox.requests[0].query).toEqual({
			is_oneoff: 'true',
			archived: 'only',
			q: 'lead #9',
			page: '1',
			per_page: '50',
		});
		expect(listed.results).toEqual([{ name: 'Follow up with lead #9', value: taskId }]);

		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('restore', { taskId: { mode: 'list', value: taskId } }),
		});
		expect(t.sandbox.requests.slice(1).map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`PUT ${org(`/tasks/${taskId}/restore`)}`,
		]);
		expect(t.sandbox.requests[1].body).toBeUndefined();
		expect(jsonOf(run)).toEqual([expect.objectContaining({ id: taskId, archived_at: null })]);
		expect(taskOf(taskId).archived_at).toBeNull();
	});

	it('passes on Tallyfy’s refusal for a task that is not archived', async () => {
		const taskId = t.sandbox.taskId(null, 'Follow up with lead #10');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: taskOp('restore', { taskId: byId(taskId) }),
		});
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): task_id: The task is not archived.',
		);
	});
});

describe('Task > Complete with form values', () => {
	it('saves the values on the task first, then completes it', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const order = t.sandbox.taskId(laptops, 'order');
		const [orderNumber] = captureIds(order);
		const parameters = complete({ taskId: byId(order), formInput: 'mapper' });
		const { fields } = await t.harness.resourceMapping('mapTaskFormFields', {
			credential: t.harness.pat(),
			parameters,
		});
		t.sandbox.requests.length = 0;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: { ...parameters, formFields: mapped({ [orderNumber]: 'PO-77' }, fields) },
		});
		expect(calls()).toEqual([
			`GET ${org(`/tasks/${order}`)}`,
			`PUT ${org(`/runs/${laptops}/tasks/${order}`)}`,
			`POST ${org(`/runs/${laptops}/completed-tasks`)}`,
		]);
		expect(t.sandbox.requests[0].query).toEqual({ with: 'form_fields' });
		expect(t.sandbox.requests[1].body).toEqual({ taskdata: { [orderNumber]: 'PO-77' } });
		expect(t.sandbox.requests[2].body).toEqual({ task_id: order });
		expect(jsonOf(run)[0]).toMatchObject({ id: order, status: 'completed' });
	});

	it('without the value of a required field, passes on Tallyfy’s refusal', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const order = t.sandbox.taskId(laptops, 'order');
		const [orderNumber] = captureIds(order);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: complete({ processId: byId(laptops), taskId: byId(order) }),
		});
		expect(calls()).toEqual([`POST ${org(`/runs/${laptops}/completed-tasks`)}`]);
		expect(run.error?.message).toBe(
			`Tallyfy rejected the values sent (422): taskdata.${orderNumber}: Order Number is required`,
		);
	});

	it('checks "on behalf of" before saving anything on a one-off task', async () => {
		const taskId = oneOffWithForm();
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: complete({
				taskId: byId(taskId),
				overrideUser: t.sandbox.fixtures.users.standard,
				formValues: { values: [{ field: 'Address', value: '1 Main St' }] },
			}),
		});
		expect(run.error?.message).toBe(
			'"Complete on Behalf of Member ID" works only for process tasks',
		);
		expect(calls()).toEqual([`GET ${org(`/tasks/${taskId}`)}`]);
	});
});

describe('Task list search', () => {
	it('follows the chosen process, and lists open tasks where there is no Process parameter', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const inProcess = await t.harness.listSearch('searchTasks', {
			credential: t.harness.pat(),
			parameters: taskOp('setFormValues', { processId: byId(laptops) }),
		});
		expect(t.sandbox.requests[0].routePath).toBe(org(`/runs/${laptops}/tasks`));
		expect(inProcess.results).toEqual([
			{ name: 'Manager approval', value: t.sandbox.taskId(laptops, 'manager') },
			{ name: 'Place order', value: t.sandbox.taskId(laptops, 'order') },
		]);
		const anywhere = await t.harness.listSearch(
			'searchTasks',
			{ credential: t.harness.pat(), parameters: taskOp('get') },
			'budget',
		);
		expect(t.sandbox.requests[1].routePath).toBe(org('/tasks'));
		expect(t.sandbox.requests[1].query).toEqual({
			status: 'incomplete',
			q: 'budget',
			page: '1',
			per_page: '50',
		});
		expect(anywhere.results).toEqual([
			{
				name: 'Approve budget exception',
				value: t.sandbox.taskId(null, 'Approve budget exception'),
			},
		]);
	});
});
