'use strict';
// One scratch folder per test run for n8n-core's instance settings and log; removed afterwards.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async () => {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'tallyfy-n8n-'));
};
