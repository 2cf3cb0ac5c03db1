import type { IDataObject } from 'n8n-workflow';

import type { RecordedRequest } from '../sandbox';
import { useTriggers } from '../harness/triggers';

const t = useTriggers();

const byId = (value: string) => ({ mode: 'id', value });
const org = (path: string) => `/organizations/${t.sandbox.fixtures.orgId}${path}`;
const calls = (requests: RecordedRequest[]) =>
	requests.map((r) => [`${r.method} ${r.routePath}`, r.query]);
const pollerFor = (parameters: IDataObject) =>
	t.polling({ credential: t.harness.pat(), parameters });
const day = 86_400_000;

describe('Tallyfy Polling Trigger > watermarks', () => {
	it('seeds on an empty scope without emitting, then emits the first process launched', async () => {
		const empty = t.sandbox.fixtures.blueprints.empty;
		const poller = pollerFor({ event: 'processLaunched', blueprintFilter: byId(empty) });
		const runsPage = [
			`GET ${org('/runs')}`,
			{ checklist_id: empty, sort: '-created_at', page: '1', per_page: '100' },
		];

		const seed = await poller.poll();
		expect(seed.items).toBeNull();
		expect(calls(seed.requests)).toEqual([runsPage]);
		expect(poller.staticData.state).toMatchObject({ since: null, ids: [] });

		const run = t.sandbox.act({ action: 'launch', blueprint: empty, name: 'First ever' });
		const first = await poller.poll();
		expect(first.items).toEqual([
			expect.objectContaining({ event: 'process.launched', id: run.id, name: 'First ever' }),
		]);
		expect(calls(first.requests)).toEqual([runsPage]);

		const idle = await poller.poll();
		expect(idle.items).toBeNull();
		expect(calls(idle.requests)).toEqual([runsPage]);
	});

	it('reads a burst of 250 completed tasks across three pages, each once and oldest first', async () => {
		const poller = pollerFor({ event: 'taskCompleted' });
		const page = (n: number) => [
			`GET ${org('/tasks')}`,
			{ status: 'complete', sort: 'completed_newest', page: String(n), per_page: '100' },
		];
		const seed = await poller.poll();
		expect(seed.items).toBeNull();
		expect(calls(seed.requests)).toEqual([page(1)]);

		const burst = t.sandbox.burst({ count: 250 });
		const caughtUp = await poller.poll();

		expect(calls(caughtUp.requests)).toEqual([page(1), page(2), page(3)]);
		expect(caughtUp.items?.map((item) => item.id)).toEqual(burst);
		expect(caughtUp.items?.every((item) => item.event === 'task.completed')).toBe(true);
		const times = caughtUp.items?.map((item) => Date.parse(String(item.completed_at))) ?? [];
		expect(times).toEqual([...times].sort((a, b) => a - b));

		const idle = await poller.poll();
		expect(idle.items).toBeNull();
		expect(calls(idle.requests)).toEqual([page(1)]);
		expect(JSON.stringify(poller.staticData).length).toBeLessThan(500);
	});

	it('never emits an event twice when it shares its timestamp with the watermark', async () => {
		const poller = pollerFor({ event: 'taskCompleted' });
		await poller.poll();
		const [firstId] = t.sandbox.burst({ count: 1 });
		expect((await poller.poll()).items?.map((item) => item.id)).toEqual([firstId]);
		const first = t.sandbox.state.tasks.get(firstId) as IDataObject;
		const [secondId] = t.sandbox.burst({ count: 1 });
		const second = t.sandbox.state.tasks.get(secondId) as IDataObject;
		second.completed_at = first.completed_at;

		expect((await poller.poll()).items?.map((item) => item.id)).toEqual([secondId]);
		expect((await poller.poll()).items).toBeNull();
	});

	it.each([
		['processCompleted', '/runs', { status: 'complete', sort: '-completed_at' }],
		['kickoffSubmitted', '/runs', { sort: '-prerun_completed_at' }],
		['processLaunched', '/runs', { sort: '-created_at' }],
		['taskCompleted', '/tasks', { status: 'complete', sort: 'completed_newest' }],
	])(
		'%s asks for documented filters only, and an idle poll costs one request',
		async (event, path, query) => {
			const poller = pollerFor({ event });
			await poller.poll();
			const idle = await poller.poll();
			expect(idle.items).toBeNull();
			expect(calls(idle.requests)).toEqual([
				[`GET ${org(path)}`, { ...query, page: '1', per_page: '100' }],
			]);
		},
	);

	it('emits a completed process and a submitted kick-off form', async () => {
		const completed = pollerFor({ event: 'processCompleted' });
		const kickoff = pollerFor({
			event: 'kickoffSubmitted',
			blueprintFilter: byId(t.sandbox.fixtures.blueprints.onboarding),
		});
		await completed.poll();
		await kickoff.poll();
		const initech = t.sandbox.fixtures.processes.initech;
		t.sandbox.act({ action: 'complete', task: t.sandbox.taskId(initech, 'approve') });
		t.sandbox.act({ action: 'complete', task: t.sandbox.taskId(initech, 'kickoff') });
		const run = t.sandbox.act({
			action: 'launch',
			blueprint: t.sandbox.fixtures.blueprints.onboarding,
			name: 'Onboarding - Umbrella',
		});

		expect((await completed.poll()).items).toEqual([
			expect.objectContaining({ event: 'process.completed', id: initech, status: 'complete' }),
		]);
		expect((await kickoff.poll()).items).toEqual([
			expect.objectContaining({ event: 'process.kickoff_submitted', id: run.id }),
		]);
	});

	it('keeps only tasks of the chosen blueprint, still moving the watermark past the others', async () => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const poller = pollerFor({ event: 'taskCompleted', blueprintFilter: byId(purchase) });
		await poller.poll();
		t.sandbox.burst({ count: 3 });
		const laptops = t.sandbox.fixtures.processes.laptops;
		const manager = t.sandbox.taskId(laptops, 'manager');
		t.sandbox.act({ action: 'complete', task: manager });

		expect((await poller.poll()).items?.map((item) => item.id)).toEqual([manager]);
		expect((await poller.poll()).items).toBeNull();
	});

	it('shows the latest events in a manual run and leaves the state alone', async () => {
		const poller = pollerFor({ event: 'taskCompleted' });
		await poller.poll();
		const burst = t.sandbox.burst({ count: 8 });
		const state = JSON.stringify(poller.staticData);

		const manual = await poller.poll({ manual: true });

		expect(manual.items?.map((item) => item.id)).toEqual(burst.slice(-5));
		expect(calls(manual.requests)).toEqual([
			[
				`GET ${org('/tasks')}`,
				{ status: 'complete', sort: 'completed_newest', page: '1', per_page: '5' },
			],
		]);
		expect(JSON.stringify(poller.staticData)).toBe(state);
		expect((await poller.poll()).items?.map((item) => item.id)).toEqual(burst);
	});

	it('starts over with a new watermark when the event is changed', async () => {
		const poller = pollerFor({ event: 'processLaunched' });
		await poller.poll();
		t.sandbox.burst({ count: 2 });
		poller.node.parameters.event = 'taskCompleted';

		expect((await poller.poll()).items).toBeNull();
		expect(poller.staticData.state).toMatchObject({ scope: JSON.stringify(['taskCompleted', '']) });
		expect((await poller.poll()).items).toBeNull();
	});
});

