import type { CredentialRef } from '../../e2e/lib/client';
import {
	byId,
	cleanUp,
	createCredential,
	errorOf,
	expectSuccess,
	outputOf,
	runThroughWebhook,
	sandbox,
	tallyfyNode,
	type CredentialType,
} from './support/e2e';

afterAll(cleanUp);

interface Field {
	id: string;
	alias: string;
	options: Array<{ id: number; text: string }>;
}

describe.each<CredentialType>(['tallyfyApi', 'tallyfyOAuth2Api'])(
	'the Tallyfy node in n8n with the %s credential',
	(type) => {
		let credential: CredentialRef;

		beforeAll(async () => {
			credential = await createCredential(type);
		});

		it('launches a process with kick-off values taken from the webhook body', async () => {
			const f = await sandbox.fixtures();
			const blueprint = (
				await sandbox.get<{ prerun: Field[] }>(
					`/organizations/${f.orgId}/checklists/${f.blueprints.onboarding}`,
				)
			).data;
			const field = (alias: string) => blueprint.prerun.find((p) => p.alias === alias)!;
			const before = (await sandbox.requests()).length;

			const { answer, execution } = await runThroughWebhook(
				`e2e launch ${type}`,
				[
					tallyfyNode('Launch', type, credential, {
						resource: 'process',
						operation: 'launch',
						blueprintId: byId(f.blueprints.onboarding),
						name: "={{ 'Onboarding - ' + $json.body.customer }}",
						kickoffInput: 'list',
						kickoffValues: {
							values: [
								{ field: 'Customer Name', value: '={{ $json.body.customer }}' },
								{ field: 'contact_email', value: '={{ $json.body.email }}' },
								{ field: 'Region', value: '={{ $json.body.region }}' },
								{ field: 'Services', value: '={{ $json.body.services }}' },
								{ field: 'Start Date', value: '={{ $json.body.start }}' },
							],
						},
						additionalFields: {},
					}),
				],
				{
					customer: 'Umbrella',
					email: ' ops@umbrella.example ',
					region: 'apac',
					services: 'SSO, Data Migration',
					start: '2026-12-31',
				},
			);

			expectSuccess(execution);
			const [process] = outputOf(execution, 'Launch');
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual(process);
			expect(process).toMatchObject({
				name: 'Onboarding - Umbrella',
				checklist_id: f.blueprints.onboarding,
				status: 'active',
			});

			const sent = (await sandbox.requestsSince(before)).filter(
				(r) => r.method === 'POST' && r.routePath === `/organizations/${f.orgId}/runs`,
			);
			expect(sent).toHaveLength(1);
			expect(sent[0].body).toEqual({
				checklist_id: f.blueprints.onboarding,
				name: 'Onboarding - Umbrella',
				prerun: {
					[field('customer_name').id]: 'Umbrella',
					[field('contact_email').id]: 'ops@umbrella.example',
					[field('region').id]: { id: 3, text: 'APAC' },
					[field('services').id]: [
						{ id: 1, text: 'SSO', selected: true },
						{ id: 3, text: 'Data Migration', selected: true },
					],
					[field('start_date').id]: '2026-12-31T00:00:00.000Z',
				},
			});
			const stored = (await sandbox.get(`/organizations/${f.orgId}/runs/${process.id as string}`))
				.data;
			expect(stored.name).toBe('Onboarding - Umbrella');
		});

		it('launches a process and completes its first task in one workflow', async () => {
			const f = await sandbox.fixtures();
			const before = (await sandbox.requests()).length;
			const { execution } = await runThroughWebhook(
				`e2e complete ${type}`,
				[
					tallyfyNode('Launch', type, credential, {
						resource: 'process',
						operation: 'launch',
						blueprintId: byId(f.blueprints.purchase),
						name: '={{ $json.body.name }}',
						kickoffInput: 'list',
						kickoffValues: { values: [{ field: 'Item', value: 'Standing desk' }] },
						additionalFields: {},
					}),
					tallyfyNode('First Task', type, credential, {
						resource: 'task',
						operation: 'getAll',
						scope: 'process',
						processId: byId('={{ $json.id }}'),
						returnAll: false,
						limit: 1,
						simplify: true,
						processFilters: { sort: 'position' },
					}),
					tallyfyNode('Approve', type, credential, {
						resource: 'task',
						operation: 'complete',
						processId: byId('={{ $json.run_id }}'),
						taskId: byId('={{ $json.id }}'),
						approval: 'approve',
						overrideUser: 0,
					}),
				],
				{ name: 'Purchase - Standing desk' },
			);

			expectSuccess(execution);
			const [launched] = outputOf(execution, 'Launch');
			const [task] = outputOf(execution, 'First Task');
			expect(task).toMatchObject({ run_id: launched.id, title: 'Manager approval', position: 1 });
			const [completed] = outputOf(execution, 'Approve');
			expect(completed).toMatchObject({ id: task.id, status: 'completed', is_approved: true });

			const completions = (await sandbox.requestsSince(before)).filter((r) =>
				r.routePath.endsWith('/completed-tasks'),
			);
			expect(completions.map((r) => [r.method, r.routePath, r.body])).toEqual([
				[
					'POST',
					`/organizations/${f.orgId}/runs/${launched.id as string}/completed-tasks`,
					{ task_id: task.id, is_approved: true },
				],
			]);
			const stored = (await sandbox.get(`/organizations/${f.orgId}/tasks/${task.id as string}`))
				.data;
			expect(stored.status).toBe('completed');
		});

		it('reads every task of the organization with Return All, page by page', async () => {
			const f = await sandbox.fixtures();
			const total = (await sandbox.get(`/organizations/${f.orgId}/tasks?per_page=1`)).meta!
				.pagination.total;
			expect(total).toBeGreaterThan(200);
			const before = (await sandbox.requests()).length;

			const { execution } = await runThroughWebhook(`e2e get many ${type}`, [
				tallyfyNode(
					'All Tasks',
					type,
					credential,
					{
						resource: 'task',
						operation: 'getAll',
						scope: 'organization',
						returnAll: true,
						simplify: true,
						filters: {},
					},
					{ alwaysOutputData: true },
				),
			]);

			expectSuccess(execution);
			const tasks = outputOf(execution, 'All Tasks');
			expect(tasks).toHaveLength(total);
			expect(new Set(tasks.map((t) => t.id)).size).toBe(total);
			const pages = (await sandbox.requestsSince(before)).filter(
				(r) => r.method === 'GET' && r.routePath === `/organizations/${f.orgId}/tasks`,
			);
			// Page 1 first; the others are read in parallel, so they may arrive in any order.
			expect(pages[0].query.page).toBe('1');
			const byPage = pages
				.map((r) => [r.query.page, r.query.per_page])
				.sort((a, b) => Number(a[0]) - Number(b[0]));
			expect(byPage).toEqual(
				Array.from({ length: Math.ceil(total / 100) }, (_, i) => [String(i + 1), '100']),
			);
		});

		it('fails the execution with the pack’s message when Tallyfy answers 404', async () => {
			const missing = 'f'.repeat(32);
			const { answer, execution } = await runThroughWebhook(`e2e failure ${type}`, [
				tallyfyNode('Get Blueprint', type, credential, {
					resource: 'blueprint',
					operation: 'get',
					blueprintId: byId(missing),
				}),
			]);

			expect(execution.status).toBe('error');
			const error = errorOf(execution, 'Get Blueprint');
			expect(error?.message).toBe(
				`Tallyfy could not find the blueprint with ID '${missing}' (404)`,
			);
			expect(error?.description).toMatch(/^Check the ID\. The record may have been deleted/);
			expect(execution.data?.resultData.error?.message).toBe(error?.message);
			expect(answer.status).toBe(500);
		});
	},
);
