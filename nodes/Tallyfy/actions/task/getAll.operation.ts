import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { org } from '../../transport';
import { assigneeFilters, dueFilters, processTaskFilters, sortedByName } from './properties';
import { listTasks } from './shared';

/** The filters `GET /tasks` documents, beyond those it shares with a process's task list. */
const organizationFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	displayOptions: { show: { scope: ['organization'] } },
	options: sortedByName([
		...assigneeFilters,
		...dueFilters,
		{
			displayName: 'Archived',
			name: 'archived',
			type: 'options',
			default: 'true',
			options: [
				{ name: 'Include Archived', value: 'true' },
				{ name: 'Only Archived', value: 'only' },
			],
		},
		{
			displayName: 'Created On or Between',
			name: 'created',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2026-01-01:2026-01-31',
			description: 'A day (YYYY-MM-DD) or a range of days (YYYY-MM-DD:YYYY-MM-DD)',
		},
		{
			displayName: 'Custom Field Key',
			name: 'custom_field_key',
			type: 'string',
			default: '',
			description: 'Only tasks whose process has this custom field; use with Custom Field Value',
		},
		{
			displayName: 'Custom Field Value',
			name: 'custom_field_value',
			type: 'string',
			default: '',
			description: 'The value the custom field named in Custom Field Key must have',
		},
		{
			displayName: 'Folder ID',
			name: 'folder',
			type: 'string',
			default: '',
			description: 'Only tasks of processes in this folder',
		},
		{
			displayName: 'Kind',
			name: 'is_oneoff',
			type: 'options',
			default: 'true',
			options: [
				{ name: 'One-Off Tasks Only', value: 'true' },
				{ name: 'Process Tasks Only', value: 'false' },
			],
		},
		{
			displayName: 'Search',
			name: 'q',
			type: 'string',
			default: '',
			description: 'Only tasks whose process or step name contains this text',
		},
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'options',
			default: 'deadline',
			options: [
				{ name: 'Due Date, Earliest First', value: 'deadline' },
				{ name: 'Due Date, Latest First', value: '-deadline' },
				{ name: 'Most Problems First', value: 'problems' },
				{ name: 'Newest First', value: 'newest' },
				{ name: 'Recently Completed First', value: 'completed_newest' },
			],
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'active',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Complete', value: 'complete' },
				{ name: 'Due Soon', value: 'due_soon' },
				{ name: 'Has Problem', value: 'hasproblem' },
				{ name: 'In Progress', value: 'inprogress' },
				{ name: 'Incomplete', value: 'incomplete' },
				{ name: 'Overdue', value: 'overdue' },
			],
		},
		{
			displayName: 'Tag Name',
			name: 'tag',
			type: 'string',
			default: '',
			description: 'Only tasks whose process carries this tag',
		},
	]),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Tasks Of',
		name: 'scope',
		type: 'options',
		default: 'organization',
		options: [
			{
				name: 'Whole Organization',
				value: 'organization',
				description: 'Process tasks and one-off tasks across the organization',
			},
			{ name: 'One Process', value: 'process', description: 'The tasks of one process' },
		],
	},
	{ ...processLocator, displayOptions: { show: { scope: ['process'] } } },
	...returnAllOrLimit,
	simplifyProperty,
	organizationFilters,
	{ ...processTaskFilters, displayOptions: { show: { scope: ['process'] } } },
];

export const description = forOperation('task', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	if (this.getNodeParameter('scope', i, 'organization') === 'process') {
		const processId = requiredId.call(this, 'processId', i, 'Process');
		return await listTasks.call(this, i, org`/runs/${processId}/tasks`, 'processFilters');
	}
	return await listTasks.call(this, i, org`/tasks`, 'filters');
}
