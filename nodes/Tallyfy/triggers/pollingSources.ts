import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { apiRequestAllItems, org, type Endpoint } from '../transport';
import {
	advance,
	chronological,
	isNew,
	latestOf,
	readTimeline,
	type Timeline,
	type Watermark,
} from './watermark';

/** What a poll keeps between runs; `scope` says which settings it belongs to. */
export type PollState = { scope: string; since?: string | null; ids: string[] };

export interface PollingEvent {
	scope: string;
	/** New events since `state`; without state, only records where things stand now. */
	collect(
		this: IPollFunctions,
		state: PollState | undefined,
	): Promise<{ events: IDataObject[]; state: PollState }>;
	/** The latest few events, for a manual run. */
	latest(this: IPollFunctions): Promise<IDataObject[]>;
}

/** Events shown by a manual run. */
const SAMPLE_SIZE = 5;

/** At most this many ids of a list's current members are kept (Assigned, Overdue, Due Soon). */
const SNAPSHOT_LIMIT = 10_000;

export type Keep = (record: IDataObject) => boolean;

const labelled = (event: string) => (record: IDataObject) => ({ event, ...record });

/** Events with a time of their own, read newest first down to the watermark. */
export function timelineEvent(
	scope: string,
	event: string,
	timeline: Timeline,
	keep: Keep = () => true,
): PollingEvent {
	return {
		scope,
		async collect(state) {
			const mark = state ? { since: state.since ?? null, ids: state.ids } : undefined;
			const { fresh, mark: next } = await readTimeline.call(this, timeline, mark);
			return { events: fresh.filter(keep).map(labelled(event)), state: { scope, ...next } };
		},
		async latest() {
			return (await latestOf.call(this, timeline, SAMPLE_SIZE)).filter(keep).map(labelled(event));
		},
	};
}

/**
 * Events that are a record entering a list (assigned to me, overdue, due soon): the list is
 * read whole and compared with the ids it held last time.
 */
export function snapshotEvent(
	scope: string,
	event: string,
	list: { endpoint: Endpoint; qs: IDataObject; order: string },
	keep: Keep,
): PollingEvent {
	const read = async (context: IPollFunctions) =>
		(await apiRequestAllItems.call(context, list.endpoint, { qs: list.qs })).filter(keep);
	return {
		scope,
		async collect(state) {
			const records = await read(this);
			const ids = records.map((record) => String(record.id)).slice(0, SNAPSHOT_LIMIT);
			const known = new Set(state?.ids ?? []);
			const fresh = state ? records.filter((record) => !known.has(String(record.id))) : [];
			return {
				events: chronological(fresh, list.order).map(labelled(event)),
				state: { scope, ids },
			};
		},
		async latest() {
			return chronological(await read(this), list.order)
				.slice(-SAMPLE_SIZE)
				.map(labelled(event));
		},
	};
}

const THREAD_EVENTS: Record<string, string> = {
	problem: 'task.issue_raised',
	resolve: 'task.issue_resolved',
};

/**
 * Comments and issues: Tallyfy has no organization-wide feed, so the watched processes' tasks
 * are read with their threads (tallyfy-api.md §6.3), each process's tasks page by page.
 */
export function commentEvent(
	scope: string,
	watched: { processId?: string; blueprintId?: string },
): PollingEvent {
	async function threads(this: IPollFunctions): Promise<IDataObject[]> {
		const runIds = watched.processId
			? [watched.processId]
			: (
					await apiRequestAllItems.call(this, org`/runs`, {
						qs: { checklist_id: watched.blueprintId, status: 'active' },
					})
				).map((run) => String(run.id));
		const found: IDataObject[] = [];
		for (const runId of runIds) {
			const tasks = await apiRequestAllItems.call(this, org`/runs/${runId}/tasks`, {
				qs: { with: 'threads' },
			});
			for (const task of tasks) {
				const list = ((task.threads as IDataObject | undefined)?.data as IDataObject[]) ?? [];
				for (const thread of list) {
					found.push({ ...thread, task_title: task.title, run_id: runId });
				}
			}
		}
		return found;
	}
	const toItem = (thread: IDataObject) => ({
		event: THREAD_EVENTS[String(thread.label)] ?? 'task.comment_added',
		kind: thread.label === 'problem' ? 'issue' : thread.label,
		...thread,
	});
	return {
		scope,
		async collect(state) {
			const all = await threads.call(this);
			const mark: Watermark = { since: state?.since ?? null, ids: state?.ids ?? [] };
			const fresh = state ? all.filter((thread) => isNew(mark, thread, 'created_at')) : [];
			const next = advance(mark, state ? fresh : all, 'created_at');
			return { events: chronological(fresh, 'created_at').map(toItem), state: { scope, ...next } };
		},
		async latest() {
			return chronological(await threads.call(this), 'created_at')
				.slice(-SAMPLE_SIZE)
				.map(toItem);
		},
	};
}
