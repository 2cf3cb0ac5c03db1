import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { RequestPool } from '../nodes/Tallyfy/transport/parallel';
import { jsonOf, type RunResult } from './harness';
import { useSandbox } from './harness/setup';
import type { WebhookSandbox } from './sandbox';

/*
 * Items and pages sent in parallel (Parallel Requests): the output is what a run one request
 * after another gives — same items, same order, each paired with its input — and nothing is
 * sent twice, whatever order Tallyfy answers in.
 */
const t = useSandbox();

const byId = (value: string) => ({ mode: 'id', value });
const names = (count: number) => Array.from({ length: count }, (_, index) => `Order ${index}`);
const launches = () => t.sandbox.requestsTo('/runs', 'POST');
const launchedNames = () => launches().map((request) => (request.body as IDataObject).name);

const launch = (extra: IDataObject = {}) => ({
	resource: 'process',
	operation: 'launch',
	blueprintId: byId('={{ $json.blueprint }}'),
	name: '={{ $json.name }}',
	...extra,
});

/** One input item per name, all on the "empty" blueprint unless `blueprints` says otherwise. */
const itemsFor = (list: string[], blueprints: Record<number, string> = {}) =>
	list.map((name, index) => ({
		name,
		blueprint: blueprints[index] ?? t.sandbox.fixtures.blueprints.empty,
	}));

const runLaunches = async (
	list: string[],
	extra: IDataObject = {},
	options: { continueOnFail?: boolean; blueprints?: Record<number, string> } = {},
) =>
	await t.harness.run(
		{
			credential: t.harness.pat(),
			parameters: launch(extra),
			continueOnFail: options.continueOnFail,
		},
		itemsFor(list, options.blueprints),
	);

function expectInInputOrder(run: RunResult, list: string[]) {
	expect(run.status).toBe('success');
	expect(jsonOf(run).map((process) => process.name)).toEqual(list);
	expect(run.items.map((item) => item.pairedItem)).toEqual(list.map((_, item) => ({ item })));
}

const MISSING_BLUEPRINT = '0'.repeat(32);
const INVALID_BLUEPRINT =
	'Tallyfy rejected the values sent (422): checklist_id: The selected checklist id is invalid.';

