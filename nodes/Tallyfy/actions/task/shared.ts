import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toDateTime, toDay } from '../../helpers/dates';
import { queryFromFilters } from '../../helpers/filters';
import {
	encodeFormValues,
	taskFormFields,
	type FieldValue,
	type FormInputSpec,
} from '../../helpers/formValues';
import {
	checkEmails,
	checkMemberIds,
	checkText,
	collectionParameter,
	listOf,
	optionalId,
} from '../../helpers/parameters';
import { processLocator, taskLocator } from '../../descriptions/rlc.description';
import { SIMPLE_FIELDS, simplifyIfAsked } from '../../helpers/simplify';
import { apiRequest, listFromParameters, org, type Endpoint } from '../../transport';

/** Tallyfy's limit for task titles. */
export const MAX_TITLE = 600;

export interface Owners {
	users: number[];
	guests: string[];
	groups: string[];
}

/** Options of a collection, sorted by display name as n8n lists them. */
export const sortedByName = (properties: INodeProperties[]) =>
	properties.sort((a, b) => a.displayName.localeCompare(b.displayName));

/**
 * The task's current assignees. Tallyfy lists them as IDs in some answers and as objects
 * (`{ id, full_name }`) in others, and always all three groups: a missing group means the
 * read went wrong, and sending an empty one instead would unassign everyone in it.
 */
export function ownersOf(this: IExecuteFunctions, i: number, task: IDataObject): Owners {
	const owners = (task.owners ?? {}) as Record<string, unknown>;
	const list = (bucket: keyof Owners, key: string) => {
		if (!Array.isArray(owners[bucket])) {
			throw new NodeOperationError(
				this.getNode(),
				`Tallyfy did not return who is assigned to the task "${String(task.title ?? task.id)}"`,
				{
					itemIndex: i,
					description: `Nothing was changed: the answer had no "${bucket}" list, and a change without it would unassign them. Run the node again.`,
				},
			);
		}
		return (owners[bucket] as unknown[]).map((entry) =>
			entry && typeof entry === 'object' ? (entry as IDataObject)[key] : entry,
		);
	};
	return {
		users: list('users', 'id').map(Number),
		guests: list('guests', 'email').map(String),
		groups: list('groups', 'id').map(String),
	};
}

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

/** One task, through its process when one is known (that path also checks the task is in it). */
export async function readTask(
	this: IExecuteFunctions,
	taskId: string,
	processId: string | undefined,
	include: string[] = [],
): Promise<IDataObject> {
	return await apiRequest.call(
		this,
		'GET',
		processId ? org`/runs/${processId}/tasks/${taskId}` : org`/tasks/${taskId}`,
		{ qs: include.length ? { with: include.join(',') } : undefined },
	);
}

/**
 * The process of the task: the one chosen in the node, or else the task's own (one
 * request), or undefined for a one-off task.
 */
export async function processOfTask(
	this: IExecuteFunctions,
	i: number,
	taskId: string,
): Promise<string | undefined> {
	const processId = optionalId.call(this, 'processId', i);
	if (processId) return processId;
	const task = await readTask.call(this, taskId, undefined);
	return (task.run_id as string | null) || undefined;
}

/**
 * Writes `changes` to a task read just before. A process task takes a partial PUT; a
 * one-off task's PUT must carry title, deadline and owners every time (contract §3.8),
 * so the current ones go along with whatever changes.
 */
export async function saveTask(
	this: IExecuteFunctions,
	i: number,
	task: IDataObject,
	changes: IDataObject,
): Promise<IDataObject> {
	const id = String(task.id);
	if (task.run_id) {
		return await apiRequest.call(this, 'PUT', org`/runs/${String(task.run_id)}/tasks/${id}`, {
			body: changes,
		});
	}
	const body: IDataObject = {
		title: task.title,
		deadline: task.deadline ? toDateTime(this.getNode(), task.deadline, 'Deadline', i) : undefined,
		owners: ownersOf.call(this, i, task) as unknown as IDataObject,
		...changes,
	};
	return await apiRequest.call(this, 'PUT', org`/tasks/${id}`, { body });
}

