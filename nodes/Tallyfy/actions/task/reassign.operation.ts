import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { optionalId, requiredId } from '../../helpers/parameters';
import { assigneeProperties, optionalProcessLocator } from './properties';
import { assigneesOf, ownersOf, readTask, saveTask, type Owners } from './shared';

export const description = forOperation('task', 'reassign', [
	optionalProcessLocator,
	taskLocator,
	{
		displayName: 'Change',
		name: 'change',
		type: 'options',
		default: 'add',
		description: 'How the people given below change who is assigned',
		options: [
			{
				name: 'Add',
				value: 'add',
				description: 'Assign them too; everyone assigned stays assigned',
			},
			{
				name: 'Remove',
				value: 'remove',
				description: 'Unassign them; everyone else stays assigned',
			},
			{
				name: 'Replace',
				value: 'replace',
				description: 'Assign exactly them; everyone else is unassigned',
			},
		],
	},
	...assigneeProperties('to add, remove or assign'),
]);

const BUCKETS = ['users', 'guests', 'groups'] as const;

function changedOwners(current: Owners, given: Owners, change: string): Owners {
	if (change === 'replace') return given;
	// Email addresses match whatever their case.
	const merge = <T extends string | number>(now: T[], people: T[]): T[] => {
		const named = new Set(people.map((entry) => String(entry).toLowerCase()));
		const kept = now.filter((entry) => !named.has(String(entry).toLowerCase()));
		return change === 'add' ? [...kept, ...people] : kept;
	};
	return {
		users: merge(current.users, given.users),
		guests: merge(current.guests, given.guests),
		groups: merge(current.groups, given.groups),
	};
}

/**
 * Reads the task's owners and sends all three groups: Tallyfy empties any group a PUT
 * leaves out (api-v2's BaseAssignees, per Tallyfy's MCP server), which would unassign
 * people by accident.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const given = assigneesOf.call(this, i);
	if (BUCKETS.every((bucket) => !given[bucket].length)) {
		throw new NodeOperationError(this.getNode(), 'No one to add, remove or assign was given', {
			itemIndex: i,
			description: 'Give at least one of "Member IDs", "Guest Emails" or "Group IDs".',
		});
	}
	const change = this.getNodeParameter('change', i, 'add') as string;
	const task = await readTask.call(this, taskId, optionalId.call(this, 'processId', i));
	const owners = changedOwners(ownersOf.call(this, i, task), given, change);
	return await saveTask.call(this, i, task, { owners: { ...owners } });
}