describe('Tallyfy Polling Trigger > lists', () => {
	it('Task Assigned to Me reads the caller’s own tasks and emits the new ones once', async () => {
		const poller = pollerFor({ event: 'taskAssigned' });
		const seed = await poller.poll();
		expect(seed.items).toBeNull();
		expect(calls(seed.requests)).toEqual([
			[`GET ${org('/me/tasks')}`, { status: 'active', page: '1', per_page: '100' }],
		]);

		const run = t.sandbox.act({
			action: 'launch',
			blueprint: t.sandbox.fixtures.blueprints.onboarding,
			name: 'Onboarding - Initrode',
		});
		const approve = t.sandbox.taskId(String(run.id), 'approve');

		const next = await poller.poll();
		expect(next.items).toEqual([
			expect.objectContaining({ event: 'task.assigned', id: approve, title: 'Approve contract' }),
		]);
		expect((await poller.poll()).items).toBeNull();
	});

	it.each([
		['taskOverdue', 'overdue', 'task.overdue', -day],
		['taskDueSoon', 'due_soon', 'task.due_soon', day],
	])('%s emits a task when it enters Tallyfy’s %s list', async (event, status, output, offset) => {
		const run = t.sandbox.act({
			action: 'launch',
			blueprint: t.sandbox.fixtures.blueprints.purchase,
			name: 'Purchase - Chairs',
		});
		const poller = pollerFor({ event });
		await poller.poll();
		const taskId = t.sandbox.taskId(String(run.id), 'order');
		(t.sandbox.state.tasks.get(taskId) as IDataObject).deadline = new Date(
			Date.now() + offset,
		).toISOString();

		const next = await poller.poll();

		expect(next.items).toEqual([expect.objectContaining({ event: output, id: taskId })]);
		expect(next.requests.every((r) => r.query.status === status)).toBe(true);
		expect((await poller.poll()).items).toBeNull();
	});
});

