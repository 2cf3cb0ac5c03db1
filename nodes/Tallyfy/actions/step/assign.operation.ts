import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator, stepLocator } from '../../descriptions/rlc.description';
import { assigneeLists, assigneeProperties, saveStep, stepIds, type Assignees } from './shared';

export const description = forOperation('step', 'assign', [
	blueprintLocator,
	stepLocator,
	{
		displayName: 'Change',
		name: 'assignMode',
		type: 'options',
		default: 'add',
		description: 'What to do with the members, guests and groups given below',
		options: [
			{
				name: 'Add to Assignees',
				value: 'add',
				description: 'Assign them as well; current assignees stay',
			},
			{
				name: 'Remove From Assignees',
				value: 'remove',
				description: 'Unassign them; other assignees stay',
			},
			{
				name: 'Replace Assignees',
				value: 'replace',
				description: 'Assign exactly these; everyone else is unassigned',
			},
		],
	},
	...assigneeProperties,
]);

function given(this: IExecuteFunctions, i: number): Assignees {
	return assigneeLists.call(this, i, {
		memberIds: this.getNodeParameter('memberIds', i, ''),
		guestEmails: this.getNodeParameter('guestEmails', i, ''),
		groupIds: this.getNodeParameter('groupIds', i, ''),
	});
}

function merged<T>(current: T[], change: T[], mode: string): T[] {
	if (mode === 'replace') return change;
	if (mode === 'add') return [...current, ...change.filter((entry) => !current.includes(entry))];
	return current.filter((entry) => !change.includes(entry));
}

/** Through the step update (see saveStep), with the assignee lists merged here. */
export async function execute(this: IExecuteFunctions, i: number) {
	const ids = stepIds.call(this, i);
	const mode = this.getNodeParameter('assignMode', i, 'add') as string;
	const wanted = given.call(this, i);
	const count = wanted.assignees.length + wanted.guests.length + wanted.groups.length;
	if (!count && mode !== 'replace') {
		throw new NodeOperationError(this.getNode(), 'No member, guest or group is given', {
			itemIndex: i,
			description: 'Fill in "Member IDs", "Guest Emails" or "Group IDs".',
		});
	}
	return await saveStep.call(this, i, ids, (current) => ({
		assignees: merged(current.assignees, wanted.assignees, mode),
		guests: merged(current.guests, wanted.guests, mode),
		groups: merged(current.groups, wanted.groups, mode),
	}));
}
