#!/usr/bin/env node
'use strict';
// `npm run bench`: the Tallyfy node measured against the raw API (the Tallyfy sandbox), each
// figure next to its baseline from the same run. Compiles the node and the test harness with
// the project's own tsc into .tmp/bench-build, starts the sandbox in its own process, runs
// every measurement in a fresh process, prints a table and writes bench/results/latest.json.
//   npm run bench                 every scenario, 5 rounds of the Return All comparison
//   npm run bench -- --rounds 3   fewer rounds
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const axios = require('axios');

const ROOT = path.join(__dirname, '..');
const RESULTS = path.join(__dirname, 'results', 'latest.json');
const RECORDS = 10_000;
const LATENCY_MS = 250;

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 ? args[index + 1] : fallback;
};
const rounds = Number(option('rounds', 5));

const log = (text) => process.stderr.write(`${text}\n`);

function compile() {
	log('Compiling the node and the harness into .tmp/bench-build …');
	execFileSync(
		process.execPath,
		[path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'bench/tsconfig.json'],
		{ cwd: ROOT, stdio: 'inherit' },
	);
}

function startSandbox() {
	const child = spawn(process.execPath, [path.join(__dirname, 'sandbox.js')], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolve, reject) => {
		child.stdout.once('data', (line) => resolve({ child, url: JSON.parse(String(line)).url }));
		child.once('exit', (code) => reject(new Error(`The sandbox exited (${code})`)));
	});
}

/** n8n-core keeps instance settings and logs under N8N_USER_FOLDER; not in $HOME. */
const workerEnv = {
	...process.env,
	N8N_USER_FOLDER: path.join(ROOT, '.tmp', 'bench-n8n'),
	N8N_ENCRYPTION_KEY: 'tallyfy-node-bench',
	N8N_LOG_LEVEL: 'warn',
	TZ: 'UTC',
};

