import { jsonOf } from './harness';
import { useSandbox } from './harness/setup';

const t = useSandbox();

const oneOffTasks = (extra: Record<string, unknown> = {}) => ({
	resource: 'task',
	operation: 'getAll',
	scope: 'organization',
	simplify: false,
	filters: { is_oneoff: 'true' },
	...extra,
});

const byId = (value: string) => ({ mode: 'id', value });

const getProcess = (id: string) => ({
	resource: 'process',
	operation: 'get',
	processId: byId(id),
});

const taskListRequests = () => t.sandbox.requestsTo('/tasks', 'GET');

describe('pagination', () => {
	it('reads 250 records in exactly 3 requests of 100, one item per record', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: oneOffTasks({ returnAll: true }),
		});
		expect(run.status).toBe('success');
		const ids = jsonOf(run).map((task) => task.id);
		expect(t.sandbox.fixtures.oneOffTaskCount).toBe(250);
		expect(ids).toHaveLength(250);
		expect(new Set(ids).size).toBe(250);
		expect(taskListRequests().map((r) => r.query)).toEqual(
			[1, 2, 3].map((page) => ({
				is_oneoff: 'true',
				page: String(page),
				per_page: '100',
			})),
		);
		expect(run.items.map((item) => item.pairedItem)).toEqual(ids.map(() => ({ item: 0 })));
	});

	it('stops after one request when a Limit of 30 is reached', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: oneOffTasks({ returnAll: false, limit: 30 }),
		});
		expect(jsonOf(run)).toHaveLength(30);
		expect(taskListRequests().map((r) => r.query)).toEqual([
			{ is_oneoff: 'true', page: '1', per_page: '30' },
		]);
	});

	it('pages with a fixed page size when the limit spans pages', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: oneOffTasks({ returnAll: false, limit: 150 }),
		});
		expect(jsonOf(run)).toHaveLength(150);
		expect(taskListRequests().map((r) => [r.query.page, r.query.per_page])).toEqual([
			['1', '100'],
			['2', '100'],
		]);
	});
});

describe('retries', () => {
	it('waits for Retry-After on a 429 and then succeeds', async () => {
		t.sandbox.fault({
			status: 429,
			times: 1,
			path: '/runs/',
			headers: { 'Retry-After': '1' },
			body: { message: "You've reached the limit for API requests.", code: 'RATE_LIMIT_EXCEEDED' },
		});
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getProcess(t.sandbox.fixtures.processes.initech),
		});
		expect(run.status).toBe('success');
		expect(jsonOf(run)[0].name).toBe('Onboarding - Initech');
		const [refused, accepted] = t.sandbox.requestsTo('/runs/');
		expect(accepted.at - refused.at).toBeGreaterThanOrEqual(950);
	});

	it('retries a GET that met a 503', async () => {
		t.sandbox.fault({ status: 503, times: 2, path: '/runs/' });
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getProcess(t.sandbox.fixtures.processes.initech),
		});
		expect(run.status).toBe('success');
		expect(t.sandbox.requestsTo('/runs/')).toHaveLength(3);
	});

	it('never repeats a POST that met a 503, and says to check Tallyfy first', async () => {
		t.sandbox.fault({ status: 503, times: 1, method: 'POST', path: '/runs' });
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'process',
				operation: 'launch',
				blueprintId: { mode: 'id', value: t.sandbox.fixtures.blueprints.empty },
				name: 'Only once',
			},
		});
		expect(run.status).toBe('error');
		expect(t.sandbox.requestsTo('/runs', 'POST')).toHaveLength(1);
		expect(run.error?.message).toBe("Tallyfy's server failed to handle the request (503)");
		expect(run.error?.description).toMatch(/A POST is never repeated automatically/);
	});

	it('gives up on a rate limit after 4 retries with the RATE_LIMIT_EXCEEDED text', async () => {
		t.sandbox.fault({
			status: 429,
			times: 10,
			path: '/runs/',
			headers: { 'Retry-After': '0' },
			body: {
				message:
					"You've reached the hourly limit for Comment (120 per hour per organization). Please try again later.",
				code: 'RATE_LIMIT_EXCEEDED',
			},
		});
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getProcess(t.sandbox.fixtures.processes.initech),
		});
		expect(t.sandbox.requestsTo('/runs/')).toHaveLength(5);
		expect(run.error?.message).toBe(
			"Tallyfy's rate limit is still exceeded after 5 attempts (429 RATE_LIMIT_EXCEEDED)",
		);
		expect(run.error?.description).toContain(
			'hourly limit for Comment (120 per hour per organization)',
		);
	});
});

