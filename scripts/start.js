'use strict';
// `npm start`: the pack in a real n8n, ready to try. Builds the pack, installs n8n once (into
// ~/.cache/n8n-nodes-tallyfy), starts the Tallyfy sandbox and n8n with the pack installed as a
// community package, signs in the owner, creates both Tallyfy credentials and imports the
// example workflows. Ctrl-C stops everything it started.
//
//   npm start [-- --port 5678] [--sandbox-port 4010] [--fresh]
//
// Against a real Tallyfy instead of the sandbox: set TALLYFY_ORGANIZATION_ID and
// TALLYFY_ACCESS_TOKEN and/or TALLYFY_CLIENT_ID + TALLYFY_CLIENT_SECRET (see the README).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { N8nClient, OWNER } = require('../e2e/lib/client');
const { installPack, n8nEnv, startN8n, waitForN8n } = require('../e2e/lib/n8n');
const { Processes, portInUse, tail } = require('../e2e/lib/processes');
const { CREDENTIAL_NAMES, provision, realCredentials } = require('../e2e/lib/provision');
const { ROOT, ensureN8n } = require('../e2e/lib/runtime');
const { startSandbox } = require('../test/sandbox');

const started = Date.now();
const say = (message) => process.stdout.write(`${message}\n`);
const log = (message) =>
	say(`[start ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const HELP = `Usage: npm start [-- options]

  --port <n>          n8n's port (default 5678, or N8N_PORT); its task broker uses the next one
  --sandbox-port <n>  the Tallyfy sandbox's port (default 4010)
  --fresh             start from an empty n8n user folder (deletes workflows, credentials, runs)
  --no-build          use the dist/ that is already built
  --help              this text

Environment:
  TALLYFY_ORGANIZATION_ID + TALLYFY_ACCESS_TOKEN and/or TALLYFY_CLIENT_ID + TALLYFY_CLIENT_SECRET
                      use this real Tallyfy organization instead of the sandbox
                      (optional: TALLYFY_BASE_URL, TALLYFY_TOKEN_URL, TALLYFY_ACT_AS_EMAIL)
  N8N_WEBHOOK_URL     the public URL Tallyfy can reach this n8n at (for the Tallyfy Trigger)
  TALLYFY_N8N_HOME    n8n's user folder (default ~/.local/share/n8n-nodes-tallyfy)
  TALLYFY_N8N_CACHE   where Node 24 and n8n are installed (default ~/.cache/n8n-nodes-tallyfy)`;

function parseArgs(argv) {
	const options = {
		port: Number(process.env.N8N_PORT || 5678),
		sandboxPort: 4010,
		fresh: false,
		build: true,
	};
	for (let i = 0; i < argv.length; i += 1) {
		const arg = argv[i];
		if (arg === '--port') options.port = Number(argv[(i += 1)]);
		else if (arg === '--sandbox-port') options.sandboxPort = Number(argv[(i += 1)]);
		else if (arg === '--fresh') options.fresh = true;
		else if (arg === '--no-build') options.build = false;
		else if (arg === '--help' || arg === '-h') options.help = true;
		else throw new Error(`Unknown option ${arg}\n\n${HELP}`);
	}
	for (const key of ['port', 'sandboxPort']) {
		if (!Number.isInteger(options[key]) || options[key] < 1 || options[key] > 65534) {
			throw new Error(`--${key === 'port' ? 'port' : 'sandbox-port'} needs a port number`);
		}
	}
	return options;
}

/** Real-Tallyfy mode when the variables name an organization and a way in. */
function tallyfyTarget() {
	const env = process.env;
	const wanted = env.TALLYFY_ACCESS_TOKEN || env.TALLYFY_CLIENT_ID || env.TALLYFY_ORGANIZATION_ID;
	if (!wanted) return { sandbox: true };
	const credentials = realCredentials(env);
	if (!env.TALLYFY_ORGANIZATION_ID || !Object.keys(credentials).length) {
		throw new Error(
			'To use a real Tallyfy, set TALLYFY_ORGANIZATION_ID and TALLYFY_ACCESS_TOKEN, or TALLYFY_CLIENT_ID and TALLYFY_CLIENT_SECRET (or unset them all to use the sandbox).',
		);
	}
	return { sandbox: false, credentials };
}

function build() {
	log('building the pack (npm run build)');
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`npm run build failed:\n${(result.stdout + result.stderr).trim()}`);
	}
}

/** The API key is kept in the user folder, so later starts need no login. */
async function connect(client, home) {
	const keyFile = path.join(home, 'api-key');
	if (fs.existsSync(keyFile)) {
		client.apiKey = fs.readFileSync(keyFile, 'utf8').trim();
		const works = await client
			.api('GET', '/workflows?limit=1')
			.then(() => true)
			.catch(() => false);
		if (works) return 'signed-in';
	}
	const outcome = await client.signIn().catch((error) => {
		throw new Error(
			`Could not sign in to n8n as ${OWNER.email} (${error.message}). If you changed the owner's password, start again with --fresh, or use another TALLYFY_N8N_HOME.`,
		);
	});
	await client.createApiKey('npm start');
	fs.writeFileSync(keyFile, client.apiKey, { mode: 0o600 });
	return outcome;
}

