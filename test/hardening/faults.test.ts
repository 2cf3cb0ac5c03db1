import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import * as retryPolicy from '../../nodes/Tallyfy/transport/retry';
import { jsonOf, type RunResult } from '../harness';
import { useSandbox } from '../harness/setup';
import type { WebhookSandbox } from '../sandbox';

/*
 * Faults in the middle of a run: each run either completes with every record exactly once, or
 * fails with a message that says what happened; no request that may have been carried out is
 * sent twice.
 */
const t = useSandbox();

const sandbox = () => t.sandbox as WebhookSandbox;
const PROCESSES = 1000;
const byId = (value: string) => ({ mode: 'id', value });

/**
 * Return All over the processes of the "empty" blueprint: PROCESSES records, 10 pages, read one
 * after another (so the order of the requests can be checked) unless `parallelRequests` says.
 */
const everyProcess = (parallelRequests = 1) => ({
	resource: 'process',
	operation: 'getAll',
	returnAll: true,
	simplify: false,
	filters: { checklist_id: t.sandbox.fixtures.blueprints.empty, status: 'active' },
	parallelRequests,
});

function seedProcesses(): string[] {
	return sandbox().burst({ count: PROCESSES, kind: 'process.launched' });
}

const pagesRead = () =>
	t.sandbox.requestsTo('/runs', 'GET').map((request) => Number(request.query.page));

function expectEveryRecordOnce(run: RunResult, ids: string[]) {
	expect(run.status).toBe('success');
	const read = jsonOf(run).map((process) => String(process.id));
	expect(read).toHaveLength(ids.length);
	expect(new Set(read)).toEqual(new Set(ids));
}

const launch = (name: string) => ({
	resource: 'process',
	operation: 'launch',
	blueprintId: byId(t.sandbox.fixtures.blueprints.empty),
	name,
});

const launched = (name: string) =>
	[...t.sandbox.state.runs.values()].filter((run: IDataObject) => run.name === name);

describe('a token revoked halfway through a Return All', () => {
	it('client credentials: fetches one new token and finishes with every record once', async () => {
		const ids = seedProcesses();
		const credential = t.harness.oauth();
		t.sandbox.fault({ method: 'GET', path: '/runs', after: 5, status: 0, revokeTokens: true });

		const run = await t.harness.run({ credential, parameters: everyProcess() });

		expectEveryRecordOnce(run, ids);
		expect(t.sandbox.requestsTo('/oauth/token')).toHaveLength(2);
		expect(pagesRead()).toEqual([1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10]);
		const [refused] = t.sandbox.requestsTo('/runs', 'GET').slice(5, 6);
		expect(refused.headers.authorization).not.toBe(
			`Bearer ${String(t.harness.credentials.get(credential.id).data.accessToken)}`,
		);
	});

	it('personal token: stops with the message to create a new token, outputting nothing', async () => {
		seedProcesses();
		t.sandbox.fault({ method: 'GET', path: '/runs', after: 5, status: 0, revokeTokens: true });

		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess() });

		expect(run.status).toBe('error');
		expect(run.items).toEqual([]);
		expect(run.error?.message).toBe(
			'Tallyfy rejected the credentials: the token is invalid or has expired (401)',
		);
		expect(run.error?.description).toMatch(/Create a new one under Settings > Integrations/);
		// n8n sends a request refused with 401 once more after asking the credential to refresh,
		// which a personal token cannot: page 6 is read twice, then the run stops.
		expect(pagesRead()).toEqual([1, 2, 3, 4, 5, 6, 6]);
	});
});

describe('a burst of server errors', () => {
	const burst = (times: number) =>
		t.sandbox.fault({
			method: 'GET',
			path: '/runs',
			after: 3,
			times,
			status: 503,
			headers: { 'Retry-After': '0' },
		});

	it('retries the page that met it and finishes with every record once', async () => {
		const ids = seedProcesses();
		burst(3);
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess() });
		expectEveryRecordOnce(run, ids);
		expect(pagesRead()).toEqual([1, 2, 3, 4, 4, 4, 4, 5, 6, 7, 8, 9, 10]);
	});

	it('gives up after 5 attempts of one page, saying so', async () => {
		seedProcesses();
		burst(10);
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess() });
		expect(run.status).toBe('error');
		expect(run.error?.message).toBe("Tallyfy's server failed to handle the request (503)");
		expect(run.error?.description).toMatch(/^It was tried 5 times\./);
		expect(pagesRead()).toEqual([1, 2, 3, 4, 4, 4, 4, 4]);
	});

	it.each([500, 502, 503, 504])(
		'never sends a launch (POST) again after a %i; the other items go on',
		async (status) => {
			t.sandbox.fault({ method: 'POST', path: '/runs', after: 1, status });
			// One after another, so the second POST to arrive is the second item's.
			const parameters = { ...launch('={{ $json.name }}'), parallelRequests: 1 };
			const run = await t.harness.run(
				{ credential: t.harness.pat(), parameters, continueOnFail: true },
				[{ name: 'Fault A' }, { name: 'Fault B' }, { name: 'Fault C' }],
			);
			expect(t.sandbox.requestsTo('/runs', 'POST')).toHaveLength(3);
			expect(jsonOf(run).map((item) => item.name ?? item.error)).toEqual([
				'Fault A',
				`Tallyfy's server failed to handle the request (${status})`,
				'Fault C',
			]);
			expect(jsonOf(run)[1].description).toMatch(/A POST is never repeated automatically/);
		},
	);

	it('never sends a custom field value (PATCH) again after a 503', async () => {
		t.sandbox.fault({ method: 'PATCH', status: 503 });
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'customField',
				operation: 'setProcessValues',
				processId: byId(t.sandbox.fixtures.processes.initech),
				values: { value: [{ key: 'cost_center', value: 'CC-7' }] },
			},
		});
		expect(run.error?.description).toMatch(/A PATCH is never repeated automatically/);
		expect(t.sandbox.requestsTo('/custom-fields', 'PATCH')).toHaveLength(1);
	});
});