describe('Tallyfy Polling Trigger > comments and issues', () => {
	it('emits new comments and issues of one process, in order, for one request per poll', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const poller = pollerFor({ event: 'commentAdded', watch: 'process', processId: byId(initech) });
		const tasksPage = [
			`GET ${org(`/runs/${initech}/tasks`)}`,
			{ with: 'threads', page: '1', per_page: '100' },
		];
		const seed = await poller.poll();
		expect(seed.items).toBeNull();
		expect(calls(seed.requests)).toEqual([tasksPage]);

		const taskId = t.sandbox.taskId(initech, 'approve');
		const comment = t.sandbox.act({ action: 'comment', task: taskId, content: 'Draft attached' });
		const issue = t.sandbox.act({ action: 'issue', task: taskId, content: 'Wrong price' });

		const next = await poller.poll();
		expect(calls(next.requests)).toEqual([tasksPage]);
		expect(next.items).toEqual([
			expect.objectContaining({
				event: 'task.comment_added',
				kind: 'comment',
				id: comment.id,
				content: 'Draft attached',
				task_id: taskId,
				task_title: 'Approve contract',
				run_id: initech,
			}),
			expect.objectContaining({ event: 'task.issue_raised', kind: 'issue', id: issue.id }),
		]);
		expect((await poller.poll()).items).toBeNull();
	});

	it('watches the active processes of a blueprint', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const poller = pollerFor({
			event: 'commentAdded',
			watch: 'blueprint',
			blueprintId: byId(onboarding),
		});
		const seed = await poller.poll();
		const initech = t.sandbox.fixtures.processes.initech;
		expect(calls(seed.requests)).toEqual([
			[
				`GET ${org('/runs')}`,
				{ checklist_id: onboarding, status: 'active', page: '1', per_page: '100' },
			],
			[`GET ${org(`/runs/${initech}/tasks`)}`, { with: 'threads', page: '1', per_page: '100' }],
		]);
		const comment = t.sandbox.act({
			action: 'comment',
			task: t.sandbox.taskId(initech, 'kickoff'),
		});

		expect((await poller.poll()).items?.map((item) => item.id)).toEqual([comment.id]);
	});

	it('refuses to poll comments without a process, before any request', async () => {
		const poller = pollerFor({ event: 'commentAdded', watch: 'process', processId: byId('') });
		await expect(poller.poll()).rejects.toThrow('The parameter "Process" is empty');
		expect(t.sandbox.requests).toEqual([]);
	});
});
