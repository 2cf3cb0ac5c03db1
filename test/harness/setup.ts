import { sleep } from 'n8n-workflow';

import { startSandbox, type Sandbox } from '../sandbox';
import { Harness } from './index';
import { SecretWatch } from './secrets';

export interface TestContext {
	sandbox: Sandbox;
	harness: Harness;
	/** What the tests' executions showed and n8n logged, checked for secrets. */
	watch: SecretWatch;
}

/** Lets n8n's file logger write out what the last test logged before the log is read. */
const LOG_FLUSH_MS = 100;

/**
 * One sandbox per test file, reset before every test, with a fresh harness. After every test,
 * what its executions showed is checked for the sandbox's tokens and client secrets; after the
 * file, n8n's log is.
 */
export function useSandbox(): TestContext {
	const context = {} as TestContext;
	context.watch = new SecretWatch();
	beforeAll(async () => {
		context.sandbox = await startSandbox();
	});
	afterAll(async () => {
		await context.sandbox.close();
		await sleep(LOG_FLUSH_MS);
		SecretWatch.assertNone(context.watch.logLeaks());
	});
	beforeEach(() => {
		context.sandbox.reset();
		context.harness = new Harness(context.sandbox, context.watch);
	});
	afterEach(() => {
		context.watch.learn(context.sandbox);
		const leaks = context.watch.leaks();
		context.watch.clear();
		SecretWatch.assertNone(leaks);
	});
	return context;
}
