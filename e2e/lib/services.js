'use strict';
// Redis and PostgreSQL for n8n's queue mode, from Debian's packages: installed with apt-get when
// missing (as root), started on free loopback ports in a throw-away folder, stopped by PID.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const { freePort } = require('./processes');
const { waitUntil } = require('./n8n');

function which(command) {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
	return found.status === 0 ? found.stdout.trim() : undefined;
}

/** `apt-get install` of Debian packages; refreshes the package lists once if needed. */
function aptInstall(packages, log) {
	if (process.getuid?.() !== 0) {
		throw new Error(
			`Install ${packages.join(' ')} (Debian: sudo apt-get install ${packages.join(' ')})`,
		);
	}
	log(`installing ${packages.join(', ')} with apt-get`);
	// Services must not start on install; policy-rc.d already says so in containers, RUNLEVEL
	// makes invoke-rc.d skip starting on machines without one.
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
	const install = () =>
		spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], {
			env,
			encoding: 'utf8',
		});
	let result = install();
	if (result.status !== 0) {
		execFileSync('apt-get', ['update', '-q'], { env, stdio: 'ignore' });
		result = install();
	}
	if (result.status !== 0) {
		throw new Error(`apt-get install ${packages.join(' ')} failed:\n${result.stderr}`);
	}
}

function redisPing(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.setTimeout(1000, () => socket.destroy());
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			socket.destroy();
			resolve(data.toString().startsWith('+PONG'));
		});
		socket.once('error', () => resolve(false));
		socket.once('close', () => resolve(false));
	});
}

/** A Redis with nothing persisted, on a free port of 127.0.0.1. */
async function startRedis(processes, runDir, log) {
	if (!which('redis-server')) aptInstall(['redis-server'], log);
	const port = await freePort();
	const entry = processes.start(
		'redis',
		which('redis-server'),
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			runDir,
		],
		{ env: process.env, cwd: runDir, logFile: path.join(runDir, 'redis.log') },
	);
	await waitUntil(entry, `Redis on port ${port}`, () => redisPing(port), 30_000);
	return { port, entry };
}

function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs
		.readdirSync(root)
		.filter((version) => fs.existsSync(path.join(root, version, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/**
 * A throw-away PostgreSQL cluster (what n8n requires for queue mode; its SQLite file cannot be
 * shared between machines). PostgreSQL refuses to run as root, so as root the cluster belongs
 * to the `postgres` user the Debian package creates.
 */
async function startPostgres(processes, runDir, log) {
	if (!postgresBin()) aptInstall(['postgresql'], log);
	const bin = postgresBin();
	const dataDir = path.join(runDir, 'pgdata');
	const asRoot = process.getuid?.() === 0;
	const runAs = (command, args) =>
		asRoot
			? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', command, ...args]]
			: [command, args];
	fs.mkdirSync(dataDir, { mode: 0o700 });
	if (asRoot) {
		// The run folder is private to root; the postgres user only needs to reach its data.
		fs.chmodSync(runDir, 0o711);
		execFileSync('chown', ['postgres:postgres', dataDir]);
	}
	const [initCommand, initArgs] = runAs(path.join(bin, 'initdb'), [
		'-D',
		dataDir,
		'-U',
		'n8n',
		'--auth=trust',
		'-E',
		'UTF8',
		'--no-sync',
	]);
	const init = spawnSync(initCommand, initArgs, { encoding: 'utf8', cwd: '/' });
	if (init.status !== 0) throw new Error(`initdb failed:\n${init.stderr}`);
	const port = await freePort();
	const [command, args] = runAs(path.join(bin, 'postgres'), [
		'-D',
		dataDir,
		'-p',
		String(port),
		'-k',
		dataDir,
		'-c',
		'listen_addresses=127.0.0.1',
		// A test database: durability is not needed, speed is.
		'-c',
		'fsync=off',
		'-c',
		'synchronous_commit=off',
		'-c',
		'full_page_writes=off',
	]);
	const entry = processes.start('postgres', command, args, {
		env: { PATH: process.env.PATH, LANG: 'C.UTF-8' },
		cwd: '/',
		logFile: path.join(runDir, 'postgres.log'),
		stopSignal: 'SIGINT',
	});
	await waitUntil(
		entry,
		`PostgreSQL on port ${port}`,
		async () =>
			spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0,
		60_000,
	);
	return {
		port,
		entry,
		env: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: 'postgres',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: '',
		},
	};
}

module.exports = { startRedis, startPostgres };
