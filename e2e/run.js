'use strict';
// `npm run test:e2e`: the end-to-end tests in a real n8n, in three setups run one after another:
//   single  n8n 2.x, one process, SQLite
//   queue   n8n 2.x in queue mode: a main process and one worker, Redis and PostgreSQL
//   n8n1    the newest n8n 1.x that installs from the registry (compatibility check)
// Each setup gets a fresh Tallyfy sandbox, user folder and ports; everything started here is
// stopped by PID when the setup ends, on failure and on Ctrl-C.
//
//   node e2e/run.js [--mode single|queue|n8n1]... [--only <file regex>] [--keep] [<jest arguments>]
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { N8nClient } = require('./lib/client');
const { installPack, n8nEnv, startN8n, waitForN8n, waitForWorker } = require('./lib/n8n');
const { Processes, freePort } = require('./lib/processes');
const { provision } = require('./lib/provision');
const { ROOT, ensureN8n } = require('./lib/runtime');
const { startPostgres, startRedis } = require('./lib/services');
const { startSandbox } = require('../test/sandbox');

const started = Date.now();
const elapsed = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => process.stdout.write(`[e2e ${elapsed()}] ${message}\n`);

const MODES = {
	single: { runtime: 'n8n2', major: 2, tests: ['test/e2e/[^/]+\\.e2e\\.ts$'] },
	queue: {
		runtime: 'n8n2',
		major: 2,
		tests: ['test/e2e/[^/]+\\.e2e\\.ts$', 'test/e2e/queue/[^/]+\\.e2e\\.ts$'],
	},
	n8n1: { runtime: 'n8n1', major: 1, tests: ['test/e2e/[^/]+\\.e2e\\.ts$'] },
};

/** The test files of a setup, narrowed by `--only`. */
function testFiles(mode, only) {
	const files = [];
	const walk = (dir) => {
		for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
			const file = `${dir}/${entry.name}`;
			if (entry.isDirectory()) walk(file);
			else if (MODES[mode].tests.some((pattern) => new RegExp(pattern).test(file)))
				files.push(file);
		}
	};
	walk('test/e2e');
	return files.filter((file) => !only || only.test(file)).sort();
}

function parseArgs(argv) {
	const options = { modes: [], keep: process.env.E2E_KEEP === '1', jest: [] };
	for (let i = 0; i < argv.length; i += 1) {
		if (argv[i] === '--mode') options.modes.push(argv[(i += 1)]);
		else if (argv[i] === '--only') options.only = new RegExp(argv[(i += 1)]);
		else if (argv[i] === '--keep') options.keep = true;
		else options.jest.push(argv[i]);
	}
	if (!options.modes.length) options.modes = Object.keys(MODES);
	for (const mode of options.modes) {
		if (!MODES[mode])
			throw new Error(`Unknown --mode ${mode}; use ${Object.keys(MODES).join(', ')}`);
	}
	return options;
}

let current;
let interrupted = false;

