import type {
	CredentialRef,
	Execution,
	HttpAnswer,
	Workflow,
	WorkflowNode,
	WorkflowSpec,
} from '../../../e2e/lib/client';
import { N8nClient, request, waitFor } from '../../../e2e/lib/client';
import type { Fixtures, RecordedRequest } from '../../sandbox';
import { target } from './target';

export const env = target();

export const PACKAGE = 'n8n-nodes-tallyfy';

export const n8n = new N8nClient(env.n8nUrl, { major: env.major, apiKey: env.apiKey });

export type CredentialType = 'tallyfyApi' | 'tallyfyOAuth2Api';

const AUTHENTICATION: Record<CredentialType, string> = {
	tallyfyApi: 'accessToken',
	tallyfyOAuth2Api: 'oAuth2',
};

/** Random enough to keep webhook paths and ids of different tests apart. */
export function uniqueId(): string {
	const hex = () => Math.random().toString(16).slice(2, 10).padEnd(8, '0');
	const id = `${hex()}${hex()}${hex()}${hex()}`;
	return `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-a${id.slice(17, 20)}-${id.slice(20, 32)}`;
}

/** The Tallyfy sandbox behind this n8n, driven through its HTTP controls. */
export const sandbox = {
	url: env.sandboxUrl,
	async control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		return (await request<T>(method, `${env.sandboxUrl}/__sandbox/${path}`, { body })).body;
	},
	async fixtures(): Promise<Fixtures> {
		return await this.control<Fixtures>('GET', 'fixtures');
	},
	async requests(): Promise<RecordedRequest[]> {
		return await this.control<RecordedRequest[]>('GET', 'requests');
	},
	async reset(): Promise<void> {
		await this.control('POST', 'reset');
	},
	async fault(spec: Record<string, unknown>): Promise<void> {
		await this.control('POST', 'faults', spec);
	},
	async revokeTokens(spec: Record<string, unknown>): Promise<void> {
		await this.control('POST', 'tokens/revoke', spec);
	},
	/** Plays a user in Tallyfy's web app: the state changes and the webhooks fire. */
	async act(action: Record<string, unknown>): Promise<Record<string, unknown>> {
		return await this.control<Record<string, unknown>>('POST', 'act', action);
	},
	/** Reads from the sandbox's API as its administrator, to compare with what n8n did. */
	async get<T = Record<string, unknown>>(
		path: string,
	): Promise<{ data: T; meta?: { pagination: { total: number; total_pages: number } } }> {
		const f = await this.fixtures();
		const answer = await request<{
			data: T;
			meta?: { pagination: { total: number; total_pages: number } };
		}>('GET', `${env.sandboxUrl}/api${path}`, {
			headers: {
				authorization: `Bearer ${f.tokens.admin}`,
				accept: 'application/json',
				'x-tallyfy-client': 'APIClient',
			},
		});
		return answer.body;
	},
	/** Requests received after `since` (a count from an earlier `requests()`). */
	async requestsSince(since: number): Promise<RecordedRequest[]> {
		return (await this.requests()).slice(since);
	},
};

/** Credential data for the sandbox; `overrides` replace single fields (a wrong token …). */
export async function credentialData(
	type: CredentialType,
	overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
	const f = await sandbox.fixtures();
	const common = { organizationId: f.orgId, baseUrl: `${env.sandboxUrl}/api` };
	const data =
		type === 'tallyfyApi'
			? { accessToken: f.tokens.admin, ...common }
			: {
					tokenUrl: `${env.sandboxUrl}/oauth/token`,
					clientId: f.client.id,
					clientSecret: f.client.secret,
					actAsUserEmail: '',
					...common,
				};
	return { ...data, ...overrides };
}

export async function createCredential(
	type: CredentialType,
	overrides: Record<string, unknown> = {},
): Promise<CredentialRef> {
	const name = `e2e ${type} ${uniqueId().slice(0, 8)}`;
	const created = await n8n.createCredential(name, type, await credentialData(type, overrides));
	return { id: created.id, name };
}

