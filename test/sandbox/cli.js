'use strict';
// `npm run sandbox`: the Tallyfy sandbox on a fixed port, for trying the nodes by hand.
const { startSandbox } = require('./index');

const port = Number(process.env.SANDBOX_PORT ?? 4010);
startSandbox({ port }).then((sandbox) => {
	const f = sandbox.fixtures;
	process.stdout.write(
		[
			`Tallyfy sandbox listening on ${sandbox.url}`,
			`  Base URL:             ${sandbox.url}/api`,
			`  Organization ID:      ${f.orgId}`,
			`  Personal token:       ${f.tokens.admin} (admin), ${f.tokens.standard} (standard), ${f.tokens.light} (light)`,
			`  Client credentials:   client ID ${f.client.id}, secret ${f.client.secret}, token URL ${sandbox.url}/oauth/token`,
			`  Controls:             ${sandbox.url}/__sandbox/{requests,fixtures,reset,rate-limit,faults,tokens/revoke}`,
			'',
		].join('\n'),
	);
	const stop = () => sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
});
