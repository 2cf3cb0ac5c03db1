'use strict';
// The Tallyfy sandbox in a process of its own, so its work (and memory) is not measured with
// the client's. Prints its URL as one JSON line, then serves until its parent ends it.
const { startSandbox } = require('../test/sandbox');

startSandbox().then((sandbox) => {
	process.stdout.write(`${JSON.stringify({ url: sandbox.url })}\n`);
	const stop = () => sandbox.close().then(() => process.exit(0));
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	process.on('disconnect', stop);
});