describe('items in parallel', () => {
	it('answers arriving out of order: output in input order, each paired, each launched once', async () => {
		t.sandbox.setLatency({ latencyMs: 20, jitterMs: 15 });
		const list = names(40);

		const run = await runLaunches(list);

		expectInInputOrder(run, list);
		expect([...launchedNames()].sort()).toEqual([...list].sort());
		expect(t.sandbox.peakInFlight).toBeGreaterThan(1);
		expect(t.sandbox.peakInFlight).toBeLessThanOrEqual(10);
	});

	it('Parallel Requests 1: one request at a time, in input order', async () => {
		t.sandbox.setLatency({ latencyMs: 5, jitterMs: 5 });
		const list = names(12);

		const run = await runLaunches(list, { parallelRequests: 1 });

		expectInInputOrder(run, list);
		expect(launchedNames()).toEqual(list);
		expect(t.sandbox.peakInFlight).toBe(1);
	});

	it('Parallel Requests 3: never more than 3 in flight', async () => {
		t.sandbox.setLatency({ latencyMs: 20, jitterMs: 10 });
		const list = names(15);

		const run = await runLaunches(list, { parallelRequests: 3 });

		expectInInputOrder(run, list);
		expect(t.sandbox.peakInFlight).toBe(3);
	});

	it('Continue On Fail: the failing item keeps its place and its pairing', async () => {
		t.sandbox.setLatency({ latencyMs: 20, jitterMs: 15 });
		const list = names(10);

		const run = await runLaunches(
			list,
			{},
			{ continueOnFail: true, blueprints: { 4: MISSING_BLUEPRINT } },
		);

		expect(run.status).toBe('success');
		const output = jsonOf(run);
		expect(output.map((json) => json.name ?? 'failed')).toEqual(
			list.map((name, index) => (index === 4 ? 'failed' : name)),
		);
		expect(output[4].error).toBe(INVALID_BLUEPRINT);
		expect(run.items.map((item) => item.pairedItem)).toEqual(list.map((_, item) => ({ item })));
		expect(launchedNames().filter((name) => name !== 'Order 4')).toHaveLength(9);
	});

	it('without Continue On Fail: the error names its item and the items that succeeded beside it', async () => {
		// Answers take 40 ms, so all ten items are in flight before item 5 is refused.
		t.sandbox.setLatency({ latencyMs: 40 });
		const list = names(10);

		const run = await runLaunches(list, {}, { blueprints: { 5: MISSING_BLUEPRINT } });

		expect(run.status).toBe('error');
		expect(run.items).toEqual([]);
		expect(run.error?.context?.itemIndex).toBe(5);
		expect(run.error?.message).toBe(INVALID_BLUEPRINT);
		expect(run.error?.description).toContain(
			'Items with index 6, 7, 8, 9, sent in parallel with this one, succeeded in Tallyfy; their output is lost with this error, so check Tallyfy before running them again.',
		);
		const carriedOut = [...(t.sandbox as WebhookSandbox).state.runs.values()].map(
			(process: IDataObject) => process.name,
		);
		expect(carriedOut).toEqual(expect.arrayContaining(list.filter((_, index) => index !== 5)));
	});

	it('a 429 storm: one shared pause, every item launched once, output in order', async () => {
		t.sandbox.rateLimit({ limit: 10, windowMs: 1000, rolling: true });
		// Answers take 20 ms and there are more items than slots, so items are still waiting to
		// start when the first 429 comes back: they must wait for the pause too.
		t.sandbox.setLatency({ latencyMs: 20 });
		const list = names(25);

		const run = await runLaunches(list);

		expectInInputOrder(run, list);
		const accepted = launches().filter((request) => request.status === 201);
		expect(accepted.map((request) => (request.body as IDataObject).name).sort()).toEqual(
			[...list].sort(),
		);
		const refusals = launches().filter((request) => request.status === 429);
		expect(refusals.length).toBeGreaterThan(0);
		// After the first 429 every request waits for Retry-After (1 s), not only the refused one.
		const firstRefusal = refusals[0].answeredAt!;
		const sentDuringPause = launches().filter(
			(request) => request.at > firstRefusal + 50 && request.at < firstRefusal + 900,
		);
		expect(sentDuringPause).toEqual([]);
	});
});

describe('operations that must keep their order', () => {
	it('Kick-Off Field > Add on three items: one after another, all three fields kept', async () => {
		t.sandbox.setLatency({ latencyMs: 10, jitterMs: 10 });
		const blueprint = t.sandbox.fixtures.blueprints.purchase;
		const labels = ['First', 'Second', 'Third'];

		const run = await t.harness.run(
			{
				credential: t.harness.pat(),
				parameters: {
					resource: 'kickoffField',
					operation: 'add',
					blueprintId: byId(blueprint),
					label: '={{ $json.label }}',
					fieldType: 'text',
					parallelRequests: 10,
				},
			},
			labels.map((label) => ({ label })),
		);

		expect(run.status).toBe('success');
		expect(jsonOf(run).map((field) => field.label)).toEqual(labels);
		const prerun = t.sandbox.state.checklists.get(blueprint)!.prerun as IDataObject[];
		expect(prerun.map((field) => field.label)).toEqual(['Item', 'Quantity Band', ...labels]);
		expect(t.sandbox.peakInFlight).toBe(1);
	});
});