describe('error messages', () => {
	it('names the process and ID on a 404', async () => {
		const missing = 'f'.repeat(32);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getProcess(missing),
		});
		expect(run.error?.message).toBe(
			`Tallyfy could not find the process with ID '${missing}' (404)`,
		);
		expect(run.error?.description).toContain(t.sandbox.fixtures.orgId);
	});

	it('lists the fields Tallyfy refused on a 422', async () => {
		t.sandbox.fault({
			status: 422,
			path: '/runs',
			method: 'POST',
			body: {
				error: true,
				errors: {
					name: ['The name field is required.'],
					owner_id: ['The selected owner id is invalid.'],
				},
			},
		});
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'process',
				operation: 'launch',
				blueprintId: { mode: 'id', value: t.sandbox.fixtures.blueprints.empty },
				name: 'x',
			},
		});
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): name: The name field is required.; owner_id: The selected owner id is invalid.',
		);
	});

	it('explains an expired personal token and how to get a new one', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat({ accessToken: 'expired' }),
			parameters: getProcess(t.sandbox.fixtures.processes.initech),
		});
		expect(run.error?.message).toBe(
			'Tallyfy rejected the credentials: the token is invalid or has expired (401)',
		);
		expect(run.error?.description).toMatch(/Settings > Integrations > REST API/);
	});

	it('says which role a 403 needs', async () => {
		t.sandbox.fault({
			status: 403,
			path: '/runs/',
			body: { error: true, message: 'You do not have permission to perform this action.' },
		});
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getProcess(t.sandbox.fixtures.processes.initech),
		});
		expect(run.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): You do not have permission to perform this action.',
		);
		expect(run.error?.description).toMatch(/Administrator role, ownership of the process/);
	});

	it('names the full seat pool on a 409 SEAT_POOL_EXHAUSTED', async () => {
		t.sandbox.fault({
			status: 409,
			path: '/runs/',
			body: {
				error: {
					code: 'SEAT_POOL_EXHAUSTED',
					message: 'Your organization has reached its committed light seat limit.',
					details: { pool_type: 'light' },
				},
			},
		});
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getProcess(t.sandbox.fixtures.processes.initech),
		});
		expect(run.error?.message).toBe(
			'Your Tallyfy organization has no free light seats left (409 SEAT_POOL_EXHAUSTED)',
		);
		expect(run.error?.description).toMatch(
			/^Your organization has reached its committed light seat limit\. Free a light seat/,
		);
	});

	it('says the host cannot be reached when nothing listens at the base URL', async () => {
		const credential = t.harness.pat({ baseUrl: 'http://127.0.0.1:9/api' });
		const run = await t.harness.run({
			credential,
			parameters: getProcess(t.sandbox.fixtures.processes.initech),
		});
		expect(run.error?.message).toBe('Could not reach Tallyfy at http://127.0.0.1:9/api');
		expect(run.error?.description).toMatch(/ECONNREFUSED/);
	});

	it('stamps the item index and, with Continue On Fail, keeps the other items', async () => {
		const parameters = { ...getProcess(''), processId: { mode: 'id', value: '={{ $json.id }}' } };
		const input = [
			{ id: t.sandbox.fixtures.processes.globex },
			{ id: 'e'.repeat(32) },
			{ id: t.sandbox.fixtures.processes.initech },
		];
		const failing = await t.harness.run({ credential: t.harness.pat(), parameters }, input);
		expect(failing.status).toBe('error');
		expect(failing.error?.context?.itemIndex).toBe(1);

		const continuing = await t.harness.run(
			{ credential: t.harness.pat(), parameters, continueOnFail: true },
			input,
		);
		expect(continuing.status).toBe('success');
		expect(
			continuing.items.map((item) => [item.json.name ?? item.json.error, item.pairedItem]),
		).toEqual([
			['Onboarding - Globex', { item: 0 }],
			[`Tallyfy could not find the process with ID '${'e'.repeat(32)}' (404)`, { item: 1 }],
			['Onboarding - Initech', { item: 2 }],
		]);
	});
});

describe('requests', () => {
	it('URL-encodes every path segment', async () => {
		// Group IDs have no documented format, so the value reaches the path as given.
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: { resource: 'group', operation: 'get', groupId: byId('={{ "a/b?c" }}') },
		});
		expect(run.status).toBe('error');
		expect(t.sandbox.requests[0].path).toBe(
			`/api/organizations/${t.sandbox.fixtures.orgId}/groups/a%2Fb%3Fc`,
		);
	});

	it('refuses a process ID from an expression that is not one, before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: getProcess('={{ "a/b?c" }}'),
		});
		expect(run.error?.message).toBe('The parameter "Process" is not a process ID: "a/b?c"');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
