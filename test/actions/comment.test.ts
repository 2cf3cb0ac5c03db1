import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const byId = (value: string | number) => ({ mode: 'id', value: String(value) });
const comment = (operation: string, parameters: IDataObject) => ({
	resource: 'comment',
	operation,
	...parameters,
});
const org = () => `/organizations/${t.sandbox.fixtures.orgId}`;
const threads = () => [...t.sandbox.state.threads.values()];
const threadWith = (content: string) => threads().find((thread) => thread.content === content)!;

/** The first task of Onboarding - Initech, which carries two seeded comments. */
const initechWelcome = () => t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'welcome');
/** The first task of Purchase - Laptops, which carries the open issue "Budget code missing". */
const laptopsManager = () => t.sandbox.taskId(t.sandbox.fixtures.processes.laptops, 'manager');
const oneOffTask = () => t.sandbox.taskId(null, 'Approve budget exception');

describe('Comment > Create', () => {
	it('posts the content with the chosen visibility and label', async () => {
		const taskId = initechWelcome();
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('create', {
				taskId: byId(taskId),
				content: ' Please check with @[1002] ',
				state: 'open',
				label: 'advice',
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			[
				'POST',
				`${org()}/tasks/${taskId}/comment`,
				{ content: 'Please check with @[1002]', label: 'advice', state: 'open' },
			],
		]);
		const [created] = jsonOf(run);
		expect(created).toMatchObject({
			task_id: taskId,
			content: 'Please check with @[1002]',
			label: 'advice',
			state: 'open',
			sent_by: t.sandbox.fixtures.users.admin,
		});
		expect(typeof created.id).toBe('number');
	});

	it('sends Tallyfy’s default visibility explicitly when none is chosen', async () => {
		await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('create', { taskId: byId(oneOffTask()), content: 'Noted' }),
		});
		expect(t.sandbox.requests[0].body).toEqual({
			content: 'Noted',
			label: 'comment',
			state: 'hide-for-guests',
		});
	});

	it('refuses empty content before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('create', { taskId: byId(initechWelcome()), content: '   ' }),
		});
		expect(run.error?.message).toBe('The parameter "Content" is empty');
		expect(run.error?.description).toBe('Enter the text to post, or an expression that gives it.');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses an empty task before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('create', { taskId: byId('={{ "" }}'), content: 'Hello' }),
		});
		expect(run.error?.message).toBe('The parameter "Task" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Comment > Create Without Notifications', () => {
	it('posts a bot comment that announces nothing', async () => {
		const taskId = oneOffTask();
		const announced: unknown[] = [];
		const events = t.sandbox.state.events as { on(event: string, listener: () => void): void };
		events.on('task.comment_added', () => announced.push('comment'));
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('createBot', { taskId: byId(taskId), content: 'Synced from CRM' }),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			['POST', `${org()}/tasks/${taskId}/bot-comment`, { content: 'Synced from CRM' }],
		]);
		expect(jsonOf(run)[0]).toMatchObject({ task_id: taskId, content: 'Synced from CRM' });
		expect(announced).toEqual([]);
	});
});

describe('Comment > Update', () => {
	it('replaces the text and sends only the fields chosen', async () => {
		const taskId = initechWelcome();
		const { id } = threadWith('Sent the welcome pack.');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('update', {
				taskId: byId(taskId),
				commentId: byId(id as number),
				content: 'Sent the welcome pack and the invoice.',
				updateFields: { state: 'collapsed' },
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			[
				'PUT',
				`${org()}/tasks/${taskId}/comment/${id}`,
				{ content: 'Sent the welcome pack and the invoice.', state: 'collapsed' },
			],
		]);
		expect(jsonOf(run)[0]).toMatchObject({
			id,
			content: 'Sent the welcome pack and the invoice.',
			state: 'collapsed',
			label: 'comment',
		});
	});

	it('refuses a comment ID that is not a whole number before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('update', {
				taskId: byId(initechWelcome()),
				commentId: byId('={{ "12a" }}'),
				content: 'x',
			}),
		});
		expect(run.error?.message).toBe('The parameter "Comment" is not a comment ID: "12a"');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('names the comment and its task when Tallyfy does not know it', async () => {
		const taskId = initechWelcome();
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('update', {
				taskId: byId(taskId),
				commentId: byId(424242),
				content: 'x',
			}),
		});
		expect(run.error?.message).toBe(
			`Tallyfy could not find the comment with ID '424242' (in task '${taskId}') (404)`,
		);
	});
});

