import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import type {
	IDataObject,
	IExecuteData,
	INode,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	ExecutionError,
	ResourceMapperFields,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { Tallyfy } from '../../nodes/Tallyfy/Tallyfy.node';
import type { Sandbox } from '../sandbox';
import {
	CredentialStore,
	TestCredentialsHelper,
	credentialTypes,
	type StoredCredential,
} from './credentials';
import { SecretWatch } from './secrets';

export const PACKAGE = 'n8n-nodes-tallyfy';

const nodeTypeMap: Record<string, INodeType> = {
	[`${PACKAGE}.tallyfy`]: new Tallyfy(),
};

/** Registers another node type of the package (the trigger nodes) under its real type name. */
export function registerNodeType(name: string, nodeType: INodeType): void {
	nodeTypeMap[`${PACKAGE}.${name}`] = nodeType;
}

const nodeTypes: INodeTypes = {
	getByName: (type) => nodeTypeMap[type],
	getByNameAndVersion: (type, version) =>
		NodeHelpers.getVersionedNodeType(nodeTypeMap[type], version),
	getKnownTypes: () => ({}),
};

/** Every member n8n reads is listed; anything else reads as undefined, as on a real server. */
function additionalData(helper: TestCredentialsHelper, hooks?: ExecutionLifecycleHooks) {
	return {
		executionId: 'test-execution',
		hooks,
		credentialsHelper: helper,
		variables: {},
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formBaseUrl: '',
		formWaitingBaseUrl: '',
		formTestBaseUrl: '',
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not used in these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface NodeSpec {
	parameters: IDataObject;
	credential: StoredCredential;
	/** Adds n8n's "On Error: Continue" setting. */
	continueOnFail?: boolean;
	type?: string;
}

export interface RunResult {
	status: IRun['status'];
	items: INodeExecutionData[];
	error?: ExecutionError;
}

const AUTHENTICATION = { tallyfyApi: 'accessToken', tallyfyOAuth2Api: 'oAuth2' } as const;

/**
 * Runs workflows with the Tallyfy nodes through n8n-core's real WorkflowExecute against a
 * sandbox, with credentials that persist across executions like n8n's database.
 */
export class Harness {
	readonly credentials = new CredentialStore();

	readonly helper = new TestCredentialsHelper(this.credentials);

	/** `watch` sees everything an execution shows, for the check that no secret is in it. */
	constructor(
		readonly sandbox: Sandbox,
		readonly watch = new SecretWatch(),
	) {}

	/** Runs `action`, recording what it returns or throws as `where`. */
	async watched<T>(where: string, action: () => Promise<T>): Promise<T> {
		const outcome = action();
		// Registered before the caller awaits, so it is recorded before the caller goes on.
		outcome.then(
			(result) => this.watch.record(where, result),
			(error: unknown) => this.watch.record(`${where} (error)`, error),
		);
		return await outcome;
	}

	/** A personal-access-token credential for the sandbox's organization. */
	pat(data: IDataObject = {}): StoredCredential {
		return this.credentials.add('tallyfyApi', {
			accessToken: this.sandbox.fixtures.tokens.admin,
			organizationId: this.sandbox.fixtures.orgId,
			baseUrl: `${this.sandbox.url}/api`,
			...data,
		});
	}

	/** A client-credentials credential for the sandbox's organization. */
	oauth(data: IDataObject = {}): StoredCredential {
		return this.credentials.add('tallyfyOAuth2Api', {
			accessToken: '',
			tokenUrl: `${this.sandbox.url}/oauth/token`,
			clientId: this.sandbox.fixtures.client.id,
			clientSecret: this.sandbox.fixtures.client.secret,
			organizationId: this.sandbox.fixtures.orgId,
			baseUrl: `${this.sandbox.url}/api`,
			actAsUserEmail: '',
			...data,
		});
	}

	node(spec: NodeSpec, name = 'Tallyfy'): INode {
		return {
			id: `node-${name}`,
			name,
			type: spec.type ?? `${PACKAGE}.tallyfy`,
			typeVersion: 1,
			position: [0, 0],
			parameters: { authentication: AUTHENTICATION[spec.credential.type], ...spec.parameters },
			credentials: {
				[spec.credential.type]: { id: spec.credential.id, name: spec.credential.name },
			},
			...(spec.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		};
	}

	workflow(nodes: INode[], staticData: IDataObject = {}): Workflow {
		return new Workflow({
			id: 'test-workflow',
			nodes,
			connections: {},
			nodeTypes,
			active: false,
			staticData,
		});
	}

	additionalData(hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
		return additionalData(this.helper, hooks);
	}

	/** One real execution of one node, fed with `input` items (one empty item by default). */
	async run(spec: NodeSpec, input: IDataObject[] = [{}]): Promise<RunResult> {
		return await this.runItems(
			spec,
			input.map((json) => ({ json })),
		);
	}

	/** Like `run`, with whole input items, so they can carry binary data. */
	async runItems(spec: NodeSpec, items: INodeExecutionData[]): Promise<RunResult> {
		return await this.watched(
			`an execution of ${String(spec.parameters.resource)} > ${String(spec.parameters.operation)}`,
			async () => await this.execute(spec, items),
		);
	}

	private async execute(spec: NodeSpec, items: INodeExecutionData[]): Promise<RunResult> {
		const node = this.node(spec);
		const workflow = this.workflow([node]);
		const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
			id: workflow.id,
			name: 'test',
			nodes: [node],
			connections: {},
			active: false,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		});
		const finished = new Promise<IRun>((resolve) =>
			hooks.addHandler('workflowExecuteAfter', resolve),
		);
		const runExecutionData: IRunExecutionData = {
			resultData: { runData: {} },
			executionData: {
				contextData: {},
				metadata: {},
				waitingExecution: {},
				waitingExecutionSource: null,
				nodeExecutionStack: [{ node, data: { main: [items] }, source: null }],
			},
		} as unknown as IRunExecutionData;
		await new WorkflowExecute(
			this.additionalData(hooks),
			'manual',
			runExecutionData,
		).processRunExecutionData(workflow);
		const run = await finished;
		const taskData = run.data.resultData.runData[node.name]?.[0];
		return {
			status: run.status,
			items: taskData?.data?.main?.[0] ?? [],
			error: taskData?.error ?? run.data.resultData.error,
		};
	}

	/** n8n's credential test, done as its CredentialsTester does: the `test` request through RoutingNode. */
	async testCredential(credential: StoredCredential): Promise<INodeCredentialTestResult> {
		return await this.watched(
			'a credential test',
			async () => await this.credentialTest(credential),
		);
	}

	private async credentialTest(credential: StoredCredential): Promise<INodeCredentialTestResult> {
		const testRequest = credentialTypes[credential.type].test!;
		const nodeType: INodeType = {
			description: {
				displayName: 'Credential test',
				name: 'n8n-nodes-base.noOp',
				group: ['transform'],
				version: 1,
				description: '',
				defaults: {},
				inputs: [],
				outputs: [],
				credentials: [{ name: credential.type, required: true }],
				properties: [
					{
						displayName: 'Temp',
						name: 'temp',
						type: 'string',
						routing: { request: testRequest.request },
						default: '',
					},
				],
			},
		};
		const node: INode = {
			id: 'temp',
			name: 'Temp-Node',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [0, 0],
			parameters: { temp: '' },
			credentials: { [credential.type]: { id: credential.id, name: credential.name } },
		};
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: {
				getByName: () => nodeType,
				getByNameAndVersion: () => nodeType,
				getKnownTypes: () => ({}),
			},
		});
		const executeData: IExecuteData = { node, data: {}, source: null };
		const context = new ExecuteContext(
			workflow,
			node,
			this.additionalData(),
			'internal',
			{ resultData: { runData: {} } } as unknown as IRunExecutionData,
			0,
			[],
			{ main: [[{ json: {} }]] },
			executeData,
			[],
		);
		try {
			await new RoutingNode(context, nodeType, this.credentials.decrypted(credential.id)).runNode();
		} catch (error) {
			const status = (error as { cause?: { response?: { status?: number; statusText?: string } } })
				.cause?.response;
			if (status?.status) {
				const rule = testRequest.rules?.find(
					(candidate) =>
						candidate.type === 'responseCode' && candidate.properties.value === status.status,
				);
				return {
					status: 'Error',
					message: rule
						? String(rule.properties.message)
						: status.statusText || `Received HTTP status code: ${status.status}`,
				};
			}
			return { status: 'Error', message: (error as Error).message };
		}
		return { status: 'OK', message: 'Connection successful!' };
	}

	/** Calls a `listSearch` method of the Tallyfy node as the editor does. */
	async listSearch(
		method: string,
		spec: NodeSpec,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const node = this.node(spec);
		// n8n's editor sends the node's current parameters along; dependent lists read them.
		const additionalData = { ...this.additionalData(), currentNodeParameters: node.parameters };
		const context = new LoadOptionsContext(
			this.workflow([node]),
			node,
			additionalData,
			'parameters',
		);
		const tallyfy = nodeTypeMap[`${PACKAGE}.tallyfy`];
		const search = tallyfy.methods!.listSearch![method];
		return await this.watched(
			`the list search ${method}`,
			async () => await search.call(context, filter, paginationToken),
		);
	}

	/** Calls a `resourceMapping` method of the Tallyfy node as the editor does for a field mapper. */
	async resourceMapping(method: string, spec: NodeSpec): Promise<ResourceMapperFields> {
		const node = this.node(spec);
		const additionalData = { ...this.additionalData(), currentNodeParameters: node.parameters };
		const context = new LoadOptionsContext(
			this.workflow([node]),
			node,
			additionalData,
			'parameters',
		);
		const mapping = nodeTypeMap[`${PACKAGE}.tallyfy`].methods!.resourceMapping![method];
		return await this.watched(
			`the field mapper ${method}`,
			async () => await mapping.call(context),
		);
	}
}

/** The JSON of every output item. */
export const jsonOf = (result: RunResult) => result.items.map((item) => item.json);
