import { startSandbox, type Sandbox } from '../sandbox';
import { Harness } from './index';

export interface TestContext {
	sandbox: Sandbox;
	harness: Harness;
}

/** One sandbox per test file, reset before every test, with a fresh harness. */
export function useSandbox(): TestContext {
	const context = {} as TestContext;
	beforeAll(async () => {
		context.sandbox = await startSandbox();
	});
	afterAll(async () => await context.sandbox.close());
	beforeEach(() => {
		context.sandbox.reset();
		context.harness = new Harness(context.sandbox);
	});
	return context;
}
