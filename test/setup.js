'use strict';
// Jest setup, kept in plain JS because n8n's lint forbids `process` and `fs` in TypeScript.
// n8n-core writes its instance settings under N8N_USER_FOLDER; keep them out of $HOME.
const fs = require('fs');
const os = require('os');
const path = require('path');

if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'tallyfy-n8n-'));
}
process.env.N8N_ENCRYPTION_KEY = process.env.N8N_ENCRYPTION_KEY ?? 'tallyfy-node-tests';
process.env.TZ = 'UTC';
// n8n-core logs node errors; keep them in a file (test/harness/logs.js reads it, to check that
// no secret is logged) instead of the console. Debug level, so everything the nodes log is checked.
process.env.N8N_LOG_OUTPUT = 'file';
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL ?? 'debug';
process.env.N8N_LOG_FILE_LOCATION = path.join(process.env.N8N_USER_FOLDER, 'n8n.log');
