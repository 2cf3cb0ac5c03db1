'use strict';
const fs = require('fs');

module.exports = async () => {
	if (process.env.N8N_USER_FOLDER?.includes('tallyfy-n8n-')) {
		fs.rmSync(process.env.N8N_USER_FOLDER, { recursive: true, force: true });
	}
};
