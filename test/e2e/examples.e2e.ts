import type { Workflow } from '../../e2e/lib/client';
import { request } from '../../e2e/lib/client';
import {
	chain,
	cleanUp,
	createWorkflow,
	env,
	expectSuccess,
	n8n,
	nextExecution,
	outputOf,
	sandbox,
	uniqueId,
	webhookNode,
} from './support/e2e';

afterAll(cleanUp);

/** The example as `npm start` imported it into this n8n. */
async function example(file: string): Promise<Workflow> {
	const imported = env.examples.find((e) => e.file === file);
	if (!imported) throw new Error(`Example ${file} was not imported`);
	return await n8n.api<Workflow>('GET', `/workflows/${imported.id}`);
}

describe('the example workflows npm start imports', () => {
	it('are all imported, published and wired to the Tallyfy credentials', async () => {
		expect(env.examples.map((e) => e.file).sort()).toEqual(
			expect.arrayContaining([
				'launch-from-form.json',
				'launch-from-webhook.json',
				'next-process-on-approval.json',
				'overdue-digest.json',
			]),
		);
		for (const { file } of env.examples) {
			const workflow = await example(file);
			expect(workflow.active).toBe(true);
			const tallyfyNodes = workflow.nodes.filter((node) =>
				node.type.startsWith('n8n-nodes-tallyfy.'),
			);
			expect(tallyfyNodes.length).toBeGreaterThan(0);
			for (const node of tallyfyNodes) {
				const type =
					node.parameters.authentication === 'oAuth2' ? 'tallyfyOAuth2Api' : 'tallyfyApi';
				expect(node.credentials).toEqual({ [type]: env.credentials[type] });
			}
		}
	});

	it('launches a purchase request from the webhook, with the client-credentials credential', async () => {
		const f = await sandbox.fixtures();
		const before = (await sandbox.requests()).length;
		const answer = await n8n.webhook<Record<string, unknown>>('tallyfy/purchase-request', {
			item: 'Laptop stand',
			quantity_band: '10',
			reason: 'New hire',
		});
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({
			name: 'Purchase - Laptop stand',
			checklist_id: f.blueprints.purchase,
			summary: 'New hire',
			status: 'active',
		});
		const launch = (await sandbox.requestsSince(before)).find(
			(r) => r.method === 'POST' && r.routePath === `/organizations/${f.orgId}/runs`,
		);
		expect(launch?.headers.authorization).toMatch(/^Bearer eyJ/);
		expect(Object.values((launch?.body as { prerun: object }).prerun)).toEqual([
			'Laptop stand',
			{ id: 2, text: '10' },
		]);
	});

	it('launches client onboarding from the form', async () => {
		const f = await sandbox.fixtures();
		const workflow = await example('launch-from-form.json');
		const before = (await sandbox.requests()).length;
		const form = new FormData();
		form.append('field-0', 'Initrode');
		form.append('field-1', 'it@initrode.example');
		form.append('field-2', 'Enterprise');
		form.append('field-3', JSON.stringify(['SSO', 'Training']));
		form.append('field-4', '2027-01-15');
		const execution = await nextExecution(workflow.id, async () => {
			const answer = await request('POST', `${env.n8nUrl}/form/tallyfy-onboarding`, {
				form,
				expect: null,
			});
			expect(answer.status).toBe(200);
		});
		expectSuccess(execution);
		const [process] = outputOf(execution, 'Launch Client Onboarding');
		expect(process).toMatchObject({
			name: 'Onboarding - Initrode',
			checklist_id: f.blueprints.onboarding,
		});
		const launch = (await sandbox.requestsSince(before)).find(
			(r) => r.method === 'POST' && r.routePath === `/organizations/${f.orgId}/runs`,
		);
		expect(Object.values((launch?.body as { prerun: object }).prerun)).toEqual([
			'Initrode',
			'it@initrode.example',
			'Enterprise',
			[
				{ id: 1, text: 'SSO', selected: true },
				{ id: 2, text: 'Training', selected: true },
			],
			'2027-01-15T00:00:00.000Z',
		]);
	});

	it('writes the digest of overdue tasks (schedule swapped for a webhook)', async () => {
		const f = await sandbox.fixtures();
		const overdue = (
			await sandbox.get<Array<{ title: string }>>(
				`/organizations/${f.orgId}/tasks?status=overdue&per_page=100`,
			)
		).meta!.pagination.total;
		expect(overdue).toBeGreaterThan(0);
		const digest = await example('overdue-digest.json');
		const path = `e2e-digest-${uniqueId()}`;
		const nodes = [
			webhookNode(path),
			...digest.nodes.filter(
				(node) => !node.type.endsWith('scheduleTrigger') && !node.type.endsWith('stickyNote'),
			),
		];
		const copy = await createWorkflow({
			name: 'e2e digest',
			nodes,
			connections: chain(nodes),
		});
		await n8n.publish(copy.id);

		const answer = await n8n.webhook<{ count: number; subject: string; text: string }>(path, {});

		expect(answer.status).toBe(200);
		expect(answer.body.count).toBe(overdue);
		expect(answer.body.subject).toBe(`${overdue} overdue Tallyfy tasks`);
		const lines = answer.body.text.split('\n');
		expect(lines).toHaveLength(overdue);
		expect(lines[0]).toMatch(/^- .+ \(due \d{4}-\d{2}-\d{2}\)$/);
	});

	it('starts the hardware purchase and comments when a contract is approved in Tallyfy', async () => {
		const f = await sandbox.fixtures();
		const workflow = await example('next-process-on-approval.json');
		const onboarding = await sandbox.act({
			action: 'launch',
			blueprint: f.blueprints.onboarding,
			name: 'Onboarding - Hooli',
		});
		const tasks = (
			await sandbox.get<Array<{ id: string; alias: string }>>(
				`/organizations/${f.orgId}/runs/${onboarding.id as string}/tasks`,
			)
		).data;
		const approval = tasks.find((t) => t.alias === 'approve')!;
		const earlier = (await n8n.executions(workflow.id)).length;
		// Another step's completion is filtered out by the trigger's step option.
		await sandbox.act({ action: 'complete', task: tasks.find((t) => t.alias === 'welcome')!.id });
		const before = (await sandbox.requests()).length;
		const execution = await nextExecution(workflow.id, () =>
			sandbox.act({ action: 'complete', task: approval.id, approved: true }),
		);
		expectSuccess(execution);
		expect(await n8n.executions(workflow.id)).toHaveLength(earlier + 1);
		const [purchase] = outputOf(execution, 'Launch Hardware Purchase');
		expect(purchase).toMatchObject({
			name: 'Hardware - Onboarding - Hooli',
			checklist_id: f.blueprints.purchase,
		});
		const comment = (await sandbox.requestsSince(before)).find(
			(r) => r.method === 'POST' && r.routePath.endsWith('/comment'),
		);
		expect(comment?.routePath).toBe(`/organizations/${f.orgId}/tasks/${approval.id}/comment`);
		expect(comment?.body).toMatchObject({
			content: 'Started the purchase request "Hardware - Onboarding - Hooli" for this client.',
		});
	});
});
