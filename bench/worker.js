'use strict';
// One measurement, in a process of its own (started by bench/run.js with --expose-gc):
//   node --expose-gc bench/worker.js <scenario> <sandbox URL> [variant]
// Prints its result as one JSON line. The Tallyfy node runs through n8n-core's WorkflowExecute
// (the test harness, compiled to .tmp/bench-build); the raw loop pages with axios.
const http = require('http');
const path = require('path');
const { performance } = require('perf_hooks');
const axios = require('axios');

const BUILD = path.join(__dirname, '..', '.tmp', 'bench-build', 'test', 'harness');
const { Harness, jsonOf } = require(path.join(BUILD, 'index.js'));
const { PollingTrigger } = require(path.join(BUILD, 'triggers.js'));

const [scenario, url, variant] = process.argv.slice(2);

/** The harness records outputs for the secret check; measuring, nothing is recorded. */
const unwatched = { record() {} };

// Controls on a connection of their own: a kept-alive socket holds on to the last answer
// (the whole request log) until it is reused, which would blur the memory measured.
const controlAgent = new http.Agent({ keepAlive: false });
const control = async (method, route, data) =>
	(await axios({ method, url: `${url}/__sandbox/${route}`, data, httpAgent: controlAgent })).data;
/** How many requests the sandbox has logged; only the count travels. */
async function loggedCount() {
	return (await control('get', 'requests/count')).count;
}

/** The requests logged from the `count`-th on that `wanted` accepts. */
async function requestsSince(count, wanted = () => true) {
	return (await control('get', `requests?since=${count}`)).filter(wanted);
}

function gc() {
	global.gc();
	global.gc();
}

/** Heap, external and array buffers: the memory JavaScript values take. */
const heapOf = (usage) => usage.heapUsed + usage.external + usage.arrayBuffers;

/**
 * One pass that is not measured (JIT, connections, module caches). Its result is dropped in
 * here: kept as a value the caller awaits, V8 could hold it while the measured passes run.
 */
async function warmUp(action) {
	await action();
}

/** Wall time of `action`, without anything else running in the process: the median of 3. */
async function timed(action) {
	const times = [];
	for (let pass = 0; pass < 3; pass++) {
		gc();
		const began = performance.now();
		await action();
		times.push(performance.now() - began);
	}
	return times.sort((a, b) => a - b)[1];
}

/**
 * Memory while `action` runs, relative to the level after a GC just before: the peak as the
 * process sees it (sampled every millisecond, garbage not yet collected included), and what
 * is still held once it is done (after a GC, the result kept). `describe` summarizes the result.
 */
async function memory(action, describe) {
	gc();
	const start = heapOf(process.memoryUsage());
	let peak = start;
	const sample = () => (peak = Math.max(peak, heapOf(process.memoryUsage())));
	const timer = setInterval(sample, 1);
	const result = await action();
	clearInterval(timer);
	sample();
	gc();
	const retained = heapOf(process.memoryUsage()) - start;
	return { ...describe(result), peakHeapGrowth: peak - start, retainedGrowth: retained };
}

/** The peak of live data while `action` runs: sampled every 10 ms, right after a forced GC. */
async function liveMemory(action) {
	gc();
	const start = heapOf(process.memoryUsage());
	let live = start;
	const timer = setInterval(() => {
		gc();
		live = Math.max(live, heapOf(process.memoryUsage()));
	}, 10);
	const result = await action();
	clearInterval(timer);
	gc();
	live = Math.max(live, heapOf(process.memoryUsage()));
	// Read after the last sample, so the result is held until then.
	return { peakLiveGrowth: result.length ? live - start : 0 };
}

/** What Tallyfy requires on every request, with the administrator's personal token. */
const apiHeaders = (fixtures) => ({
	Authorization: `Bearer ${fixtures.tokens.admin}`,
	Accept: 'application/json',
	'X-Tallyfy-Client': 'APIClient',
});

async function harness() {
	const fixtures = await control('get', 'fixtures');
	return { harness: new Harness({ url, fixtures }, unwatched), fixtures };
}