function work(scenario, url, variant) {
	const output = execFileSync(
		process.execPath,
		[
			'--expose-gc',
			path.join(__dirname, 'worker.js'),
			scenario,
			url,
			...(variant ? [variant] : []),
		],
		{ cwd: ROOT, env: workerEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
	);
	return JSON.parse(output.trim().split('\n').pop());
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function machine() {
	const load = os.loadavg().map((value) => value.toFixed(2));
	return {
		date: new Date().toISOString(),
		nproc: os.cpus().length,
		cpu: os.cpus()[0]?.model ?? 'unknown',
		memory: mb(os.totalmem()),
		node: process.version,
		platform: `${os.type()} ${os.release()}`,
		loadAverage: load,
	};
}

async function main() {
	compile();
	fs.rmSync(workerEnv.N8N_USER_FOLDER, { recursive: true, force: true });
	fs.mkdirSync(workerEnv.N8N_USER_FOLDER, { recursive: true });
	const before = machine();
	log(
		`Machine: ${before.nproc} CPUs, ${before.memory}, Node ${before.node}, load ${before.loadAverage.join(' ')}`,
	);
	const { child, url } = await startSandbox();
	try {
		await axios.post(`${url}/__sandbox/reset`);
		log(`Seeding ${RECORDS} processes …`);
		await axios.post(`${url}/__sandbox/burst`, { count: RECORDS, kind: 'process.launched' });

		const samples = { node: [], raw: [] };
		for (let round = 1; round <= rounds; round++) {
			// Alternated, so a slower moment of the machine touches both alike.
			for (const variant of round % 2 ? ['node', 'raw'] : ['raw', 'node']) {
				const sample = work('returnAll', url, variant);
				samples[variant].push(sample);
				log(
					`Return All, round ${round}, ${variant}: ${seconds(sample.ms)}, peak +${mb(sample.peakHeapGrowth)}`,
				);
			}
		}
		log('Polling trigger …');
		const polling = work('polling', url);
		log('Client credentials …');
		const credential = work('credential', url);
		log('1,000 launches under the rate limit (takes a minute: the window is 60 s) …');
		const rateLimit = work('rateLimit', url);
		log(`At ${LATENCY_MS} ms latency: 1,000 launches, Parallel Requests 10 (over a minute) …`);
		const slowLaunches = work('rateLimit', url, `${LATENCY_MS}:10`);
		log('… and Parallel Requests 1, the sequential baseline (over four minutes) …');
		const slowLaunchesSequential = work('rateLimit', url, `${LATENCY_MS}:1`);
		log(`At ${LATENCY_MS} ms latency: Return All of ${RECORDS} records, parallel and sequential …`);
		const slowPages = { parallel: [], sequential: [] };
		for (let round = 1; round <= 3; round++)
			slowPages.parallel.push(work('slowReturnAll', url, 'parallel'));
		slowPages.sequential.push(work('slowReturnAll', url, 'sequential'));
		log('… under a 429 storm with 503s and 500s …');
		const storm = work('storm', url, 'parallel');
		log('Per-execution overhead of one Get …');
		const overhead = work('overhead', url);

		const measured = {
			returnAll: samples,
			polling,
			credential,
			rateLimit,
			slowLaunches,
			slowLaunchesSequential,
			slowPages,
			storm,
			overhead,
		};
		const report = {
			machine: { ...before, loadAverageAfter: machine().loadAverage },
			method: METHOD(rounds),
			results: summarize(measured),
			samples: measured,
		};
		fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
		fs.writeFileSync(RESULTS, `${JSON.stringify(report, null, '\t')}\n`);
		process.stdout.write(`${table(report)}\n`);
		log(`Written to ${path.relative(ROOT, RESULTS)}`);
	} finally {
		child.kill('SIGTERM');
	}
}

const METHOD = (count) => [
	`Return All: ${count} rounds; each round runs the node and the raw loop in a fresh process each (order alternating). In each process: one warm-up pass over the same ${RECORDS.toLocaleString('en')} records, one pass counting requests, 3 timed passes (their median), then the memory passes; the table shows medians over the rounds.`,
	'Time: wall time of a pass, nothing else running in the process.',
	'Memory (V8 heap + external + array buffers, relative to the level after a forced GC just before the pass): live data = the peak sampled every 10 ms right after a forced GC, the target’s measure; uncollected garbage included = the peak sampled every millisecond without forcing GC, which depends mostly on when V8 collects (response texts, parsed pages) and is of the same order for the raw loop; retained = after the pass and a forced GC, the records still held.',
	'The sandbox runs in its own process; both sides page GET /runs?checklist_id=…&page=N&per_page=100 with the same headers.',
	'Rate limit: one run; the sandbox enforces Tallyfy’s documented limit (600 requests per rolling minute per user, Retry-After in whole seconds). Share = the shortest time that limit allows for the accepted requests at the node’s own unthrottled pace (simulated) / the time the run took.',
	'Polling and credentials: request counts from the sandbox’s request log, one run each.',
	`At ${LATENCY_MS} ms latency: every API answer leaves the sandbox ${LATENCY_MS} ms after the request arrived (its own work done meanwhile, as a real Tallyfy serves requests side by side). Launches: one run with Parallel Requests 10 (the default) and one with 1 (the sequential baseline), same limit as above; rate = accepted requests per minute from the first request to the last. Return All: 3 runs parallel (median), 1 sequential; wall time of the node run. Storm: Return All at ${LATENCY_MS} ms under a rolling limit of 20 requests per second, with 3 page reads answered 503 and 2 answered 500.`,
	'Overhead: median of 300 Organization > Get executions through n8n-core against the same GET sent raw with axios (sandbox at 0 ms); n8n resolving the node’s parameters against its description (NodeHelpers.getNodeParameters, which n8n runs when it builds the workflow), median of 1,000 calls.',
];

function summarize({
	returnAll: samples,
	polling,
	credential,
	rateLimit,
	slowLaunches,
	slowLaunchesSequential,
	slowPages,
	storm,
	overhead,
}) {
	const of = (variant, key) => median(samples[variant].map((sample) => sample[key]));
	const json = of('raw', 'jsonBytes');
	const nodeMs = of('node', 'ms');
	const rawMs = of('raw', 'ms');
	const rows = [];
	const row = (scenario, measure, node, baseline, target, met) =>
		rows.push({ scenario, measure, node, baseline, target, met });

	const minimumRequests = Math.ceil(RECORDS / 100);
	row(
		`Return All, ${RECORDS.toLocaleString('en')} records`,
		'requests',
		of('node', 'requests'),
		`${of('raw', 'requests')} (raw loop); minimum ${minimumRequests}`,
		`= ${minimumRequests}`,
		of('node', 'requests') === minimumRequests &&
			samples.node.every((sample) => sample.unique === RECORDS),
	);
	row(
		`Return All, ${RECORDS.toLocaleString('en')} records`,
		'wall time (median)',
		seconds(nodeMs),
		`${seconds(rawMs)} (raw loop); ratio ${(nodeMs / rawMs).toFixed(2)}×`,
		'≤ 1.2× raw',
		nodeMs <= 1.2 * rawMs,
	);
	const times = (bytes) => `${(bytes / json).toFixed(2)}× JSON`;
	row(
		`Return All, ${RECORDS.toLocaleString('en')} records`,
		'peak memory growth, live data (median)',
		`${mb(of('node', 'peakLiveGrowth'))} = ${times(of('node', 'peakLiveGrowth'))}`,
		`${mb(of('raw', 'peakLiveGrowth'))} = ${times(of('raw', 'peakLiveGrowth'))} (raw loop); JSON ${mb(json)}`,
		'≤ 2× JSON',
		of('node', 'peakLiveGrowth') <= 2 * json,
	);
	row(
		`Return All, ${RECORDS.toLocaleString('en')} records`,
		'peak heap growth, uncollected garbage included (median)',
		`${mb(of('node', 'peakHeapGrowth'))} = ${times(of('node', 'peakHeapGrowth'))}`,
		`${mb(of('raw', 'peakHeapGrowth'))} = ${times(of('raw', 'peakHeapGrowth'))} (raw loop)`,
		'(reported)',
		null,
	);
	row(
		`Return All, ${RECORDS.toLocaleString('en')} records`,
		'retained after the run (median)',
		`${mb(of('node', 'retainedGrowth'))} = ${times(of('node', 'retainedGrowth'))}`,
		`${mb(of('raw', 'retainedGrowth'))} = ${times(of('raw', 'retainedGrowth'))} (raw loop)`,
		'(reported)',
		null,
	);
	row(
		'1,000 launches, rate limit 600/min',
		'failed items',
		rateLimit.failed,
		`${rateLimit.launched} launched, once each`,
		'0',
		rateLimit.failed === 0 && rateLimit.launched === rateLimit.items,
	);
	row(
		'1,000 launches, rate limit 600/min',
		'achieved rate / allowed',
		`${(rateLimit.share * 100).toFixed(1)}%`,
		`${seconds(rateLimit.actualMs)} taken, ${seconds(rateLimit.idealMs)} allowed (${rateLimit.accepted} requests at ${rateLimit.paceMs.toFixed(1)} ms each)`,
		'≥ 90%',
		rateLimit.share >= 0.9,
	);
	row(
		'1,000 launches, rate limit 600/min',
		'retries (429s answered)',
		rateLimit.refused,
		`${rateLimit.accepted} requests accepted`,
		'(reported)',
		null,
	);
	const slow = `1,000 launches at ${LATENCY_MS} ms, 600/min`;
	const launchesOf = (run) =>
		`${run.failed} failed, ${run.launched} launched${run.launchedOnce ? ', once each' : ' (NOT once each)'}${run.inOrder ? ', output in order' : ', output OUT OF ORDER'}`;
	row(
		slow,
		'failed items, launches',
		launchesOf(slowLaunches),
		`${launchesOf(slowLaunchesSequential)} (Parallel Requests 1)`,
		'0 failed, 1000 once each, in order',
		slowLaunches.failed === 0 && slowLaunches.launchedOnce && slowLaunches.inOrder,
	);
	const rateOf = (run) =>
		`${Math.round(run.perMinute)}/min = ${((run.perMinute / run.allowedPerMinute) * 100).toFixed(0)}% of ${run.allowedPerMinute}/min; ${seconds(run.actualMs)}`;
	row(
		slow,
		'achieved rate (requests per minute), time',
		rateOf(slowLaunches),
		`${rateOf(slowLaunchesSequential)} (Parallel Requests 1)`,
		'≥ 90% of 600/min',
		slowLaunches.perMinute >= 0.9 * slowLaunches.allowedPerMinute,
	);
	row(
		slow,
		'time the limit allows at the node’s pace / time taken',
		`${(slowLaunches.share * 100).toFixed(1)}% (${seconds(slowLaunches.idealMs)} / ${seconds(slowLaunches.actualMs)})`,
		`${(slowLaunchesSequential.share * 100).toFixed(1)}% (Parallel Requests 1)`,
		'≥ 90%',
		slowLaunches.share >= 0.9,
	);
	row(
		slow,
		'429s answered, most in flight',
		`${slowLaunches.refused}, ${slowLaunches.peakInFlight}`,
		`${slowLaunchesSequential.refused}, ${slowLaunchesSequential.peakInFlight} (Parallel Requests 1)`,
		'(reported)',
		null,
	);
	const slowReturnAll = `Return All, ${RECORDS.toLocaleString('en')} records at ${LATENCY_MS} ms`;
	const pagesOf = (run) =>
		`${run.requests} requests, ${run.distinctPages} pages, ${run.records} records (${run.unique} unique, ${run.missing} missing)`;
	const [parallelPages] = slowPages.parallel;
	const [sequentialPages] = slowPages.sequential;
	const everyRecordOnce = (run) =>
		run.status === 'success' &&
		run.records === RECORDS &&
		run.unique === RECORDS &&
		run.missing === 0;
	row(
		slowReturnAll,
		'requests and records',
		pagesOf(parallelPages),
		`${pagesOf(sequentialPages)} (Parallel Requests 1)`,
		`= ${minimumRequests}, every record once`,
		slowPages.parallel.every((run) => run.requests === minimumRequests && everyRecordOnce(run)),
	);
	const parallelMs = median(slowPages.parallel.map((run) => run.ms));
	const targetMs = 1.3 * (minimumRequests / 10) * LATENCY_MS;
	row(
		slowReturnAll,
		'wall time (median of 3)',
		`${seconds(parallelMs)} (${slowPages.parallel.map((run) => seconds(run.ms)).join(', ')})`,
		`${seconds(sequentialPages.ms)} (Parallel Requests 1)`,
		`≤ ${seconds(targetMs)} = 1.3 × ${minimumRequests}/10 × ${LATENCY_MS} ms`,
		parallelMs <= targetMs,
	);
	row(
		`${slowReturnAll}, 429 storm and 5xx`,
		'records',
		`${storm.records} (${storm.unique} unique, ${storm.missing} missing)`,
		`${storm.requests} requests: ${storm.refused} answered 429, ${storm.serverErrors} answered 5xx, ${storm.distinctPages} pages answered once each; ${seconds(storm.ms)}`,
		'every record once',
		everyRecordOnce(storm) && storm.pagesAnswered === minimumRequests,
	);
	row(
		'One Get, in-process time',
		'node execution (median)',
		`${overhead.nodeMs.toFixed(2)} ms`,
		`${overhead.rawMs.toFixed(2)} ms raw GET; n8n resolving ${overhead.properties} parameters: ${overhead.resolveParametersMs.toFixed(2)} ms`,
		'(reported)',
		null,
	);
	for (const [event, idle] of Object.entries(polling.idle)) {
		row(
			`Polling (${event}), nothing new`,
			'requests per poll',
			idle.requestsPerPoll,
			`minimum 1 (${idle.polls} polls, ${idle.events} events)`,
			'1',
			idle.requestsPerPoll === 1 && idle.events === 0,
		);
	}
	row(
		'Polling (taskCompleted), 250-event burst',
		'requests per poll',
		polling.burst.requests,
		`minimum ${polling.burst.minimum} (${polling.burst.events} events emitted of 250)`,
		`= ${polling.burst.minimum}`,
		polling.burst.requests === polling.burst.minimum && polling.burst.events === 250,
	);
	row(
		'Client credentials, 100 executions',
		'token requests',
		credential.tokenRequests,
		'minimum 1',
		'1',
		credential.tokenRequests === 1,
	);
	row(
		'… then the token revoked, 100 more',
		'token requests in all',
		credential.afterRevocation,
		'minimum 2',
		'2',
		credential.afterRevocation === 2,
	);
	return rows;
}

function table(report) {
	const head = ['Scenario', 'Measure', 'Node', 'Baseline (same run)', 'Target', 'Met'];
	const cells = report.results.map((row) => [
		row.scenario,
		row.measure,
		String(row.node),
		row.baseline,
		row.target,
		row.met === null ? '–' : row.met ? 'yes' : 'NO',
	]);
	const widths = head.map((title, column) =>
		Math.max(title.length, ...cells.map((cell) => cell[column].length)),
	);
	const line = (cell) =>
		`| ${cell.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`;
	const { machine: m } = report;
	return [
		`Tallyfy node benchmark, ${m.date}: ${m.nproc} CPUs (${m.cpu}), ${m.memory} RAM, Node ${m.node}, load ${m.loadAverage.join(' ')} before, ${m.loadAverageAfter.join(' ')} after`,
		'',
		line(head),
		line(widths.map((width) => '-'.repeat(width))),
		...cells.map(line),
		'',
		...report.method.map((text) => `- ${text}`),
	].join('\n');
}

main().catch((error) => {
	log(error.stack ?? String(error));
	process.exitCode = 1;
});