function banner({ client, target, sandbox, provisioned, home, logFile, outcome }) {
	const lines = [
		'',
		`n8n with the Tallyfy nodes is running at ${client.url}`,
		`  Sign in:       ${OWNER.email} / ${OWNER.password}${outcome === 'created' ? '' : ' (unless you changed it)'}`,
		target.sandbox
			? `  Tallyfy:       the sandbox at ${sandbox.url} (organization ${sandbox.fixtures.orgId})`
			: `  Tallyfy:       your organization ${process.env.TALLYFY_ORGANIZATION_ID}`,
		`  Credentials:   ${Object.keys(provisioned.credentials)
			.map((type) => `"${CREDENTIAL_NAMES[type]}"`)
			.join(', ')}`,
		'  Example workflows (Overview in n8n):',
	];
	for (const example of provisioned.examples) {
		lines.push(`    - ${example.name}`);
		if (target.sandbox) for (const url of example.urls) lines.push(`        ${url}`);
	}
	if (target.sandbox) {
		lines.push(
			'  Try it:',
			`    curl -X POST ${client.url}/webhook/tallyfy/purchase-request \\`,
			`      -H 'content-type: application/json' -d '{"item":"Laptop stand","quantity_band":"10"}'`,
			`    then see the process in ${sandbox.url}/__sandbox/requests or the execution in n8n.`,
		);
	} else {
		lines.push(
			'  The examples are not published: pick your blueprint and kick-off fields in each, then publish.',
		);
	}
	lines.push(`  n8n's data: ${home}   log: ${logFile}`, '', 'Press Ctrl-C to stop.', '');
	say(lines.join('\n'));
}

const processes = new Processes(log);
let sandbox;
let stopping = false;

/** Stops n8n (by PID) and the in-process sandbox, then exits. */
async function stop(code) {
	if (stopping) return;
	stopping = true;
	if (processes.children.length || sandbox) log('stopping n8n and the sandbox');
	await processes.stopAll();
	await sandbox?.close();
	process.exit(code);
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	if (options.help) return say(HELP);
	const target = tallyfyTarget();
	const home =
		process.env.TALLYFY_N8N_HOME || path.join(os.homedir(), '.local', 'share', 'n8n-nodes-tallyfy');
	for (const [port, what] of [
		[options.port, 'n8n'],
		[options.port + 1, "n8n's task broker"],
		...(target.sandbox ? [[options.sandboxPort, 'the Tallyfy sandbox']] : []),
	]) {
		if (await portInUse(port)) {
			throw new Error(
				`Port ${port} (for ${what}) is already in use on 127.0.0.1. Stop what uses it, or pick other ports: npm start -- --port 5690 --sandbox-port 4020`,
			);
		}
	}

	if (options.build) build();
	const runtime = await ensureN8n('n8n2', log);
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));

	if (target.sandbox) {
		sandbox = await startSandbox({ port: options.sandboxPort });
		log(`Tallyfy sandbox listening on ${sandbox.url}`);
	}
	if (options.fresh) fs.rmSync(home, { recursive: true, force: true });
	fs.mkdirSync(home, { recursive: true });
	installPack(home);
	const logFile = path.join(home, 'n8n.log');
	log(`starting n8n ${runtime.version} on port ${options.port} (about 15 s)`);
	const n8n = startN8n(processes, {
		name: 'n8n',
		runtime,
		env: n8nEnv({
			runtime,
			userFolder: home,
			port: options.port,
			brokerPort: options.port + 1,
			extra: process.env.N8N_WEBHOOK_URL ? { N8N_WEBHOOK_URL: process.env.N8N_WEBHOOK_URL } : {},
		}),
		logFile,
	});
	n8n.done.then(() => {
		if (stopping) return;
		log(`n8n stopped unexpectedly (${n8n.exitCode}); the end of ${logFile}:\n${tail(logFile)}`);
		stop(1);
	});
	await waitForN8n(n8n, `http://127.0.0.1:${options.port}`);

	const client = new N8nClient(`http://127.0.0.1:${options.port}`);
	const outcome = await connect(client, home);
	const provisioned = await provision(client, {
		tallyfy: target.sandbox ? { sandbox } : {},
		log,
	});
	log(`ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
	banner({ client, target, sandbox, provisioned, home, logFile, outcome });
}

main().catch((error) => {
	process.stderr.write(`npm start: ${error.message}\n`);
	stop(1);
});
