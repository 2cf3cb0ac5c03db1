import { sleep } from 'n8n-workflow';

/**
 * Tallyfy allows 600 requests per rolling minute per user (10 a second). At the few hundred
 * milliseconds a real Tallyfy takes to answer, 10 requests in flight already send faster than
 * that, so a long run reaches the limit and the back-off below takes over; more in flight would
 * only earn more 429s. A short run (a few hundred items) finishes about ten times sooner.
 */
export const DEFAULT_PARALLEL_REQUESTS = 10;
export const MAX_PARALLEL_REQUESTS = 50;

/** Tells whether a failed request was rate limited, and if so how long to pause (ms). */
export type RateLimitDelay = (error: unknown) => number | undefined;

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The requests one node run may have in flight at once, shared by all its items and pages.
 * A 429 pauses every new request until Tallyfy's Retry-After and halves the allowance (once
 * for the requests already in flight together); each run of successes as long as the
 * allowance adds one back, up to the node's Parallel Requests.
 */
export class RequestPool {
	private allowance: number;
	private active = 0;
	private readonly waiting: Array<() => void> = [];
	private resumeAt = 0;
	private decreasedAt = 0;
	private successes = 0;

	constructor(private readonly max: number) {
		this.allowance = max;
	}

	/** Sends `request` when a slot is free; its failure is answered, not thrown. */
	async send<T>(request: () => Promise<T>, rateLimitDelay: RateLimitDelay): Promise<Settled<T>> {
		await this.acquire();
		const sentAt = Date.now();
		try {
			const value = await request();
			this.succeeded(sentAt);
			return { ok: true, value };
		} catch (error) {
			const delay = rateLimitDelay(error);
			if (delay !== undefined) this.rateLimited(sentAt, delay);
			return { ok: false, error };
		} finally {
			this.active -= 1;
			this.admit();
		}
	}

	private async acquire(): Promise<void> {
		if (this.active < this.allowance && this.waiting.length === 0) this.active += 1;
		else await new Promise<void>((resolve) => this.waiting.push(resolve));
		// The slot is held while paused: nothing may be sent before Retry-After anyway.
		for (let wait = this.resumeAt - Date.now(); wait > 0; wait = this.resumeAt - Date.now()) {
			await sleep(wait);
		}
	}

	/** Hands free slots to the longest-waiting requests, in the order they asked. */
	private admit(): void {
		while (this.active < this.allowance && this.waiting.length > 0) {
			this.active += 1;
			this.waiting.shift()?.();
		}
	}

	private rateLimited(sentAt: number, delay: number): void {
		const now = Date.now();
		this.resumeAt = Math.max(this.resumeAt, now + delay);
		this.successes = 0;
		if (sentAt >= this.decreasedAt) {
			this.allowance = Math.max(1, Math.floor(this.allowance / 2));
			this.decreasedAt = now;
		}
	}

	/** Only requests sent after the last halving show that the smaller allowance is safe. */
	private succeeded(sentAt: number): void {
		if (this.allowance >= this.max || sentAt < this.decreasedAt) return;
		this.successes += 1;
		if (this.successes >= this.allowance) {
			this.allowance += 1;
			this.successes = 0;
			this.admit();
		}
	}
}

/**
 * Runs `task(0)` … `task(count - 1)` with at most `limit` at a time, started in index order,
 * and answers each outcome at its index. With `stopOnFailure`, no task starts after one failed
 * (those already running finish); the ones never started are left out of the answer.
 */
export async function inParallel<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
	stopOnFailure: boolean,
): Promise<Array<Settled<T> | undefined>> {
	const outcomes: Array<Settled<T> | undefined> = new Array(count);
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (next < count && !(stopOnFailure && failed)) {
			const index = next++;
			try {
				outcomes[index] = { ok: true, value: await task(index) };
			} catch (error) {
				outcomes[index] = { ok: false, error };
				failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
	return outcomes;
}
