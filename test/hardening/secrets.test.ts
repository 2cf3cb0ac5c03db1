import { sleep } from 'n8n-workflow';

import { SecretWatch, textOf } from '../harness/secrets';
import { useSandbox } from '../harness/setup';

/*
 * Every test file that uses `useSandbox` checks, after each test, that no token or client
 * secret the sandbox knows shows up in what its executions produced, and after the file, in
 * n8n's log. These tests plant a secret to see that check fail.
 */
const t = useSandbox();

const byId = (value: string) => ({ mode: 'id', value });

/** A token the sandbox honours, that no other test (or test worker) knows. */
function plantToken(): string {
	const token = `planted-${Date.now().toString(36)}`;
	t.sandbox.state.tokens.set(token, { kind: 'personal', userId: t.sandbox.fixtures.users.admin });
	return token;
}

async function eventually(check: () => boolean, timeoutMs = 3000): Promise<boolean> {
	for (let waited = 0; waited < timeoutMs; waited += 100) {
		if (check()) return true;
		await sleep(100);
	}
	return check();
}

describe('the secret check', () => {
	afterEach(() => {
		// The planted token must not reach the file's own checks, which would then fail.
		t.watch.clear();
		for (const token of t.sandbox.state.tokens.keys()) {
			if (String(token).startsWith('planted-')) t.sandbox.state.tokens.delete(token);
		}
	});

	it('fails on a token in an output item, in an error message and in the n8n log', async () => {
		const planted = plantToken();
		const credential = t.harness.pat({ accessToken: planted });
		const shown = await t.harness.run({
			credential,
			parameters: { resource: 'tag', operation: 'create', title: planted },
		});
		expect(shown.items[0].json.title).toBe(planted);
		const failed = await t.harness.run({
			credential,
			parameters: { resource: 'process', operation: 'get', processId: byId(`={{ "${planted}" }}`) },
		});
		expect(failed.error?.message).toContain(planted);

		const leaks = t.watch.leaks([planted]);
		expect(leaks.map((leak) => leak.where)).toEqual([
			'an execution of tag > create',
			'an execution of process > get',
		]);
		expect(leaks[0].secret).not.toContain(planted);
		expect(() => SecretWatch.assertNone(leaks)).toThrow(
			/^A secret was shown or logged:\n- plan…\(\d+ characters\) in an execution of tag > create/,
		);
		// n8n logs the failed execution's error, and with it the planted token.
		expect(await eventually(() => t.watch.logLeaks([planted]).length > 0)).toBe(true);
	});

	it('knows every token the sandbox issued and every client secret, as the tests run', async () => {
		const watch = new SecretWatch();
		const credential = t.harness.oauth();
		await t.harness.run({
			credential,
			parameters: { resource: 'organization', operation: 'get' },
		});
		const token = String(t.harness.credentials.get(credential.id).data.accessToken);
		expect(token).toMatch(/^eyJ/);
		watch.record('an output', { note: `token ${token}` });
		watch.record('an error', new Error(`secret ${t.sandbox.fixtures.client.secret}`));
		expect(watch.leaks()).toEqual([]);

		watch.learn(t.sandbox);
		expect(watch.leaks().map((leak) => leak.where)).toEqual(['an output', 'an error']);
	});

	it('reads everything an error carries, and URL-encoded secrets', () => {
		const error = new Error('failed');
		Object.assign(error, { description: 'see cause', cause: { config: { headers: 'x' } } });
		(error.cause as { request?: unknown }).request = {
			url: `?token=${encodeURIComponent('a+b/c')}`,
		};
		const watch = new SecretWatch();
		watch.record('an error', error);
		expect(watch.leaks(['a+b/c'])).toHaveLength(1);
		expect(textOf(error)).toContain('see cause');
	});
});
