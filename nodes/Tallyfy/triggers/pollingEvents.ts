import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { org } from '../transport';
import {
	commentEvent,
	snapshotEvent,
	timelineEvent,
	type Keep,
	type PollState,
	type PollingEvent,
} from './pollingSources';

function locatorValue(this: IPollFunctions, name: string): string {
	const value = this.getNodeParameter(name, '', { extractValue: true }) as unknown;
	return typeof value === 'string' ? value.trim() : String(value ?? '');
}

function requiredLocator(this: IPollFunctions, name: string, label: string): string {
	const id = locatorValue.call(this, name);
	if (!id) {
		throw new NodeOperationError(this.getNode(), `The parameter "${label}" is empty`, {
			description: `Choose a ${label.toLowerCase()} from the list, or enter its ID.`,
		});
	}
	return id;
}

/** The event chosen in the node, with its documented list and filters. */
export function pollingEventOf(this: IPollFunctions): PollingEvent {
	const event = this.getNodeParameter('event', 'processLaunched') as string;
	if (event === 'commentAdded') {
		const watch = this.getNodeParameter('watch', 'process') as string;
		const watched =
			watch === 'blueprint'
				? { blueprintId: requiredLocator.call(this, 'blueprintId', 'Blueprint') }
				: { processId: requiredLocator.call(this, 'processId', 'Process') };
		return commentEvent(JSON.stringify([event, watched]), watched);
	}
	const blueprintId = locatorValue.call(this, 'blueprintFilter');
	const scope = JSON.stringify([event, blueprintId]);
	const ofBlueprint = blueprintId ? { checklist_id: blueprintId } : {};
	const keep: Keep = (task) => !blueprintId || task.checklist_id === blueprintId;
	const runs = org`/runs`;
	const tasks = org`/tasks`;
	switch (event) {
		case 'processCompleted':
			return timelineEvent(scope, 'process.completed', {
				endpoint: runs,
				// `sort` takes a record field, `-` for newest first (documented with -created_at).
				qs: { ...ofBlueprint, status: 'complete', sort: '-completed_at' },
				field: 'completed_at',
			});
		case 'kickoffSubmitted':
			return timelineEvent(scope, 'process.kickoff_submitted', {
				endpoint: runs,
				qs: { ...ofBlueprint, sort: '-prerun_completed_at' },
				field: 'prerun_completed_at',
			});
		case 'taskCompleted':
			// `complete` and `completed_newest` are the documented values (not `completed`).
			return timelineEvent(
				scope,
				'task.completed',
				{
					endpoint: tasks,
					qs: { status: 'complete', sort: 'completed_newest' },
					field: 'completed_at',
				},
				keep,
			);
		case 'taskAssigned':
			// The caller's own task list, instead of the undocumented `assignee=me`.
			return snapshotEvent(
				scope,
				'task.assigned',
				{ endpoint: org`/me/tasks`, qs: { status: 'active' }, order: 'created_at' },
				keep,
			);
		case 'taskOverdue':
		case 'taskDueSoon': {
			const status = event === 'taskOverdue' ? 'overdue' : 'due_soon';
			return snapshotEvent(
				scope,
				`task.${status}`,
				{ endpoint: tasks, qs: { status }, order: 'deadline' },
				keep,
			);
		}
		default:
			return timelineEvent(scope, 'process.launched', {
				endpoint: runs,
				qs: { ...ofBlueprint, sort: '-created_at' },
				field: 'created_at',
			});
	}
}

/**
 * One poll: the first after the settings are set only records a watermark (even when nothing
 * is there yet), later ones return what is new, oldest first; a manual run shows the latest
 * events and leaves the state alone.
 */
export async function pollTallyfy(this: IPollFunctions): Promise<IDataObject[] | null> {
	const source = pollingEventOf.call(this);
	if (this.getMode() === 'manual') {
		const latest = await source.latest.call(this);
		return latest.length ? latest : null;
	}
	const data = this.getWorkflowStaticData('node');
	const previous = data.state as PollState | undefined;
	const state = previous?.scope === source.scope ? previous : undefined;
	const { events, state: next } = await source.collect.call(this, state);
	data.state = next;
	return state && events.length ? events : null;
}