/** Return All over the processes of one blueprint: the node, or a raw axios loop. */
async function returnAll() {
	const { harness: h, fixtures } = await harness();
	const credential = h.pat();
	const blueprint = fixtures.blueprints.empty;
	const node = async () => {
		const run = await h.run({
			credential,
			parameters: {
				resource: 'process',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { checklist_id: blueprint },
			},
		});
		if (run.status !== 'success') throw new Error(run.error?.message ?? run.status);
		return run.items;
	};
	const raw = async () => {
		const records = [];
		for (let page = 1; ; page++) {
			const { data } = await axios.get(`${url}/api/organizations/${fixtures.orgId}/runs`, {
				params: { checklist_id: blueprint, page, per_page: 100 },
				headers: apiHeaders(fixtures),
			});
			records.push(...data.data);
			const { current_page: current, total_pages: total } = data.meta.pagination;
			if (current >= total) return records;
		}
	};
	const run = variant === 'raw' ? raw : node;
	await warmUp(run);
	const logged = await loggedCount();
	await run();
	const requests = await requestsSince(logged, (r) => r.path.endsWith('/runs'));
	const ms = await timed(run);
	const used = await memory(run, (result) => {
		const records = variant === 'raw' ? result : result.map((item) => item.json);
		return {
			records: records.length,
			unique: new Set(records.map((record) => record.id)).size,
			jsonBytes: Buffer.byteLength(JSON.stringify(records)),
		};
	});
	return { variant, requests: requests.length, ms, ...used, ...(await liveMemory(run)) };
}

/**
 * The earliest the last of `count` requests could be accepted by a rolling window of `limit`
 * per `windowMs`, sent back to back `paceMs` apart whenever the window allows.
 */
function idealDuration(count, limit, windowMs, paceMs) {
	const accepted = [];
	for (let n = 0; n < count; n++) {
		const afterPrevious = n ? accepted[n - 1] + paceMs : 0;
		const windowFrees = n >= limit ? accepted[n - limit] + windowMs : 0;
		accepted.push(Math.max(afterPrevious, windowFrees));
	}
	return accepted[count - 1] - accepted[0];
}

/**
 * 1,000 launches (with a kick-off value) while Tallyfy's rolling per-user limit applies.
 * `variant` "<latency ms>:<Parallel Requests>" (default "0:10") sets how long the sandbox takes
 * to answer and how many requests the node may have in flight.
 */
async function rateLimit() {
	const [latencyMs, parallelRequests] = (variant ?? '0:10').split(':').map(Number);
	const [items, limit, windowMs] = [1000, 600, 60_000];
	await control('post', 'reset');
	await control('post', 'rate-limit', { limit, windowMs, rolling: true });
	await control('post', 'latency', { latencyMs });
	const { harness: h, fixtures } = await harness();
	const began = performance.now();
	const run = await h.run(
		{
			credential: h.pat(),
			continueOnFail: true,
			parameters: {
				resource: 'process',
				operation: 'launch',
				blueprintId: { mode: 'id', value: fixtures.blueprints.onboarding },
				name: '={{ $json.name }}',
				kickoffValues: { values: [{ field: 'Customer Name', value: '={{ $json.name }}' }] },
				parallelRequests,
			},
		},
		Array.from({ length: items }, (_, n) => ({ name: `Bench ${n + 1}` })),
	);
	const ms = performance.now() - began;
	const window = await control('get', 'rate-limit');
	const { peakInFlight } = await control('get', 'latency');
	await control('post', 'rate-limit', {});
	const log = await requestsSince(0);
	const output = jsonOf(run);
	const accepted = log.filter((r) => r.method === 'POST' && r.status === 201);
	const names = accepted.map((r) => r.body.name);
	const inOrder = output.every((item, n) => item.name === `Bench ${n + 1}`);
	// The first `limit` requests are never refused: their pace is the node's own, unthrottled.
	const pace = (log[limit - 1].at - log[0].at) / (limit - 1);
	const ideal = idealDuration(window.accepted, limit, windowMs, pace);
	const actual = log[log.length - 1].at - log[0].at;
	return {
		items,
		limit,
		windowMs,
		latencyMs,
		parallelRequests,
		ms,
		failed: output.filter((item) => 'error' in item).length,
		launched: accepted.length,
		launchedOnce: new Set(names).size === items && names.length === items,
		inOrder,
		accepted: window.accepted,
		refused: window.refused,
		peakInFlight,
		paceMs: pace,
		idealMs: ideal,
		actualMs: actual,
		share: ideal / actual,
		perMinute: (window.accepted / actual) * 60_000,
		allowedPerMinute: (limit / windowMs) * 60_000,
	};
}

