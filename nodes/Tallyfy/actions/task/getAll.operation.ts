import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { toDay } from '../../helpers/dates';
import { queryFromFilters } from '../../helpers/filters';
import { requiredId } from '../../helpers/parameters';
import { SIMPLE_FIELDS, simplify } from '../../helpers/simplify';
import { listFromParameters, org } from '../../transport';

const assigneeFilters: INodeProperties[] = [
	{
		displayName: 'Assigned to Group IDs',
		name: 'groups',
		type: 'string',
		default: '',
		description: 'Comma-separated group IDs; tasks assigned to any of them',
	},
	{
		displayName: 'Assigned to Guest Emails',
		name: 'guests',
		type: 'string',
		default: '',
		description: 'Comma-separated guest emails; tasks assigned to any of them',
	},
	{
		displayName: 'Assigned to Member IDs',
		name: 'owners',
		type: 'string',
		default: '',
		description: 'Comma-separated numeric member IDs; tasks assigned to any of them',
	},
	{
		displayName: 'Due After',
		name: 'deadline_after',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Due Before',
		name: 'deadline_before',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Unassigned Only',
		name: 'unassigned',
		type: 'boolean',
		default: false,
		description: 'Whether to return only tasks nobody is assigned to',
	},
];

const organizationFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	displayOptions: { show: { scope: ['organization'] } },
	options: [
		...assigneeFilters,
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
			displayName: 'Due On',
			name: 'deadline_on',
			type: 'dateTime',
			default: '',
		},
		{
			displayName: 'Folder ID',
			name: 'folder',
			type: 'string',
			default: '',
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
		},
	],
};

const processFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'processFilters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	displayOptions: { show: { scope: ['process'] } },
	options: [
		...assigneeFilters,
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'options',
			default: 'position',
			options: [
				{ name: 'Due Date, Earliest First', value: 'deadline' },
				{ name: 'Due Date, Latest First', value: '-deadline' },
				{ name: 'Step Order', value: 'position' },
			],
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'active',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Active and Visible', value: 'active_visible' },
				{ name: 'Complete', value: 'complete' },
				{ name: 'Due Soon', value: 'due_soon' },
				{ name: 'Has Problem', value: 'hasproblem' },
				{ name: 'In Progress', value: 'inprogress' },
				{ name: 'Incomplete', value: 'incomplete' },
				{ name: 'Not Started', value: 'not-started' },
				{ name: 'Overdue', value: 'overdue' },
			],
		},
	],
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
	processFilters,
];

export const description = forOperation('task', 'getAll', properties);

const DAY_FILTERS: Record<string, string> = {
	deadline_after: 'Due After',
	deadline_before: 'Due Before',
	deadline_on: 'Due On',
};

export async function execute(this: IExecuteFunctions, i: number) {
	const scope = this.getNodeParameter('scope', i, 'organization') as string;
	const filters = this.getNodeParameter(
		scope === 'process' ? 'processFilters' : 'filters',
		i,
		{},
	) as IDataObject;
	const days: IDataObject = {};
	for (const [key, label] of Object.entries(DAY_FILTERS)) {
		if (filters[key]) days[key] = toDay(this.getNode(), filters[key], label, i);
	}
	const qs = queryFromFilters(filters, days);
	const endpoint =
		scope === 'process'
			? org`/runs/${requiredId.call(this, 'processId', i, 'Process')}/tasks`
			: org`/tasks`;
	const tasks = await listFromParameters.call(this, i, endpoint, { qs });
	const simple = this.getNodeParameter('simplify', i, true) as boolean;
	return simple ? tasks.map((record) => simplify(record, SIMPLE_FIELDS.task)) : tasks;
}
