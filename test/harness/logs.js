'use strict';
// The n8n log file of this test run (test/setup.js points N8N_LOG_FILE_LOCATION at it), read
// for the secret check. Plain JS because n8n's lint forbids `fs` and `process` in TypeScript.
const fs = require('fs');

const file = () => process.env.N8N_LOG_FILE_LOCATION;

/** The log's size in bytes now (0 while n8n has written nothing). */
function logSize() {
	try {
		return fs.statSync(file()).size;
	} catch {
		return 0;
	}
}

/** What n8n logged from byte `offset` on. */
function logSince(offset) {
	try {
		const buffer = fs.readFileSync(file());
		return buffer.subarray(Math.min(offset, buffer.length)).toString('utf8');
	} catch {
		return '';
	}
}

module.exports = { logSize, logSince };