describe('Comment > Delete', () => {
	it('deletes the comment and says so', async () => {
		const taskId = initechWelcome();
		const { id } = threadWith('Called the customer, all good.');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('delete', {
				taskId: byId(taskId),
				commentId: { mode: 'list', value: id },
			}),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`DELETE ${org()}/tasks/${taskId}/comment/${id}`,
		]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id }]);
		expect(t.sandbox.state.threads.has(id as number)).toBe(false);
	});
});

describe('Comment > Get Many', () => {
	it('lists the comments of a process task through its process, one item per comment', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = initechWelcome();
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('getAll', {
				processId: byId(initech),
				taskId: byId(taskId),
				returnAll: true,
				simplify: false,
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.query])).toEqual([
			['GET', `${org()}/runs/${initech}/tasks/${taskId}`, { with: 'threads' }],
		]);
		expect(jsonOf(run).map((c) => [c.content, c.label, c.task_id])).toEqual([
			['Called the customer, all good.', 'comment', taskId],
			['Sent the welcome pack.', 'comment', taskId],
		]);
		expect(jsonOf(run)[0].author).toMatchObject({ full_name: 'Ada Admin' });
	});

	it('lists the comments of a one-off task, which the official node cannot', async () => {
		const taskId = oneOffTask();
		(t.sandbox.state.addThread as (task: unknown, userId: number, spec: IDataObject) => void)(
			t.sandbox.state.tasks.get(taskId),
			t.sandbox.fixtures.users.standard,
			{
				content: 'Budget approved by finance',
				at: '2026-11-02T10:00:00.000Z',
			},
		);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('getAll', { taskId: byId(taskId), returnAll: true }),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.query])).toEqual([
			['GET', `${org()}/tasks/${taskId}`, { with: 'threads' }],
		]);
		const [only] = jsonOf(run);
		// Simplify (on by default) keeps who said what and when, and drops the bookkeeping.
		expect(only).not.toHaveProperty('sent_to');
		expect(only).not.toHaveProperty('last_updated_at');
		expect(only).not.toHaveProperty('archived_at');
		expect(only).toMatchObject({
			task_id: taskId,
			label: 'comment',
			state: 'hide-for-guests',
			author: expect.objectContaining({ full_name: 'Sam Standard' }),
			content: 'Budget approved by finance',
			sent_by: t.sandbox.fixtures.users.standard,
		});
	});

	it('stops at the Limit', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('getAll', { taskId: byId(initechWelcome()), returnAll: false, limit: 1 }),
		});
		expect(jsonOf(run).map((c) => c.content)).toEqual(['Called the customer, all good.']);
	});

	it('gives no items for a task without comments', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('getAll', { taskId: byId(oneOffTask()), returnAll: true }),
		});
		expect(run.status).toBe('success');
		expect(run.items).toEqual([]);
	});
});

describe('Comment > Report Issue', () => {
	it('raises an issue that flags the process', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = t.sandbox.taskId(initech, 'kickoff');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('reportIssue', { taskId: byId(taskId), content: 'Room not booked' }),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			['POST', `${org()}/tasks/${taskId}/problem`, { content: 'Room not booked' }],
		]);
		expect(jsonOf(run)[0]).toMatchObject({ label: 'problem', content: 'Room not booked' });
		expect(t.sandbox.state.runs.get(initech)?.has_open_issue).toBe(true);
	});
});