/** A Tallyfy action node using `credential` of `type`. */
export function tallyfyNode(
	name: string,
	type: CredentialType,
	credential: CredentialRef,
	parameters: Record<string, unknown>,
	extra: Partial<WorkflowNode> = {},
): WorkflowNode {
	return {
		id: uniqueId(),
		name,
		type: `${PACKAGE}.tallyfy`,
		typeVersion: 1,
		position: [300, 0],
		parameters: { authentication: AUTHENTICATION[type], ...parameters },
		credentials: { [type]: credential },
		...extra,
	};
}

/** A resource-locator value "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Connects nodes one after the other. */
export function chain(nodes: WorkflowNode[]): Record<string, unknown> {
	const connections: Record<string, unknown> = {};
	nodes.slice(0, -1).forEach((node, index) => {
		connections[node.name] = {
			main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
		};
	});
	return connections;
}

/** Workflows a test file created; `cleanUp` unpublishes and deletes them. */
const created: Workflow[] = [];

export async function createWorkflow(spec: WorkflowSpec): Promise<Workflow> {
	const workflow = await n8n.createWorkflow(spec);
	created.push(workflow);
	return workflow;
}

export async function cleanUp(): Promise<void> {
	for (const workflow of created.splice(0)) {
		await n8n.unpublish(workflow.id).catch(() => undefined);
		await n8n.deleteWorkflow(workflow.id);
	}
}

/** The finished executions of a workflow (newest first) once there are `count` of them. */
export async function finishedExecutions(
	workflowId: string,
	count = 1,
	timeoutMs = 30_000,
): Promise<Execution[]> {
	return await waitFor(
		`${count} finished execution(s) of workflow ${workflowId}`,
		async () => {
			const executions = (await n8n.executions(workflowId)).filter(
				(execution) => execution.status !== 'running' && execution.status !== 'new',
			);
			return executions.length >= count ? executions : undefined;
		},
		{ timeoutMs },
	);
}

/**
 * Does `action`, then waits for the execution of `workflowId` it starts: the newest, once the
 * workflow has one finished execution more than before.
 */
export async function nextExecution(
	workflowId: string,
	action: () => Promise<unknown>,
	timeoutMs?: number,
): Promise<Execution> {
	const earlier = (await n8n.executions(workflowId)).length;
	await action();
	const [newest] = await finishedExecutions(workflowId, earlier + 1, timeoutMs);
	return newest;
}

/** The items a node put out in an execution (its first run, first output). */
export function outputOf(execution: Execution, nodeName: string): Array<Record<string, unknown>> {
	const run = execution.data?.resultData.runData[nodeName]?.[0];
	return (run?.data?.main?.[0] ?? []).map((item) => item.json);
}

/** Asserts that an execution succeeded, showing its error when it did not. */
export function expectSuccess(execution: Execution): void {
	const error = execution.data?.resultData.error;
	expect({ status: execution.status, error: error?.message }).toEqual({
		status: 'success',
		error: undefined,
	});
}

/** The error a node ended with in an execution. */
export function errorOf(execution: Execution, nodeName: string) {
	return execution.data?.resultData.runData[nodeName]?.[0]?.error;
}

/** A Webhook node that answers with the last node's output: how the tests start workflows. */
export function webhookNode(path: string): WorkflowNode {
	return {
		id: uniqueId(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: uniqueId(),
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} },
	};
}

export interface WebhookRun {
	workflow: Workflow;
	answer: HttpAnswer<unknown>;
	execution: Execution;
}

/**
 * Publishes `Webhook (respond with the last node's output) → nodes…` and calls the webhook
 * with `body`: one real production execution, its HTTP answer and its saved record.
 */
export async function runThroughWebhook(
	name: string,
	nodes: WorkflowNode[],
	body: Record<string, unknown> = {},
): Promise<WebhookRun> {
	const path = `e2e-${uniqueId()}`;
	const webhook = webhookNode(path);
	const all = [webhook, ...nodes];
	const workflow = await createWorkflow({ name, nodes: all, connections: chain(all) });
	await n8n.publish(workflow.id);
	const answer = await n8n.webhook(path, body);
	const [execution] = await finishedExecutions(workflow.id);
	return { workflow, answer, execution };
}
