import type { IDataObject } from 'n8n-workflow';

export interface RecordedRequest {
	method: string;
	/** The path as sent, `/api` prefix included. */
	path: string;
	/** The path the sandbox routed (without `/api`). */
	routePath: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: unknown;
	at: number;
}

export interface Fixtures {
	orgId: string;
	otherOrgId: string;
	tokens: { admin: string; standard: string; light: string; otherOrgAdmin: string };
	users: { admin: number; standard: number; light: number; disabled: number; bot: number };
	emails: { admin: string; standard: string; light: string; otherOrgAdmin: string };
	client: { id: string; secret: string };
	otherClient: { id: string; secret: string };
	blueprints: Record<'onboarding' | 'purchase' | 'empty' | 'archived', string>;
	processes: Record<'globex' | 'initech' | 'laptops', string>;
	groups: Record<'finance' | 'onboarding', string>;
	tags: Record<'urgent' | 'vip' | 'q4', string>;
	folders: Record<'hr' | 'clients', string>;
	guests: string[];
	oneOffTaskCount: number;
}

export interface FaultSpec {
	status?: number;
	times?: number;
	method?: string;
	path?: string | RegExp;
	body?: unknown;
	delayMs?: number;
	headers?: Record<string, string>;
}

/** The seeded organization, as the routes see it. */
export interface SandboxState {
	tokens: Map<string, IDataObject>;
	checklists: Map<string, IDataObject>;
	runs: Map<string, IDataObject>;
	tasks: Map<string, IDataObject>;
	threads: Map<number, IDataObject>;
	[collection: string]: unknown;
}

export declare class Sandbox {
	url: string;
	port: number;
	fixtures: Fixtures;
	requests: RecordedRequest[];
	state: SandboxState;
	reset(): void;
	rateLimit(options?: { limit?: number; windowMs?: number }): void;
	rateLimitWindow?: { limit: number; windowMs: number; refused: number };
	fault(spec: FaultSpec): void;
	revokeTokens(options?: { token?: string; kind?: 'personal' | 'app' | 'user' }): void;
	requestsTo(pathPart?: string, method?: string): RecordedRequest[];
	apiRequests(): RecordedRequest[];
	/** The task of step `alias` in process `runId`; with `runId` null, the one-off task titled `alias`. */
	taskId(runId: string | null, alias: string): string;
	close(): Promise<void>;
}

export declare function startSandbox(options?: { port?: number; host?: string }): Promise<Sandbox>;