describe('Comment > Resolve Issue', () => {
	it('resolves an open issue with the thread ID as a number', async () => {
		const taskId = laptopsManager();
		const problem = threadWith('Budget code missing');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('resolveIssue', {
				taskId: byId(taskId),
				commentId: byId(problem.id as number),
				content: 'Budget code added',
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			[
				'POST',
				`${org()}/tasks/${taskId}/resolved-threads`,
				{ thread_id: problem.id, content: 'Budget code added' },
			],
		]);
		const [resolution] = jsonOf(run);
		expect(resolution).toMatchObject({ label: 'resolve', content: 'Budget code added' });
		expect(problem.resolve_id).toBe(resolution.id);
		expect(t.sandbox.state.runs.get(t.sandbox.fixtures.processes.laptops)?.has_open_issue).toBe(
			false,
		);
	});

	it('passes on Tallyfy’s refusal of a comment that is not an open issue', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('resolveIssue', {
				taskId: byId(initechWelcome()),
				commentId: byId(threadWith('Sent the welcome pack.').id as number),
				content: 'Done',
			}),
		});
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): thread_id: The selected thread id is invalid.',
		);
	});

	it('names the Issue parameter when it is empty', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: comment('resolveIssue', {
				taskId: byId(laptopsManager()),
				commentId: byId('={{ "" }}'),
				content: 'Done',
			}),
		});
		expect(run.error?.message).toBe('The parameter "Issue" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Comment list search', () => {
	it('lists the comments of the chosen task, filtered by the search text', async () => {
		const taskId = initechWelcome();
		const spec = {
			credential: t.harness.pat(),
			parameters: comment('update', { taskId: byId(taskId) }),
		};
		const all = await t.harness.listSearch('searchComments', spec);
		expect(all.results.map((result) => result.name)).toEqual([
			'comment: Called the customer, all good.',
			'comment: Sent the welcome pack.',
		]);
		expect(all.results[0].value).toBe(String(threadWith('Called the customer, all good.').id));
		const filtered = await t.harness.listSearch('searchComments', spec, 'welcome');
		expect(filtered.results.map((result) => result.name)).toEqual([
			'comment: Sent the welcome pack.',
		]);
		expect(t.sandbox.requests[0].query).toEqual({ with: 'threads' });
	});

	it('asks for nothing until a task is chosen', async () => {
		const found = await t.harness.listSearch('searchComments', {
			credential: t.harness.pat(),
			parameters: comment('update', {}),
		});
		expect(found.results).toEqual([]);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('links pasted "By URL"', () => {
	const getMany = (processId: IDataObject, taskId: IDataObject) =>
		comment('getAll', { processId, taskId, returnAll: true });

	it('takes the process ID from a process link and the task ID from a task magic link', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = initechWelcome();
		const orgId = t.sandbox.fixtures.orgId;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getMany(
				{ mode: 'url', value: `https://go.tallyfy.com/${orgId}/processes/${initech}` },
				{
					mode: 'url',
					value: `https://go.tallyfy.com/${orgId}/magic?action=completeTask&task_id=${taskId}`,
				},
			),
		});
		expect(run.status).toBe('success');
		expect(t.sandbox.requests.map((r) => r.routePath)).toEqual([
			`${org()}/runs/${initech}/tasks/${taskId}`,
		]);
	});

	it('takes the process ID from a webhook ClientURL', async () => {
		const laptops = t.sandbox.fixtures.processes.laptops;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getMany(
				{ mode: 'url', value: `https://go.tallyfy.com/tracker/${laptops}` },
				byId(laptopsManager()),
			),
		});
		expect(run.status).toBe('success');
		expect(t.sandbox.requests[0].routePath).toBe(
			`${org()}/runs/${laptops}/tasks/${laptopsManager()}`,
		);
	});

	it('takes an ID followed by more of the link, on a staging host too', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const orgId = t.sandbox.fixtures.orgId;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getMany(
				{
					mode: 'url',
					value: `https://staging.go.tallyfy.com/${orgId}/processes/${initech}?tab=tasks`,
				},
				byId(initechWelcome()),
			),
		});
		expect(run.status).toBe('success');
		expect(t.sandbox.requests[0].routePath).toBe(
			`${org()}/runs/${initech}/tasks/${initechWelcome()}`,
		);
	});

	it('refuses a link that is not a Tallyfy process link before any request', async () => {
		const link = `https://example.com/processes/${t.sandbox.fixtures.processes.laptops}`;
		await expect(
			t.harness.run({
				credential: t.harness.pat(),
				parameters: getMany({ mode: 'url', value: link }, byId(laptopsManager())),
			}),
		).rejects.toThrow('Not a Tallyfy link to a process');
		// An expression escapes the editor's check; the node still refuses the value.
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getMany({ mode: 'url', value: `={{ "${link}" }}` }, byId(laptopsManager())),
		});
		expect(run.status).toBe('error');
		expect(run.error?.message).toMatch(/Process parameter's value is invalid/);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
