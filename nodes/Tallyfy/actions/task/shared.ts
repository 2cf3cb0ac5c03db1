import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toDateTime, toDay } from '../../helpers/dates';
import { queryFromFilters } from '../../helpers/filters';
import { taskFormFields, type FormInputSpec } from '../../helpers/formInput';
import { encodeFormValues, type FieldValue } from '../../helpers/formValues';
import {
	checkEmails,
	checkMemberIds,
	checkText,
	collectionParameter,
	listOf,
	optionalId,
} from '../../helpers/parameters';
import { SIMPLE_FIELDS, simplifyIfAsked } from '../../helpers/simplify';
import { apiRequest, listFromParameters, org, type Endpoint } from '../../transport';
import { DUE_FILTERS, MAX_TITLE } from './properties';

export interface Owners {
	users: number[];
	guests: string[];
	groups: string[];
}

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

/** The people of `assigneeProperties`, checked before anything is sent. */
export function assigneesOf(this: IExecuteFunctions, i: number): Owners {
	return {
		users: checkMemberIds.call(this, this.getNodeParameter('members', i, ''), i, 'Member IDs'),
		guests: checkEmails.call(this, this.getNodeParameter('guests', i, ''), i, 'Guest Emails'),
		groups: listOf.call(this, this.getNodeParameter('groups', i, ''), i, 'Group IDs'),
	};
}

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
