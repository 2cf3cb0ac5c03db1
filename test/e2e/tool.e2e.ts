import type { WorkflowNode } from '../../e2e/lib/client';
import {
	PACKAGE,
	byId,
	chain,
	cleanUp,
	createCredential,
	createWorkflow,
	env,
	expectSuccess,
	finishedExecutions,
	n8n,
	outputOf,
	sandbox,
	tallyfyNode,
	uniqueId,
	webhookNode,
} from './support/e2e';
import { N8nClient } from '../../e2e/lib/client';

afterAll(cleanUp);

describe('the Tallyfy node as an AI agent tool', () => {
	it('is registered by n8n as a tool node type next to the action node', async () => {
		const editor = new N8nClient(env.n8nUrl, { major: env.major });
		await editor.signIn();
		const types = await editor.nodeTypes();
		const tool = types.find((type) => type.name === `${PACKAGE}.tallyfyTool`);
		expect(tool).toBeDefined();
		expect(types.find((type) => type.name === `${PACKAGE}.tallyfy`)).toBeDefined();
		expect(tool).toMatchObject({ outputs: ['ai_tool'] });
	});

	it('runs as a tool with parameters an agent fills in ($fromAI)', async () => {
		const f = await sandbox.fixtures();
		const credential = await createCredential('tallyfyApi');
		const path = `e2e-tool-${uniqueId()}`;
		const webhook = webhookNode(path);
		// n8n's Tool Executor calls a tool the way an agent does, without a language model. Its
		// query names the tool on 2.x; on 1.x it is the tool's input itself.
		const executor: WorkflowNode = {
			name: 'Tool Executor',
			type: '@n8n/n8n-nodes-langchain.toolExecutor',
			typeVersion: 1,
			position: [300, 0],
			parameters: {
				query:
					env.major >= 2
						? '={{ JSON.stringify({ Read_Blueprint: { blueprint_id: $json.body.id } }) }}'
						: '={{ JSON.stringify({ blueprint_id: $json.body.id }) }}',
				toolName: '',
				node: '',
			},
		};
		const tool = tallyfyNode('Read Blueprint', 'tallyfyApi', credential, {
			resource: 'blueprint',
			operation: 'get',
			blueprintId: byId("={{ $fromAI('blueprint_id', 'ID of the Tallyfy blueprint', 'string') }}"),
			toolDescription: 'Reads a Tallyfy blueprint with its kick-off fields',
		});
		tool.type = `${PACKAGE}.tallyfyTool`;
		tool.position = [300, 200];
		const workflow = await createWorkflow({
			name: 'e2e tool',
			nodes: [webhook, executor, tool],
			connections: {
				...chain([webhook, executor]),
				'Read Blueprint': {
					ai_tool: [[{ node: 'Tool Executor', type: 'ai_tool', index: 0 }]],
				},
			},
		});
		await n8n.publish(workflow.id);
		const before = (await sandbox.requests()).length;

		const answer = await n8n.webhook(path, { id: f.blueprints.purchase });

		const [execution] = await finishedExecutions(workflow.id);
		expectSuccess(execution);
		// A tool answers the agent with text: the records the node returned, as JSON.
		const [text] = outputOf(execution, 'Tool Executor') as unknown as string[];
		const records = JSON.parse(text) as Array<Record<string, unknown>>;
		expect(records).toHaveLength(1);
		expect(records[0]).toMatchObject({ id: f.blueprints.purchase, title: 'Purchase Request' });
		expect(answer.body).toEqual(records);
		const reads = (await sandbox.requestsSince(before)).filter((r) =>
			r.routePath.startsWith(`/organizations/${f.orgId}/checklists/`),
		);
		expect(reads.map((r) => r.routePath)).toEqual([
			`/organizations/${f.orgId}/checklists/${f.blueprints.purchase}`,
		]);
	});
});
