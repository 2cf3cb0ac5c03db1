import type { Sandbox } from '../sandbox';
import { logSince, logSize } from './logs';

/** Where a secret showed up. */
export interface Leak {
	where: string;
	/** The secret, shortened so the report does not repeat it. */
	secret: string;
}

const MAX_DEPTH = 12;

/**
 * Everything a value shows, as text: own properties (error messages, stacks, causes and
 * contexts included, though not enumerable), nested values, Buffers as their text.
 */
export function textOf(value: unknown): string {
	const seen = new WeakSet<object>();
	const parts: string[] = [];
	const visit = (current: unknown, depth: number): void => {
		if (current === null || current === undefined) return;
		if (typeof current === 'string') {
			parts.push(current);
			return;
		}
		if (typeof current !== 'object') {
			if (typeof current !== 'function') parts.push(String(current));
			return;
		}
		if (seen.has(current) || depth > MAX_DEPTH) return;
		seen.add(current);
		if (Buffer.isBuffer(current) || current instanceof Uint8Array) {
			parts.push(Buffer.from(current).toString('utf8'));
			return;
		}
		for (const key of Object.getOwnPropertyNames(current)) {
			parts.push(key);
			visit((current as Record<string, unknown>)[key], depth + 1);
		}
	};
	visit(value, 0);
	return parts.join('\n');
}

/** The forms a secret can take in text: as is, and URL-encoded. */
const formsOf = (secret: string) => [...new Set([secret, encodeURIComponent(secret)])];

const shortened = (secret: string) => `${secret.slice(0, 4)}…(${secret.length} characters)`;

/**
 * Watches what the tests show a user (outputs, error messages, list results, webhook answers)
 * and what n8n logs, for any token or client secret the sandbox knows. The harness records
 * into it; `useSandbox` checks it after every test and the log after every test file.
 */
export class SecretWatch {
	private readonly secrets = new Set<string>();

	private records: Array<{ where: string; text: string }> = [];

	private readonly logStart = logSize();

	/** Every token the sandbox has issued so far, and every client secret it knows. */
	learn(sandbox: Sandbox): void {
		for (const token of sandbox.state.tokens.keys()) this.secrets.add(String(token));
		const clients = sandbox.state.clients as Map<string, { secret?: unknown }>;
		for (const client of clients.values()) {
			if (typeof client.secret === 'string') this.secrets.add(client.secret);
		}
	}

	record(where: string, value: unknown): void {
		this.records.push({ where, text: textOf(value) });
	}

	/** The secrets (with `extra`) found in what was recorded since the last `clear`. */
	leaks(extra: string[] = []): Leak[] {
		return this.scan(
			this.records.map(({ where, text }) => ({ where, text })),
			extra,
		);
	}

	/** The secrets (with `extra`) found in n8n's log since this watch started. */
	logLeaks(extra: string[] = []): Leak[] {
		return this.scan([{ where: 'the n8n log', text: logSince(this.logStart) }], extra);
	}

	/** Throws, listing each leak, when `leaks` are found. */
	static assertNone(leaks: Leak[]): void {
		if (!leaks.length) return;
		const lines = leaks.map((leak) => `- ${leak.secret} in ${leak.where}`);
		throw new Error(`A secret was shown or logged:\n${[...new Set(lines)].join('\n')}`);
	}

	clear(): void {
		this.records = [];
	}

	private scan(texts: Array<{ where: string; text: string }>, extra: string[]): Leak[] {
		const secrets = [...this.secrets, ...extra].filter(Boolean);
		const leaks: Leak[] = [];
		for (const { where, text } of texts) {
			for (const secret of secrets) {
				if (formsOf(secret).some((form) => text.includes(form))) {
					leaks.push({ where, secret: shortened(secret) });
				}
			}
		}
		return leaks;
	}
}