export const FORM_INPUT: FormInputSpec = {
	input: 'formInput',
	mapper: 'formFields',
	list: 'formValues',
	displayName: 'Form Values',
	noun: 'form field',
	owner: 'the task',
	resourceMapperMethod: 'mapTaskFormFields',
	dependsOn: ['taskId.value', 'processId.value'],
	mode: 'map',
};

/** `taskdata`: the values encoded for the task's form fields, keyed by field ID. */
export function taskData(
	this: IExecuteFunctions,
	i: number,
	task: IDataObject,
	values: FieldValue[],
): IDataObject {
	return encodeFormValues(taskFormFields(task), values, {
		node: this.getNode(),
		itemIndex: i,
		noun: FORM_INPUT.noun,
		source: `task "${String(task.title ?? task.id)}"`,
		parameter: FORM_INPUT.displayName,
	});
}

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

/** The people of `assigneeProperties`, checked before anything is sent. */
export function assigneesOf(this: IExecuteFunctions, i: number): Owners {
	return {
		users: checkMemberIds.call(this, this.getNodeParameter('members', i, ''), i, 'Member IDs'),
		guests: checkEmails.call(this, this.getNodeParameter('guests', i, ''), i, 'Guest Emails'),
		groups: listOf(this.getNodeParameter('groups', i, '')),
	};
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

const DATE_TIME_FIELDS: Record<string, string> = { deadline: 'Deadline', started_at: 'Start Date' };

/**
 * The task settings a user set, in the shapes Tallyfy takes: titles checked, dates as
 * `YYYY-MM-DD HH:MM:SS` UTC; an added-then-cleared text or a 0 means "not set".
 */
export function taskSettings(this: IExecuteFunctions, i: number, fields: IDataObject): IDataObject {
	const settings: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		const blank = value === undefined || value === null || String(value).trim() === '';
		if (blank || (value === 0 && key !== 'max_assignable')) continue;
		if (key === 'title') {
			settings.title = checkText.call(this, value, i, { label: 'Title', max: MAX_TITLE });
		} else if (DATE_TIME_FIELDS[key]) {
			settings[key] = toDateTime(this.getNode(), value, DATE_TIME_FIELDS[key], i);
		} else {
			settings[key] = value;
		}
	}
	return settings;
}

/** Refuses an update that would change nothing, before any request. */
export function requireChanges(
	this: IExecuteFunctions,
	i: number,
	changes: IDataObject,
	description: string,
): void {
	if (Object.keys(changes).length) return;
	throw new NodeOperationError(this.getNode(), 'Nothing to update: no field to change was given', {
		itemIndex: i,
		description,
	});
}

// ---- lists ---------------------------------------------------------------------

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
const DUE_FILTERS: Record<string, { label: string; description: string }> = {
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

/**
 * Reads a task list with the filters of the collection `filtersName`, deadline filters
 * turned into the days Tallyfy expects, and Simplify applied.
 */
export async function listTasks(
	this: IExecuteFunctions,
	i: number,
	endpoint: Endpoint,
	filtersName: string,
): Promise<IDataObject[]> {
	const filters = collectionParameter.call(this, filtersName, i, {
		folder: 'tallyfy',
		guests: 'email',
		owners: 'member',
	});
	const days: IDataObject = {};
	for (const [key, { label }] of Object.entries(DUE_FILTERS)) {
		if (filters[key]) days[key] = toDay(this.getNode(), filters[key], label, i);
	}
	const tasks = await listFromParameters.call(this, i, endpoint, {
		qs: queryFromFilters(filters, days),
	});
	return simplifyIfAsked.call(this, i, tasks, SIMPLE_FIELDS.task);
}
