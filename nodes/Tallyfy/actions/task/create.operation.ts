import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { labelOf } from '../../helpers/expressionValues';
import { checkText, collectionParameter, listOf } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import {
	assigneeProperties,
	sortedByName,
	taskSettingFields,
	taskTypeProperty,
	MAX_TITLE,
} from './properties';
import { assigneesOf, taskSettings } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Call Acme about the renewal',
		description: `Name of the task (up to ${MAX_TITLE} characters)`,
	},
	{ ...taskTypeProperty, required: true },
	{
		displayName: 'Deadline',
		name: 'deadline',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When the task is due (sent to Tallyfy in UTC)',
	},
	...assigneeProperties('to assign the task to; give at least one member, guest or group'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sortedByName([
			...taskSettingFields,
			{
				displayName: 'Everyone Must Complete',
				name: 'everyone_must_complete',
				type: 'boolean',
				default: false,
				description: 'Whether every assignee must complete the task, not just one of them',
			},
			{
				displayName: 'Only Assignees Can Complete',
				name: 'can_complete_only_assignees',
				type: 'boolean',
				default: false,
				description: 'Whether only the assignees may complete the task',
			},
			{
				displayName: 'Process ID',
				name: 'run_id',
				type: 'string',
				default: '',
				description: 'ID of a process to add the task to; it stays a one-off task',
			},
			{
				displayName: 'Separate Task for Each Assignee',
				name: 'separate_task_for_each_assignee',
				type: 'boolean',
				default: false,
				description:
					'Whether to create one task per assignee instead of one shared task. Tallyfy then groups the copies in a new process; the answer shows one of them.',
			},
			{
				displayName: 'Soft Start Date',
				name: 'is_soft_start_date',
				type: 'boolean',
				default: false,
				description: 'Whether the start date is only a suggestion rather than when the task opens',
			},
			{
				displayName: 'Tag IDs',
				name: 'tags',
				type: 'string',
				default: '',
				description: 'Comma-separated IDs of tags to put on the task',
			},
		]),
	},
];

export const description = forOperation('task', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const title = checkText.call(this, this.getNodeParameter('title', i, ''), i, {
		label: 'Title',
		required: true,
		max: MAX_TITLE,
		hint: 'Give the task a title, for example with an expression such as {{ $json.subject }}.',
	});
	const { deadline } = taskSettings.call(this, i, {
		deadline: this.getNodeParameter('deadline', i, ''),
	});
	if (deadline === undefined) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Deadline" is empty', {
			itemIndex: i,
			description:
				'Tallyfy needs a deadline for every one-off task. Pick a date or use an expression.',
		});
	}
	const owners = assigneesOf.call(this, i);
	if (!owners.users.length && !owners.guests.length && !owners.groups.length) {
		throw new NodeOperationError(this.getNode(), 'The task has no assignee', {
			itemIndex: i,
			description: 'Give at least one of "Member IDs", "Guest Emails" or "Group IDs".',
		});
	}
	const additional = taskSettings.call(
		this,
		i,
		collectionParameter.call(this, 'additionalFields', i, { run_id: 'tallyfy', tags: 'tallyfy' }),
	);
	if (typeof additional.tags === 'string')
		additional.tags = listOf.call(
			this,
			additional.tags,
			i,
			labelOf.call(this, 'additionalFields', 'tags'),
		);
	const body: IDataObject = {
		title,
		task_type: this.getNodeParameter('task_type', i, 'task') as string,
		deadline,
		owners: owners as unknown as IDataObject,
		...additional,
	};
	return await apiRequest.call(this, 'POST', org`/tasks`, { body });
}