/**
 * Return All of RECORDS processes while the sandbox answers in `latencyMs`, with the node's
 * default Parallel Requests or 1 (`variant` "parallel" / "sequential"); with `storm`, under a
 * tight rate limit and with 503s and 500s on some pages as well.
 */
async function slowReturnAll({ storm = false } = {}) {
	const records = 10_000;
	const latencyMs = 250;
	await control('post', 'reset');
	const seeded = await control('post', 'burst', { count: records, kind: 'process.launched' });
	const { harness: h, fixtures } = await harness();
	const parameters = {
		resource: 'process',
		operation: 'getAll',
		returnAll: true,
		simplify: false,
		filters: { checklist_id: fixtures.blueprints.empty },
		...(variant === 'sequential' ? { parallelRequests: 1 } : {}),
	};
	const credential = h.pat();
	await h.run({ credential, parameters: { ...parameters, returnAll: false, limit: 1 } });
	await control('post', 'latency', { latencyMs });
	if (storm) {
		await control('post', 'rate-limit', { limit: 20, windowMs: 1000, rolling: true });
		const page = { method: 'GET', path: `/organizations/${fixtures.orgId}/runs` };
		await control('post', 'faults', { ...page, after: 10, times: 3, status: 503 });
		await control('post', 'faults', { ...page, after: 40, times: 2, status: 500 });
	}
	const logged = await loggedCount();
	const began = performance.now();
	const run = await h.run({ credential, parameters });
	const ms = performance.now() - began;
	const { peakInFlight } = await control('get', 'latency');
	await control('post', 'latency', {});
	await control('post', 'rate-limit', {});
	const pages = (await requestsSince(logged)).filter((r) => r.path.endsWith('/runs'));
	const answered = pages.filter((r) => r.status === 200).map((r) => Number(r.query.page));
	const ids = run.items.map((item) => String(item.json.id));
	const read = new Set(ids);
	return {
		variant,
		storm,
		latencyMs,
		status: run.status,
		ms,
		records: ids.length,
		unique: read.size,
		missing: seeded.filter((id) => !read.has(String(id))).length,
		requests: pages.length,
		pagesAnswered: answered.length,
		distinctPages: new Set(answered).size,
		refused: pages.filter((r) => r.status === 429).length,
		serverErrors: pages.filter((r) => r.status >= 500).length,
		peakInFlight,
	};
}
/** Requests per poll of the polling trigger: idle, and after a burst of 250 events. */
async function polling() {
	await control('post', 'reset');
	const { harness: h } = await harness();
	const poller = (event) =>
		new PollingTrigger(
			h,
			h.node(
				{
					credential: h.pat(),
					parameters: { event },
					type: 'n8n-nodes-tallyfy.tallyfyPollingTrigger',
				},
				'Tallyfy Polling Trigger',
			),
			() => [],
		);
	const counted = async (trigger) => {
		const before = await loggedCount();
		const { items } = await trigger.poll();
		const requests = (await requestsSince(before)).length;
		return { requests, events: items?.length ?? 0 };
	};
	const idle = {};
	for (const event of ['processLaunched', 'taskCompleted']) {
		const trigger = poller(event);
		await trigger.poll();
		const polls = [];
		for (let n = 0; n < 10; n++) polls.push(await counted(trigger));
		idle[event] = {
			polls: polls.length,
			requestsPerPoll: polls.reduce((sum, poll) => sum + poll.requests, 0) / polls.length,
			events: polls.reduce((sum, poll) => sum + poll.events, 0),
		};
	}
	const trigger = poller('taskCompleted');
	await trigger.poll();
	const burst = 250;
	await control('post', 'burst', { count: burst, kind: 'task.completed' });
	const afterBurst = await counted(trigger);
	const fixtures = await control('get', 'fixtures');
	const { data } = await axios.get(`${url}/api/organizations/${fixtures.orgId}/tasks`, {
		params: { status: 'complete', per_page: 1 },
		headers: apiHeaders(fixtures),
	});
	const { total } = data.meta.pagination;
	// All new events must be read, and one older one seen to know the burst ended (unless the
	// burst is the whole list).
	const minimum = Math.ceil((total > burst ? burst + 1 : burst) / 100);
	return { idle, burst: { events: burst, ...afterBurst, minimum } };
}

