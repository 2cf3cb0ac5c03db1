import type { CredentialRef } from '../../../e2e/lib/client';
import { N8nClient } from '../../../e2e/lib/client';
import {
	PACKAGE,
	byId,
	cleanUp,
	createCredential,
	env,
	expectSuccess,
	nextExecution,
	runThroughWebhook,
	sandbox,
	tallyfyNode,
} from '../support/e2e';
import { readLog } from '../support/target';

afterAll(cleanUp);

const editor = new N8nClient(env.n8nUrl, { major: env.major });

beforeAll(async () => {
	await editor.signIn();
});

/** A blueprint read through the worker: a production webhook execution. */
async function readOnWorker(credential: CredentialRef) {
	const f = await sandbox.fixtures();
	return await runThroughWebhook('e2e queue read', [
		tallyfyNode('Get Blueprint', 'tallyfyOAuth2Api', credential, {
			resource: 'blueprint',
			operation: 'get',
			blueprintId: byId(f.blueprints.onboarding),
		}),
	]);
}

/** The blueprint list search of the resource locator: run by the main process, for the editor. */
async function searchOnMain(credential: CredentialRef) {
	return await editor.listSearch({
		nodeType: `${PACKAGE}.tallyfy`,
		methodName: 'searchBlueprints',
		parameters: {
			authentication: 'oAuth2',
			resource: 'blueprint',
			operation: 'get',
			blueprintId: { __rl: true, mode: 'list', value: '' },
		},
		credentials: { tallyfyOAuth2Api: credential },
	});
}

/** Token requests and the bearer tokens of API calls made since `before`. */
async function traffic(before: number) {
	const sent = await sandbox.requestsSince(before);
	return {
		tokenRequests: sent.filter((r) => r.routePath === '/oauth/token').length,
		bearers: [
			...new Set(
				sent
					.filter((r) => r.routePath.startsWith('/organizations/'))
					.map((r) => r.headers.authorization),
			),
		],
	};
}

describe('n8n queue mode: a main process and a worker sharing Redis and PostgreSQL', () => {
	it('runs production executions on the worker, not on the main process', async () => {
		const credential = await createCredential('tallyfyOAuth2Api');
		const { execution } = await readOnWorker(credential);
		expectSuccess(execution);
		const started = `Worker started execution ${execution.id} `;
		expect(readLog(env.logs.worker!)).toContain(started);
		expect(readLog(env.logs.worker!)).toContain(`Worker finished execution ${execution.id} `);
		expect(readLog(env.logs.main)).not.toContain(started);
	});

	it('runs the executions a Tallyfy Trigger starts on the worker too', async () => {
		const f = await sandbox.fixtures();
		const example = env.examples.find((e) => e.file === 'next-process-on-approval.json')!;
		const onboarding = await sandbox.act({
			action: 'launch',
			blueprint: f.blueprints.onboarding,
			name: 'Onboarding - Queue',
		});
		const tasks = (
			await sandbox.get<Array<{ id: string; alias: string }>>(
				`/organizations/${f.orgId}/runs/${onboarding.id as string}/tasks`,
			)
		).data;
		const execution = await nextExecution(example.id, () =>
			sandbox.act({ action: 'complete', task: tasks.find((t) => t.alias === 'approve')!.id }),
		);
		expectSuccess(execution);
		expect(execution.mode).toBe('webhook');
		expect(readLog(env.logs.worker!)).toContain(`Worker started execution ${execution.id} `);
	});

	it('reuses on the main process the token the worker fetched', async () => {
		const credential = await createCredential('tallyfyOAuth2Api');
		const before = (await sandbox.requests()).length;
		const { execution } = await readOnWorker(credential);
		expectSuccess(execution);
		const afterWorker = await traffic(before);
		expect(afterWorker.tokenRequests).toBe(1);
		expect(afterWorker.bearers).toHaveLength(1);

		const mid = (await sandbox.requests()).length;
		const found = await searchOnMain(credential);
		expect(found.results.map((r) => r.name)).toContain('Client Onboarding');
		const onMain = await traffic(mid);
		expect(onMain).toEqual({ tokenRequests: 0, bearers: afterWorker.bearers });
	});

	it('reuses on the worker the token the main process fetched', async () => {
		const credential = await createCredential('tallyfyOAuth2Api');
		const before = (await sandbox.requests()).length;
		await searchOnMain(credential);
		const onMain = await traffic(before);
		expect(onMain.tokenRequests).toBe(1);
		expect(onMain.bearers).toHaveLength(1);

		const mid = (await sandbox.requests()).length;
		const { execution } = await readOnWorker(credential);
		expectSuccess(execution);
		expect(await traffic(mid)).toEqual({ tokenRequests: 0, bearers: onMain.bearers });
	});

	it('fetches one new token after Tallyfy revokes it, and the other process uses it too', async () => {
		const credential = await createCredential('tallyfyOAuth2Api');
		await readOnWorker(credential);
		await sandbox.revokeTokens({ kind: 'app' });

		const before = (await sandbox.requests()).length;
		const { execution } = await readOnWorker(credential);
		expectSuccess(execution);
		const renewed = await traffic(before);
		expect(renewed.tokenRequests).toBe(1);
		// The refused request with the revoked token, then the retry with the new one.
		expect(renewed.bearers).toHaveLength(2);

		const mid = (await sandbox.requests()).length;
		await searchOnMain(credential);
		expect(await traffic(mid)).toEqual({ tokenRequests: 0, bearers: [renewed.bearers[1]] });
	});
});
