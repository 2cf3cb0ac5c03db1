import type { CredentialRef, Workflow, WorkflowNode } from '../../e2e/lib/client';
import { waitFor } from '../../e2e/lib/client';
import {
	PACKAGE,
	byId,
	cleanUp,
	createCredential,
	createWorkflow,
	env,
	finishedExecutions,
	n8n,
	outputOf,
	sandbox,
	uniqueId,
	type CredentialType,
} from './support/e2e';

afterAll(cleanUp);

const AUTHENTICATION: Record<CredentialType, string> = {
	tallyfyApi: 'accessToken',
	tallyfyOAuth2Api: 'oAuth2',
};

function triggerNode(
	type: 'tallyfyTrigger' | 'tallyfyPollingTrigger',
	credentialType: CredentialType,
	credential: CredentialRef,
	parameters: Record<string, unknown>,
): WorkflowNode {
	return {
		id: uniqueId(),
		name: 'Trigger',
		type: `${PACKAGE}.${type}`,
		typeVersion: 1,
		position: [0, 0],
		webhookId: uniqueId(),
		parameters: { authentication: AUTHENTICATION[credentialType], ...parameters },
		credentials: { [credentialType]: credential },
	};
}

/** The trigger's items in each finished execution, oldest execution first. */
async function itemsOf(workflow: Workflow, executions: number, timeoutMs = 30_000) {
	const found = await finishedExecutions(workflow.id, executions, timeoutMs);
	return found.reverse().map((execution) => ({
		status: execution.status,
		items: outputOf(execution, 'Trigger'),
	}));
}

async function blueprintWebhook(blueprintId: string): Promise<string | null> {
	const f = await sandbox.fixtures();
	const blueprint = (await sandbox.get(`/organizations/${f.orgId}/checklists/${blueprintId}`)).data;
	return (blueprint.webhook as string | null) ?? null;
}

/** The organization's webhook watchers that point at `url` (any query string). */
async function watchersFor(url: string): Promise<Array<Record<string, unknown>>> {
	const f = await sandbox.fixtures();
	const watchers = (
		await sandbox.get<Array<Record<string, unknown>>>(`/organizations/${f.orgId}/watchers`)
	).data;
	return watchers.filter((w) => String(w.webhook ?? '').split('?')[0] === url);
}

const hookUrl = (node: WorkflowNode) => `${env.n8nUrl}/webhook/${node.webhookId}/webhook`;

