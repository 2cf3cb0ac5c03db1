'use strict';
// `npm run sandbox`: the Tallyfy sandbox on a fixed port, for trying the nodes by hand.
const { startSandbox } = require('./index');

// `--latency 250` (ms) and `--jitter 50` make it answer like a real Tallyfy across the internet.
const args = process.argv.slice(2);
const option = (name) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 ? Number(args[index + 1]) : 0;
};
const port = Number(process.env.SANDBOX_PORT ?? 4010);
startSandbox({ port, latencyMs: option('latency'), jitterMs: option('jitter') }).then((sandbox) => {
	const f = sandbox.fixtures;
	process.stdout.write(
		[
			`Tallyfy sandbox listening on ${sandbox.url}`,
			`  Base URL:             ${sandbox.url}/api`,
			`  Organization ID:      ${f.orgId}`,
			`  Personal token:       ${f.tokens.admin} (admin), ${f.tokens.standard} (standard), ${f.tokens.light} (light)`,
			`  Client credentials:   client ID ${f.client.id}, secret ${f.client.secret}, token URL ${sandbox.url}/oauth/token`,
			`  Latency:              ${sandbox.latency.latencyMs} ms ± ${sandbox.latency.jitterMs} ms`,
			`  Controls:             ${sandbox.url}/__sandbox/{requests,fixtures,reset,rate-limit,latency,faults,tokens/revoke}`,
			'',
		].join('\n'),
	);
	const stop = () => sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
});