/** Starts what one setup needs; returns what the tests are told about it. */
async function startSetup(mode, runtime, processes, runDir) {
	const spec = MODES[mode];
	const sandbox = await startSandbox({ port: 0 });
	current.sandbox = sandbox;
	const userFolder = path.join(runDir, 'home');
	installPack(userFolder);
	const port = await freePort();
	const base = {
		runtime,
		userFolder,
		port,
		brokerPort: await freePort(),
		encryptionKey: crypto.randomBytes(24).toString('hex'),
		major: spec.major,
	};
	const logs = { main: path.join(runDir, 'n8n-main.log') };
	let queue = {};
	if (mode === 'queue') {
		const [redis, postgres] = await Promise.all([
			startRedis(processes, runDir, log),
			startPostgres(processes, runDir, log),
		]);
		log(`Redis on ${redis.port}, PostgreSQL on ${postgres.port}`);
		queue = {
			...postgres.env,
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			// Manual runs also go to the worker, as on a scaled instance.
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		};
	}
	const main = startN8n(processes, {
		name: 'n8n main',
		runtime,
		env: n8nEnv({ ...base, extra: queue }),
		logFile: logs.main,
	});
	await waitForN8n(main, `http://127.0.0.1:${port}`);
	if (mode === 'queue') {
		// Started once the main process has migrated the database, so they never both migrate.
		logs.worker = path.join(runDir, 'n8n-worker.log');
		const healthPort = await freePort();
		const worker = startN8n(processes, {
			name: 'n8n worker',
			runtime,
			command: 'worker',
			args: ['--concurrency=5'],
			env: n8nEnv({
				...base,
				brokerPort: await freePort(),
				extra: {
					...queue,
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				},
			}),
			logFile: logs.worker,
		});
		await waitForWorker(worker, `http://127.0.0.1:${healthPort}`);
	}
	log(`n8n ${runtime.version} (${mode}) ready at http://127.0.0.1:${port}`);

	const client = new N8nClient(`http://127.0.0.1:${port}`, { major: spec.major });
	await client.signIn();
	await client.createApiKey('e2e');
	const provisioned = await provision(client, {
		tallyfy: { sandbox },
		log,
	});
	return {
		mode,
		major: spec.major,
		n8nVersion: runtime.version,
		n8nUrl: client.url,
		apiKey: client.apiKey,
		sandboxUrl: sandbox.url,
		logs,
		...provisioned,
	};
}

function runJest(files, target, extraArgs) {
	return new Promise((resolve) => {
		const args = [
			path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
			'--config',
			path.join(ROOT, 'jest.e2e.config.js'),
			'--runInBand',
			...extraArgs,
			'--runTestsByPath',
			...files,
		];
		const child = spawn(process.execPath, args, {
			cwd: ROOT,
			stdio: 'inherit',
			env: { ...process.env, TALLYFY_E2E_TARGET: JSON.stringify(target) },
		});
		current.jest = child;
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

async function teardown(keep, failed) {
	if (!current) return;
	const { processes, sandbox, runDir } = current;
	current = undefined;
	await processes.stopAll();
	await sandbox?.close();
	if (keep || failed) log(`logs and data kept in ${runDir}`);
	else fs.rmSync(runDir, { recursive: true, force: true });
}

async function runSetup(mode, options) {
	const since = Date.now();
	const files = testFiles(mode, options.only);
	if (!files.length) {
		log(`${mode}: no test files match`);
		return { mode, code: 0, seconds: 0 };
	}
	const spec = MODES[mode];
	const runtime = await ensureN8n(spec.runtime, log);
	const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `tallyfy-e2e-${mode}-`));
	const processes = new Processes(log);
	current = { processes, runDir };
	let code = 1;
	try {
		const target = await startSetup(mode, runtime, processes, runDir);
		log(`${mode}: setup took ${elapsed(since)}; running the tests`);
		code = await runJest(files, target, options.jest);
	} catch (error) {
		log(`${mode}: ${error.stack ?? error.message}`);
	}
	await teardown(options.keep, code !== 0);
	return { mode, code, seconds: (Date.now() - since) / 1000 };
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const stop = (signal) => {
		interrupted = true;
		log(`${signal}: stopping everything this run started`);
		current?.jest?.kill('SIGTERM');
		teardown(options.keep, true).finally(() => process.exit(130));
	};
	process.once('SIGINT', () => stop('SIGINT'));
	process.once('SIGTERM', () => stop('SIGTERM'));

	// Install every runtime first, so a setup never waits half-started for an install.
	for (const mode of options.modes) await ensureN8n(MODES[mode].runtime, log);
	log(`runtimes ready after ${elapsed()}`);
	const results = [];
	for (const mode of options.modes) {
		if (interrupted) return;
		results.push(await runSetup(mode, options));
	}
	if (interrupted) return;
	for (const result of results) {
		log(
			`${result.mode}: ${result.code === 0 ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(1)} s`,
		);
	}
	log(`total ${elapsed()}`);
	process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
}

main().catch(async (error) => {
	log(error.stack ?? error.message);
	await teardown(false, true);
	process.exitCode = 1;
});
