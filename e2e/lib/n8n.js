'use strict';
// Starts n8n (a main process or a queue-mode worker) with the pack installed as a community
// package, the way users get it: <user folder>/.n8n/nodes/node_modules/n8n-nodes-tallyfy.
const fs = require('fs');
const path = require('path');

const { ROOT } = require('./runtime');
const { sleep, tail } = require('./processes');

const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/**
 * Copies package.json and dist/ of the built pack (the repository, or `packDir`) into the user
 * folder's community-node folder. No npm install is needed there: the pack has no runtime
 * dependencies and n8n resolves `n8n-workflow` to its own copy.
 */
function installPack(userFolder, packDir = process.env.TALLYFY_PACK_DIR || ROOT) {
	const target = path.join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE.name);
	for (const file of PACKAGE.n8n.nodes) {
		if (!fs.existsSync(path.join(packDir, file))) {
			throw new Error(`${path.join(packDir, file)} is missing: run \`npm run build\` first`);
		}
	}
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(target, 'package.json'));
	fs.cpSync(path.join(packDir, 'dist'), path.join(target, 'dist'), { recursive: true });
	return target;
}

/**
 * The settings of a quiet, loopback-only instance. `major` is n8n's major version: 1.x reads
 * WEBHOOK_URL, 2.x N8N_WEBHOOK_URL (WEBHOOK_URL still works there, with a deprecation notice).
 */
function n8nEnv({ runtime, userFolder, port, brokerPort, encryptionKey, major = 2, extra = {} }) {
	const webhookUrl = `http://127.0.0.1:${port}/`;
	return {
		...runtime.env,
		N8N_USER_FOLDER: userFolder,
		// Without one, n8n generates a key into the user folder's config on first start.
		...(encryptionKey ? { N8N_ENCRYPTION_KEY: encryptionKey } : {}),
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: webhookUrl,
		...(major >= 2 ? { N8N_WEBHOOK_URL: webhookUrl } : { WEBHOOK_URL: webhookUrl }),
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		// The login cookie travels over plain http on loopback.
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		// 2.x's MCP registry refresh calls api.n8n.io, which only adds errors to the log offline
		// (1.x does not know the module and refuses to start when it is named).
		...(major >= 2 ? { N8N_DISABLED_MODULES: 'mcp-registry' } : {}),
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		DB_TYPE: 'sqlite',
		GENERIC_TIMEZONE: 'UTC',
		N8N_LOG_LEVEL: 'info',
		...extra,
	};
}

/** Starts `n8n <command>` under Node 24 (or the runtime's Node) as a tracked process. */
function startN8n(processes, { name, runtime, command = 'start', args = [], env, logFile }) {
	return processes.start(name, runtime.node, [runtime.bin, command, ...args], {
		env,
		cwd: path.dirname(logFile),
		logFile,
	});
}

/**
 * Waits until `check()` resolves truthy, failing early when the process exits. n8n 1.x answers
 * some URLs with 200 while it still migrates, so callers check for real content.
 */
async function waitUntil(entry, what, check, timeoutMs = 180_000) {
	const end = Date.now() + timeoutMs;
	for (;;) {
		if (entry.exited) {
			throw new Error(
				`${entry.name} exited (${entry.exitCode}) before ${what}. Log ${entry.logFile}:\n${tail(entry.logFile)}`,
			);
		}
		const ok = await check().catch(() => false);
		if (ok) return;
		if (Date.now() > end) {
			throw new Error(
				`timed out waiting for ${what}. Log ${entry.logFile}:\n${tail(entry.logFile)}`,
			);
		}
		await sleep(500);
	}
}

/** Ready means the editor's settings are served with user management, on 1.x and 2.x alike. */
async function waitForN8n(entry, url) {
	await waitUntil(entry, `n8n at ${url}`, async () => {
		const response = await fetch(`${url}/rest/settings`);
		if (!response.ok) return false;
		const body = await response.json();
		return body?.data?.userManagement !== undefined;
	});
}

/** A worker is ready when its health server says so (QUEUE_HEALTH_CHECK_ACTIVE). */
async function waitForWorker(entry, healthUrl) {
	await waitUntil(entry, `the n8n worker (${healthUrl})`, async () => {
		const response = await fetch(`${healthUrl}/healthz/readiness`);
		return response.ok;
	});
}

module.exports = { PACKAGE, installPack, n8nEnv, startN8n, waitForN8n, waitForWorker, waitUntil };
