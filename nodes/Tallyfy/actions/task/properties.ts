import type { INodeProperties } from 'n8n-workflow';

import { processLocator, taskLocator } from '../../descriptions/rlc.description';

/* The parameters the task operations share: pickers, settings, assignees and list filters. */

/** Tallyfy's limit for task titles. */
export const MAX_TITLE = 600;

/** Options of a collection, sorted by display name as n8n lists them. */
export const sortedByName = (properties: INodeProperties[]) =>
	properties.sort((a, b) => a.displayName.localeCompare(b.displayName));

/** The process of a task, for operations that work on one-off tasks too. */
export const optionalProcessLocator: INodeProperties = {
	...processLocator,
	required: false,
	description:
		'The process the task belongs to. Leave empty for a one-off task, or to let the node look the process up (one extra request).',
};

/** For operations without a Process parameter. */
export const anyTaskLocator: INodeProperties = {
	...taskLocator,
	description:
		'The task to use, one-off or in a process. The list shows your organization’s open tasks.',
};

/** Related records a task can be read with (`with=`). */
export const includeProperty: INodeProperties = {
	displayName: 'Include',
	name: 'include',
	type: 'multiOptions',
	default: [],
	description: 'Related records to embed in the answer',
	options: [
		{ name: 'Comments', value: 'threads' },
		{ name: 'Files', value: 'assets' },
		{ name: 'Form Fields', value: 'form_fields', description: 'With the values filled in so far' },
		{ name: 'Process', value: 'run' },
		{ name: 'Step', value: 'step', description: 'The blueprint step the task comes from' },
		{ name: 'Tags', value: 'tags' },
	],
};

/** Members, guests and groups, each a comma-separated list; `what` says what they are for. */
export function assigneeProperties(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Group IDs',
			name: 'groups',
			type: 'string',
			default: '',
			placeholder: 'e.g. 6c3c7e1f0a2b4d5e8f9a0b1c2d3e4f5a',
			description: `Comma-separated IDs of groups ${what}`,
		},
		{
			displayName: 'Guest Emails',
			name: 'guests',
			type: 'string',
			default: '',
			placeholder: 'e.g. jane@client.example',
			description: `Comma-separated email addresses of guests ${what}`,
		},
		{
			displayName: 'Member IDs',
			name: 'members',
			type: 'string',
			default: '',
			placeholder: 'e.g. 12345, 67890',
			description: `Comma-separated numeric IDs of members ${what}`,
		},
	];
}

export const taskTypeProperty: INodeProperties = {
	displayName: 'Task Type',
	name: 'task_type',
	type: 'options',
	default: 'task',
	description: 'What kind of task it is, which decides how it is completed',
	options: [
		{ name: 'Approval', value: 'approval', description: 'Completed by approving or rejecting' },
		{ name: 'Email', value: 'email', description: 'Completed by sending an email' },
		{
			name: 'Expiring',
			value: 'expiring',
			description: 'Completes itself at its deadline unless acknowledged earlier',
		},
		{
			name: 'Expiring Email',
			value: 'expiring_email',
			description: 'An email task that completes itself at its deadline',
		},
		{ name: 'Task', value: 'task', description: 'An ordinary task, completed when done' },
	],
};

/** Settings both kinds of task take on create and update (PUT bodies of contract §3.8). */
export const taskSettingFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'summary',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'What the task is about; HTML is allowed',
	},
	{
		displayName: 'Hidden From Non-Assignees',
		name: 'top_secret',
		type: 'boolean',
		default: false,
		description: 'Whether only the assignees and administrators may see the task',
	},
	{
		displayName: 'Max Assignees Who Must Complete',
		name: 'max_assignable',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How many of the assignees must complete the task; 0 means no limit',
	},
	{
		displayName: 'Prevent Guest Comments',
		name: 'prevent_guest_comment',
		type: 'boolean',
		default: false,
		description: 'Whether guests are kept from commenting on the task',
	},
	{
		displayName: 'Start Date',
		name: 'started_at',
		type: 'dateTime',
		default: '',
		description: 'When work on the task starts (sent to Tallyfy in UTC)',
	},
	{
		displayName: 'Webhook URL',
		name: 'webhook',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/tallyfy-task-done',
		description: 'Address Tallyfy posts to when the task is completed',
	},
];

/** Title, deadline and type as optional changes, for the update operations. */
export const taskUpdateFields = sortedByName([
	...taskSettingFields,
	{
		displayName: 'Deadline',
		name: 'deadline',
		type: 'dateTime',
		default: '',
		description: 'When the task is due (sent to Tallyfy in UTC)',
	},
	{ ...taskTypeProperty, description: 'The new kind of task' },
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		description: `New name of the task (up to ${MAX_TITLE} characters)`,
	},
]);

const option = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

/** Who a task is assigned to: filters of the organization's and a process's task lists. */
export const assigneeFilters: INodeProperties[] = [
	option(
		'Assigned to Group IDs',
		'groups',
		'Comma-separated group IDs; tasks assigned to any of them',
	),
	option(
		'Assigned to Guest Emails',
		'guests',
		'Comma-separated guest emails; tasks assigned to any of them',
	),
	option(
		'Assigned to Member IDs',
		'owners',
		'Comma-separated numeric member IDs; tasks assigned to any of them',
	),
	{
		displayName: 'Unassigned Only',
		name: 'unassigned',
		type: 'boolean',
		default: false,
		description: 'Whether to return only tasks nobody is assigned to',
	},
];

/** Deadline filters; Tallyfy reads them as days, before/after exclusive and the range inclusive. */
export const DUE_FILTERS: Record<string, { label: string; description: string }> = {
	deadline_after: { label: 'Due After', description: 'Tasks due after this day (not on it)' },
	deadline_before: { label: 'Due Before', description: 'Tasks due before this day (not on it)' },
	deadline_on: { label: 'Due On', description: 'Tasks due on this day' },
	deadline_start_range: {
		label: 'Due On or After',
		description: 'Tasks due on this day or later',
	},
	deadline_end_range: {
		label: 'Due On or Before',
		description: 'Tasks due on this day or earlier',
	},
};

export const dueFilters: INodeProperties[] = Object.entries(DUE_FILTERS).map(
	([name, { label, description }]) => ({
		displayName: label,
		name,
		type: 'dateTime',
		default: '',
		description,
	}),
);

/** The filters `GET /runs/{id}/tasks` documents. */
export const processTaskFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'processFilters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: sortedByName([
		...assigneeFilters,
		...dueFilters,
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
	]),
};

const statusOption = (value: string) =>
	({
		active: { name: 'Active', value },
		completed: { name: 'Completed', value },
		due_soon: { name: 'Due Soon', value },
		hasproblem: { name: 'Has Problem', value },
		incomplete: { name: 'Incomplete', value },
		inprogress: { name: 'In Progress', value },
		overdue: { name: 'Overdue', value },
	})[value] ?? { name: value, value };

/**
 * Filters of a person's task list (mine, a member's, a guest's): the sort orders they
 * share, and `statuses` and `extra` filters as each endpoint documents them.
 */
export function personalTaskFilters(
	statuses: string[],
	extra: INodeProperties[] = [],
): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: sortedByName([
			...extra,
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
				],
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'active',
				options: statuses.map(statusOption),
			},
		]),
	};
}

/** The statuses Tallyfy documents for a member's task list. */
export const MEMBER_TASK_STATUSES = [
	'active',
	'due_soon',
	'hasproblem',
	'incomplete',
	'inprogress',
	'overdue',
];

export const searchFilter = option(
	'Search',
	'q',
	'Only tasks whose process or step name contains this text',
);