describe('Return All with pages in parallel', () => {
	const seed = (count: number) =>
		(t.sandbox as WebhookSandbox).burst({ count, kind: 'process.launched' });
	const everyProcess = (extra: IDataObject) => ({
		resource: 'process',
		operation: 'getAll',
		simplify: false,
		filters: { checklist_id: t.sandbox.fixtures.blueprints.empty, status: 'active' },
		...extra,
	});
	const pagesRead = () =>
		t.sandbox.requestsTo('/runs', 'GET').map((request) => Number(request.query.page));

	it('1,000 records: ten page requests, each once, the same records in the same order as one at a time', async () => {
		seed(1000);
		t.sandbox.setLatency({ latencyMs: 20, jitterMs: 15 });
		const credential = t.harness.pat();

		const sequential = await t.harness.run({
			credential,
			parameters: everyProcess({ returnAll: true, parallelRequests: 1 }),
		});
		const sequentialPages = pagesRead();
		t.sandbox.requests.length = 0;
		const parallel = await t.harness.run({
			credential,
			parameters: everyProcess({ returnAll: true }),
		});

		expect(sequentialPages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect([...pagesRead()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(pagesRead()[0]).toBe(1);
		const ids = jsonOf(parallel).map((process) => process.id);
		expect(ids).toHaveLength(1000);
		expect(new Set(ids).size).toBe(1000);
		expect(ids).toEqual(jsonOf(sequential).map((process) => process.id));
		expect(parallel.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(
			true,
		);
	});

	it('a limit of 250: only the three pages it needs', async () => {
		seed(1000);
		t.sandbox.setLatency({ latencyMs: 10 });

		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: everyProcess({ returnAll: false, limit: 250 }),
		});

		expect(jsonOf(run)).toHaveLength(250);
		expect([...pagesRead()].sort((a, b) => a - b)).toEqual([1, 2, 3]);
	});
});

describe('the request pool', () => {
	const RATE_LIMITED = new Error('429');
	const pauseFor = (error: unknown) => (error === RATE_LIMITED ? 0 : undefined);

	/** Requests that stay in flight until the test answers them. */
	function gatedRequests(pool: RequestPool) {
		const inFlight: Array<{ answer: () => void; refuse: () => void }> = [];
		const send = () =>
			pool.send(
				async () =>
					await new Promise<string>((resolve, reject) => {
						inFlight.push({ answer: () => resolve('ok'), refuse: () => reject(RATE_LIMITED) });
					}),
				pauseFor,
			);
		return { inFlight, send };
	}
	/** Lets every request that can start start. */
	const settle = async () => await sleep(0);

	it('halves its allowance once for the requests refused together, then earns it back', async () => {
		const pool = new RequestPool(8);
		const { inFlight, send } = gatedRequests(pool);

		const first = Array.from({ length: 8 }, send);
		await settle();
		expect(inFlight).toHaveLength(8);
		inFlight[0].refuse();
		inFlight[1].refuse();
		inFlight.slice(2).forEach((request) => request.answer());
		expect((await Promise.all(first)).map((outcome) => outcome.ok)).toEqual([
			false,
			false,
			true,
			true,
			true,
			true,
			true,
			true,
		]);

		inFlight.length = 0;
		const second = Array.from({ length: 9 }, send);
		await settle();
		// Two refusals in one burst: 8 -> 4, not 8 -> 2.
		expect(inFlight).toHaveLength(4);
		inFlight.splice(0).forEach((request) => request.answer());
		await settle();
		// Four successes at an allowance of 4 earn one more slot: the five waiting all start.
		expect(inFlight).toHaveLength(5);
		inFlight.forEach((request) => request.answer());
		expect((await Promise.all(second)).every((outcome) => outcome.ok)).toBe(true);
	});

	it('a refusal in a later burst halves it again, never below one', async () => {
		const pool = new RequestPool(2);
		const { inFlight, send } = gatedRequests(pool);
		for (const expected of [2, 1, 1]) {
			inFlight.length = 0;
			const burst = Array.from({ length: 2 }, send);
			await settle();
			expect(inFlight).toHaveLength(expected);
			for (let index = 0; index < 2; index++) {
				await settle();
				inFlight[index]?.refuse();
			}
			await Promise.all(burst);
		}
	});
});
