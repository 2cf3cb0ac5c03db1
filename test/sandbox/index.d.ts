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
	/** The status it was answered with, and when (once answered). */
	status?: number;
	answeredAt?: number;
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
	/** Matching requests let through before the fault strikes. */
	after?: number;
	method?: string;
	path?: string | RegExp;
	body?: unknown;
	delayMs?: number;
	headers?: Record<string, string>;
	/** Revoke every token when the fault strikes (status 0: the request then answers 401). */
	revokeTokens?: boolean;
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
	/** `rolling`: a rolling window per user with whole-second Retry-After (contract §5.3). */
	rateLimit(options?: { limit?: number; windowMs?: number; rolling?: boolean }): void;
	rateLimitWindow?: {
		limit: number;
		windowMs: number;
		rolling: boolean;
		refused: number;
		accepted: number;
	};
	fault(spec: FaultSpec): void;
	/** Answers every API request `latencyMs` ± `jitterMs` later (until the next reset). */
	setLatency(latency: SandboxLatency): void;
	latency: Required<SandboxLatency>;
	/** The most API requests it was answering at the same time since the last reset. */
	peakInFlight: number;
	revokeTokens(options?: { token?: string; kind?: 'personal' | 'app' | 'user' }): void;
	/** Seats per pool until the next reset (null: unlimited); a full pool answers 409 SEAT_POOL_EXHAUSTED. */
	setSeatLimits(limits: { full?: number | null; light?: number | null }): void;
	requestsTo(pathPart?: string, method?: string): RecordedRequest[];
	apiRequests(): RecordedRequest[];
	/** The task of step `alias` in process `runId`; with `runId` null, the one-off task titled `alias`. */
	taskId(runId: string | null, alias: string): string;
	close(): Promise<void>;
}

export interface SandboxLatency {
	latencyMs?: number;
	jitterMs?: number;
}

export declare function startSandbox(
	options?: { port?: number; host?: string } & SandboxLatency,
): Promise<Sandbox>;

/** One POST the sandbox sent to a webhook URL (routes/webhooks.js). */
export interface WebhookDelivery {
	/** `blueprint`: a blueprint's (or one-off task's) URL; `watcher`: an organization webhook. */
	kind: 'blueprint' | 'watcher';
	event: string;
	url: string;
	headers: Record<string, string>;
	body: IDataObject;
	/** The receiver's answer; 0 when the connection failed. */
	status?: number;
	response?: unknown;
	error?: string;
	redelivery?: boolean;
}

export interface SandboxWebhooks {
	deliveries: WebhookDelivery[];
	/** Resolves once every queued delivery has been answered. */
	settle(): Promise<WebhookDelivery[]>;
	/** Sends a delivery again (a retry, or a reopen and complete), optionally altered. */
	redeliver(
		delivery: WebhookDelivery,
		changes?: { url?: string; headers?: Record<string, string>; body?: IDataObject },
	): Promise<WebhookDelivery>;
}

/** A member acting in Tallyfy's web app: the state changes and webhooks fire. */
export type SandboxAction =
	| { action: 'launch'; blueprint: string; name?: string; prerun?: IDataObject; as?: number }
	| { action: 'complete'; task: string; values?: IDataObject; approved?: boolean; as?: number }
	| { action: 'reopen'; task: string }
	| { action: 'comment' | 'issue'; task: string; content?: string; as?: number };

/** The sandbox with what trigger tests use: webhook deliveries, watchers, user actions, bursts. */
export interface WebhookSandbox extends Sandbox {
	state: SandboxState & { watchers: Map<number, IDataObject> };
	webhooks: SandboxWebhooks;
	act(action: SandboxAction): IDataObject;
	/** `count` events one millisecond apart, without webhooks; returns the task or process ids. */
	burst(options: {
		count: number;
		kind?: 'task.completed' | 'process.launched';
		blueprint?: string;
	}): string[];
}
