'use strict';
// What e2e/run.js started for this test run (TALLYFY_E2E_TARGET), and its log files. Plain JS:
// n8n's lint rules forbid `process` and `fs` in TypeScript.
const fs = require('fs');

function target() {
	const raw = process.env.TALLYFY_E2E_TARGET;
	if (!raw) {
		throw new Error('The e2e tests run against a real n8n: start them with `npm run test:e2e`.');
	}
	return JSON.parse(raw);
}

/** A log file's text ('' while it does not exist). */
function readLog(file) {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

module.exports = { target, readLog };