/** Token requests of a client-credentials credential over 100 executions, then a revocation. */
async function credential() {
	await control('post', 'reset');
	const { harness: h } = await harness();
	const oauth = h.oauth();
	const executions = 100;
	const tokenRequests = async () =>
		(await requestsSince(0, (r) => r.path.endsWith('/oauth/token'))).length;
	const runMany = async () => {
		for (let n = 0; n < executions; n++) {
			const run = await h.run({
				credential: oauth,
				parameters: { resource: 'organization', operation: 'get' },
			});
			if (run.status !== 'success') throw new Error(run.error?.message ?? run.status);
		}
	};
	await runMany();
	const first = await tokenRequests();
	await control('post', 'tokens/revoke', { kind: 'app' });
	await runMany();
	return { executions, tokenRequests: first, afterRevocation: await tokenRequests() };
}

/**
 * What one Get costs inside the process: the node through n8n-core (including n8n resolving
 * the node's parameters against its description) against the same GET sent raw, at 0 latency.
 */
async function overhead() {
	await control('post', 'reset');
	const { harness: h, fixtures } = await harness();
	const spec = { credential: h.pat(), parameters: { resource: 'organization', operation: 'get' } };
	const organization = `${url}/api/organizations/${fixtures.orgId}`;
	const rawGet = async () => await axios.get(organization, { headers: apiHeaders(fixtures) });
	const nodeGet = async () => {
		const run = await h.run(spec);
		if (run.status !== 'success') throw new Error(run.error?.message ?? run.status);
	};
	const medianOf = async (action, count = 300) => {
		for (let n = 0; n < 50; n++) await action();
		const times = [];
		for (let n = 0; n < count; n++) {
			const began = performance.now();
			await action();
			times.push(performance.now() - began);
		}
		return times.sort((a, b) => a - b)[Math.floor(count / 2)];
	};
	const { Tallyfy } = require(path.join(BUILD, '..', '..', 'nodes', 'Tallyfy', 'Tallyfy.node.js'));
	const { NodeHelpers } = require('n8n-workflow');
	const { description } = new Tallyfy();
	const resolveParameters = async () =>
		NodeHelpers.getNodeParameters(
			description.properties,
			spec.parameters,
			false,
			false,
			null,
			description,
		);
	return {
		properties: description.properties.length,
		nodeMs: await medianOf(nodeGet),
		rawMs: await medianOf(rawGet),
		resolveParametersMs: await medianOf(resolveParameters, 1000),
	};
}

const scenarios = {
	returnAll,
	rateLimit,
	polling,
	credential,
	slowReturnAll: () => slowReturnAll(),
	storm: () => slowReturnAll({ storm: true }),
	overhead,
};

scenarios[scenario]()
	.then((result) => {
		process.stdout.write(`${JSON.stringify(result)}\n`);
	})
	.catch((error) => {
		process.stderr.write(`${error.stack ?? error}\n`);
		process.exitCode = 1;
	});