describe('Tallyfy Trigger in a published workflow', () => {
	it('sets the blueprint’s webhook on activation, starts on its events, and removes it on deactivation', async () => {
		const f = await sandbox.fixtures();
		const credential = await createCredential('tallyfyApi');
		const trigger = triggerNode('tallyfyTrigger', 'tallyfyApi', credential, {
			scope: 'blueprint',
			blueprintId: byId(f.blueprints.purchase),
			events: ['process.launched', 'task.completed'],
			options: {},
		});
		const workflow = await createWorkflow({ name: 'e2e blueprint trigger', nodes: [trigger] });
		expect(await blueprintWebhook(f.blueprints.purchase)).toBeNull();

		await n8n.publish(workflow.id);
		const registered = await waitFor('the blueprint webhook', async () =>
			(await blueprintWebhook(f.blueprints.purchase))?.startsWith(`${hookUrl(trigger)}?`)
				? await blueprintWebhook(f.blueprints.purchase)
				: undefined,
		);
		expect(registered).toMatch(/\?secret=[^&]+$/);

		const launched = await sandbox.act({
			action: 'launch',
			blueprint: f.blueprints.purchase,
			name: 'Purchase - Monitors',
		});
		const [first] = await itemsOf(workflow, 1);
		expect(first.status).toBe('success');
		expect(first.items).toHaveLength(1);
		expect(first.items[0]).toMatchObject({
			event: 'process.launched',
			process: { id: launched.id, name: 'Purchase - Monitors' },
		});

		const tasks = (
			await sandbox.get<Array<{ id: string; title: string }>>(
				`/organizations/${f.orgId}/runs/${launched.id as string}/tasks`,
			)
		).data;
		await sandbox.act({ action: 'complete', task: tasks[0].id, approved: true });
		const [, second] = await itemsOf(workflow, 2);
		expect(second.items).toHaveLength(1);
		expect(second.items[0]).toMatchObject({
			event: 'task.completed',
			process: { id: launched.id },
			task: { id: tasks[0].id, title: tasks[0].title, status: 'completed' },
		});

		await n8n.unpublish(workflow.id);
		await waitFor('the blueprint webhook to be removed', async () =>
			(await blueprintWebhook(f.blueprints.purchase)) === null ? true : undefined,
		);

		await n8n.publish(workflow.id);
		await waitFor('the blueprint webhook again', async () =>
			(await blueprintWebhook(f.blueprints.purchase))?.startsWith(`${hookUrl(trigger)}?`),
		);
		await n8n.unpublish(workflow.id);
		await waitFor('the blueprint webhook to be removed again', async () =>
			(await blueprintWebhook(f.blueprints.purchase)) === null ? true : undefined,
		);
	});

	it('adds one organization webhook per activation, never a second, and removes it on deactivation', async () => {
		const f = await sandbox.fixtures();
		const credential = await createCredential('tallyfyOAuth2Api');
		const trigger = triggerNode('tallyfyTrigger', 'tallyfyOAuth2Api', credential, {
			scope: 'organization',
			organizationEvents: ['task.comment_added', 'task.completed'],
			options: {},
		});
		const workflow = await createWorkflow({ name: 'e2e organization trigger', nodes: [trigger] });
		const url = hookUrl(trigger);

		await n8n.publish(workflow.id);
		const [watcher] = await waitFor('the organization webhook', async () => {
			const found = await watchersFor(url);
			return found.length ? found : undefined;
		});
		expect(watcher).toMatchObject({ object_type: 'organization', notification_type: 'webhook' });

		const tasks = (
			await sandbox.get<Array<{ id: string; title: string }>>(
				`/organizations/${f.orgId}/tasks?is_oneoff=true&status=active&per_page=1`,
			)
		).data;
		await sandbox.act({ action: 'comment', task: tasks[0].id, content: 'Ready for review' });
		const [first] = await itemsOf(workflow, 1);
		expect(first.items).toHaveLength(1);
		expect(first.items[0]).toMatchObject({
			event: 'task.comment_added',
			task: { id: tasks[0].id },
			comment: { kind: 'comment', content: 'Ready for review' },
		});

		// Publishing again while published, then a deactivate/activate cycle: still one watcher.
		await n8n.publish(workflow.id);
		await n8n.unpublish(workflow.id);
		await waitFor('the organization webhook to be removed', async () =>
			(await watchersFor(url)).length === 0 ? true : undefined,
		);
		await n8n.publish(workflow.id);
		await waitFor('the organization webhook again', async () =>
			(await watchersFor(url)).length ? true : undefined,
		);
		await n8n.publish(workflow.id);
		expect(await watchersFor(url)).toHaveLength(1);

		await sandbox.act({ action: 'complete', task: tasks[0].id });
		const [, second] = await itemsOf(workflow, 2);
		expect(second.items).toEqual([
			expect.objectContaining({
				event: 'task.completed',
				task: expect.objectContaining({ id: tasks[0].id }),
			}),
		]);
		await n8n.unpublish(workflow.id);
		await waitFor('the organization webhook to be removed again', async () =>
			(await watchersFor(url)).length === 0 ? true : undefined,
		);
	});
});

describe('Tallyfy Polling Trigger in a published workflow', () => {
	it('starts the workflow with a process launched after it was published', async () => {
		const f = await sandbox.fixtures();
		const credential = await createCredential('tallyfyApi');
		const trigger = triggerNode('tallyfyPollingTrigger', 'tallyfyApi', credential, {
			event: 'processLaunched',
			pollTimes: { item: [{ mode: 'everyMinute' }] },
		});
		const workflow = await createWorkflow({ name: 'e2e polling trigger', nodes: [trigger] });
		const before = (await sandbox.requests()).length;
		await n8n.publish(workflow.id);
		// n8n polls once on activation: that poll only notes where things stand.
		await waitFor('the first poll', async () =>
			(await sandbox.requestsSince(before)).some(
				(r) => r.routePath === `/organizations/${f.orgId}/runs`,
			),
		);

		const launched = await sandbox.act({
			action: 'launch',
			blueprint: f.blueprints.empty,
			name: 'Polled launch',
		});

		// n8n's shortest polling interval is a minute.
		const executions = await finishedExecutions(workflow.id, 1, 150_000);
		const items = executions.flatMap((execution) => outputOf(execution, 'Trigger'));
		expect(items).toContainEqual(
			expect.objectContaining({
				event: 'process.launched',
				id: launched.id,
				name: 'Polled launch',
			}),
		);
		await n8n.unpublish(workflow.id);
	}, 200_000);
});