describe('a storm of 429s (Tallyfy’s rolling per-user limit)', () => {
	it('waits out every Retry-After and reads every record once', async () => {
		const ids = seedProcesses();
		t.sandbox.rateLimit({ limit: 4, windowMs: 1000, rolling: true });
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess() });
		expectEveryRecordOnce(run, ids);
		expect(t.sandbox.rateLimitWindow?.refused).toBeGreaterThan(0);
		expect(t.sandbox.rateLimitWindow?.accepted).toBe(10);
	});

	it('launches every item exactly once', async () => {
		t.sandbox.rateLimit({ limit: 4, windowMs: 1000, rolling: true });
		const names = Array.from({ length: 9 }, (_, index) => ({ name: `Storm ${index + 1}` }));
		const run = await t.harness.run(
			{ credential: t.harness.pat(), parameters: launch('={{ $json.name }}') },
			names,
		);
		expect(run.status).toBe('success');
		expect(t.sandbox.rateLimitWindow?.refused).toBeGreaterThan(0);
		for (const { name } of names) expect(launched(name)).toHaveLength(1);
	});
});

describe('a response slower than the request timeout', () => {
	beforeEach(() => {
		// Sixty seconds in production; shortened so the test does not wait that long.
		jest.replaceProperty(
			retryPolicy,
			'REQUEST_TIMEOUT_MS',
			300 as typeof retryPolicy.REQUEST_TIMEOUT_MS,
		);
	});

	afterEach(() => jest.restoreAllMocks());

	it('gives up on a slow page, reads it again and finishes with every record once', async () => {
		const ids = seedProcesses();
		t.sandbox.fault({ method: 'GET', path: '/runs', after: 2, status: 0, delayMs: 1000 });
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess() });
		expectEveryRecordOnce(run, ids);
		expect(pagesRead()).toEqual([1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it('fails a slow launch with a clear message and never sends it again', async () => {
		t.sandbox.fault({ method: 'POST', path: '/runs', status: 0, delayMs: 600 });
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: launch('Slow launch'),
		});
		expect(run.status).toBe('error');
		expect(run.error?.message).toBe('Tallyfy did not answer within 0.3 seconds');
		expect(run.error?.description).toMatch(
			/^A POST is never repeated automatically, because Tallyfy may have carried it out/,
		);
		expect(t.sandbox.requestsTo('/runs', 'POST')).toHaveLength(1);
		// Tallyfy did carry it out, once: the warning was warranted, and nothing was duplicated.
		await sleep(500);
		expect(launched('Slow launch')).toHaveLength(1);
	});
});

describe('the same faults while 10 pages are read in parallel', () => {
	const pagesReadSorted = () => pagesRead().sort((a, b) => a - b);
	const everyPageOnce = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

	it('a revoked client-credentials token: one new token for all the pages that met the 401', async () => {
		const ids = seedProcesses();
		// Answers that take a while, so the pages are in flight together when the token goes.
		t.sandbox.setLatency({ latencyMs: 30 });
		t.sandbox.fault({ method: 'GET', path: '/runs', after: 5, status: 0, revokeTokens: true });
		const run = await t.harness.run({
			credential: t.harness.oauth(),
			parameters: everyProcess(10),
		});
		expectEveryRecordOnce(run, ids);
		expect(t.sandbox.requestsTo('/oauth/token')).toHaveLength(2);
		expect(new Set(pagesRead())).toEqual(new Set(everyPageOnce));
		expect(t.sandbox.peakInFlight).toBeGreaterThan(1);
	});

	it('a revoked personal token: stops with the message, outputting nothing', async () => {
		seedProcesses();
		t.sandbox.fault({ method: 'GET', path: '/runs', after: 5, status: 0, revokeTokens: true });
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess(10) });
		expect(run.status).toBe('error');
		expect(run.items).toEqual([]);
		expect(run.error?.message).toBe(
			'Tallyfy rejected the credentials: the token is invalid or has expired (401)',
		);
	});

	it('503s on three page reads: retried, every record once', async () => {
		const ids = seedProcesses();
		t.sandbox.fault({
			method: 'GET',
			path: '/runs',
			after: 3,
			times: 3,
			status: 503,
			headers: { 'Retry-After': '0' },
		});
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess(10) });
		expectEveryRecordOnce(run, ids);
		expect(pagesRead()).toHaveLength(13);
		expect(new Set(pagesRead())).toEqual(new Set(everyPageOnce));
	});

	it('a single 500 on a page read: retried, every record once', async () => {
		const ids = seedProcesses();
		t.sandbox.fault({
			method: 'GET',
			path: '/runs',
			after: 4,
			times: 1,
			status: 500,
			headers: { 'Retry-After': '0' },
		});
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess(10) });
		expectEveryRecordOnce(run, ids);
		expect(pagesReadSorted()).toHaveLength(11);
	});

	it('a page slower than the timeout: read again, every record once', async () => {
		jest.replaceProperty(
			retryPolicy,
			'REQUEST_TIMEOUT_MS',
			300 as typeof retryPolicy.REQUEST_TIMEOUT_MS,
		);
		const ids = seedProcesses();
		t.sandbox.fault({ method: 'GET', path: '/runs', after: 2, status: 0, delayMs: 1000 });
		const run = await t.harness.run({ credential: t.harness.pat(), parameters: everyProcess(10) });
		jest.restoreAllMocks();
		expectEveryRecordOnce(run, ids);
		expect(pagesRead()).toHaveLength(11);
	});
});
