'use strict';
// Every process `npm start` and the e2e runner start goes through here, so all of them can
// be stopped by PID, newest first, and nothing else is ever signalled.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');

class Processes {
	constructor(log) {
		this.log = log;
		this.children = [];
	}

	/**
	 * Starts `command` in its own process group (Ctrl-C in the terminal then reaches only the
	 * parent, which stops the children in order) with its output appended to `logFile`.
	 * `stopSignal` is what asks it to shut down (PostgreSQL: SIGINT, a fast shutdown).
	 */
	start(name, command, args, { env, cwd, logFile, stopSignal = 'SIGTERM' }) {
		if (this.closed) throw new Error(`Not starting ${name}: everything is being stopped`);
		const out = fs.openSync(logFile, 'a');
		const child = spawn(command, args, {
			env,
			cwd,
			detached: true,
			stdio: ['ignore', out, out],
		});
		fs.closeSync(out);
		const entry = { name, child, logFile, stopSignal, exited: false, exitCode: undefined };
		entry.done = new Promise((resolve) =>
			child.once('exit', (code, signal) => {
				entry.exited = true;
				entry.exitCode = code ?? signal;
				resolve();
			}),
		);
		child.once('error', (error) => this.log(`${name} could not start: ${error.message}`));
		this.children.push(entry);
		return entry;
	}

	/**
	 * Stops one process: its stop signal to its PID (n8n then stops its own task runner),
	 * SIGKILL after `graceMs`, and finally SIGKILL to whatever is left in its process group.
	 */
	async stop(entry, graceMs = 20_000) {
		const pid = entry.child.pid;
		const signal = (target, sig) => {
			try {
				process.kill(target, sig);
			} catch {
				// Already gone.
			}
		};
		if (pid && !entry.exited) {
			signal(pid, entry.stopSignal);
			const timer = setTimeout(() => signal(pid, 'SIGKILL'), graceMs);
			await entry.done;
			clearTimeout(timer);
		}
		if (pid) signal(-pid, 'SIGKILL');
		this.children = this.children.filter((other) => other !== entry);
	}

	/** Stops everything still running, the most recently started first; starts no more. */
	async stopAll() {
		this.closed = true;
		for (const entry of [...this.children].reverse()) await this.stop(entry);
	}
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on `port` of 127.0.0.1. */
function portInUse(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last `lines` lines of a log file, for failure reports. */
function tail(file, lines = 40) {
	try {
		return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

module.exports = { Processes, freePort, portInUse, sleep, tail };
