// Types for client.js, so the TypeScript e2e tests can use it.

export interface HttpAnswer<T = unknown> {
	status: number;
	body: T;
	headers: Headers;
}

export declare class HttpFailure extends Error {
	status: number;
	body: unknown;
}

export interface Owner {
	email: string;
	firstName: string;
	lastName: string;
	password: string;
}

export declare const OWNER: Owner;

export interface WorkflowNode {
	id?: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
	onError?: string;
	alwaysOutputData?: boolean;
}

export interface WorkflowSpec {
	name: string;
	nodes: WorkflowNode[];
	connections?: Record<string, unknown>;
	settings?: Record<string, unknown>;
}

export interface Workflow extends WorkflowSpec {
	id: string;
	active: boolean;
}

export interface TaskRun {
	startTime: number;
	executionStatus?: string;
	error?: { message: string; description?: string | null; name?: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
}

export interface Execution {
	id: string | number;
	status: string;
	mode: string;
	finished: boolean;
	startedAt: string;
	workflowId: string;
	data?: {
		resultData: {
			runData: Record<string, TaskRun[]>;
			error?: { message: string; description?: string | null };
			lastNodeExecuted?: string;
		};
	};
}

export interface CredentialRef {
	id: string;
	name: string;
}

export declare function request<T = unknown>(
	method: string,
	url: string,
	options?: {
		body?: unknown;
		headers?: Record<string, string>;
		expect?: number[] | null;
		form?: FormData;
	},
): Promise<HttpAnswer<T>>;

export declare function waitFor<T>(
	what: string,
	check: () => Promise<T | undefined | false | null> | T | undefined | false | null,
	options?: { timeoutMs?: number; intervalMs?: number },
): Promise<T>;

export declare function sleep(ms: number): Promise<void>;

export declare class N8nClient {
	constructor(url: string, options?: { major?: number; apiKey?: string; cookie?: string });
	url: string;
	major: number;
	apiKey: string;
	cookie: string;
	rest<T = unknown>(
		method: string,
		path: string,
		options?: { body?: unknown; expect?: number[] | null },
	): Promise<T>;
	api<T = unknown>(method: string, path: string, body?: unknown, expect?: number[]): Promise<T>;
	signIn(owner?: Owner): Promise<'created' | 'signed-in'>;
	createApiKey(label?: string): Promise<string>;
	listAll<T = unknown>(path: string): Promise<T[]>;
	createCredential(
		name: string,
		type: string,
		data: Record<string, unknown>,
	): Promise<CredentialRef>;
	upsertCredential(
		name: string,
		type: string,
		data: Record<string, unknown>,
	): Promise<CredentialRef>;
	testCredential(
		id: string,
		credential?: { name: string; type: string; data: Record<string, unknown> },
	): Promise<{ status: string; message: string }>;
	createWorkflow(workflow: WorkflowSpec): Promise<Workflow>;
	publish(id: string): Promise<Workflow>;
	unpublish(id: string): Promise<Workflow>;
	deleteWorkflow(id: string): Promise<unknown>;
	executions(
		workflowId: string,
		options?: { limit?: number; status?: string },
	): Promise<Execution[]>;
	webhook<T = unknown>(
		path: string,
		body?: unknown,
		options?: { method?: string; timeoutMs?: number },
	): Promise<HttpAnswer<T>>;
	listSearch(options: {
		nodeType: string;
		methodName: string;
		parameters: Record<string, unknown>;
		credentials: Record<string, CredentialRef>;
		filter?: string;
	}): Promise<{ results: Array<{ name: string; value: string; url?: string }> }>;
	nodeTypes(): Promise<Array<{ name: string; displayName: string; version: number | number[] }>>;
}
