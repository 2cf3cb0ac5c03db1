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
