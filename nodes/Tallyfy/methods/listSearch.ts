import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { apiRequest, isLastPage, org, tallyfyRequest, type Endpoint } from '../transport';

const PAGE_SIZE = 50;

interface SearchSpec {
	endpoint: Endpoint;
	qs?: IDataObject;
	/** The query parameter Tallyfy filters on; without one, results are filtered here. */
	searchParam?: string;
	toItem: (record: IDataObject) => INodeListSearchItems;
}

/** One page of a Tallyfy list as resource-locator results, with Tallyfy's page number as token. */
async function searchPage(
	this: ILoadOptionsFunctions,
	spec: SearchSpec,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) || 1;
	const term = filter?.trim();
	const qs: IDataObject = { ...spec.qs, page, per_page: PAGE_SIZE };
	if (term && spec.searchParam) qs[spec.searchParam] = term;
	const answer = (await tallyfyRequest.call(this, 'GET', spec.endpoint, { qs })) as IDataObject;
	const records = Array.isArray(answer?.data) ? (answer.data as IDataObject[]) : [];
	let results = records.map(spec.toItem);
	if (term && !spec.searchParam) {
		results = results.filter((item) => item.name.toLowerCase().includes(term.toLowerCase()));
	}
	const pagination = (answer?.meta as IDataObject | undefined)?.pagination as
		| IDataObject
		| undefined;
	return {
		results,
		paginationToken: isLastPage(pagination, records.length) ? undefined : String(page + 1),
	};
}

const named = (record: IDataObject, ...keys: string[]): string => {
	const name = keys.map((key) => record[key]).find((value) => typeof value === 'string' && value);
	return (name as string | undefined) ?? String(record.id);
};

const blueprintItem = (record: IDataObject): INodeListSearchItems => ({
	name: named(record, 'title'),
	value: String(record.id),
});

const processItem = (record: IDataObject): INodeListSearchItems => ({
	name: named(record, 'name'),
	value: String(record.id),
});

/**
 * The ID chosen in another parameter of the node, which dependent lists follow; undefined
 * when it is empty or the operation has no such parameter (Task > Get has no Process).
 */
function chosenId(context: ILoadOptionsFunctions, parameter: string): string | undefined {
	try {
		const id = context.getCurrentNodeParameter(parameter, { extractValue: true });
		return typeof id === 'string' && id ? id : undefined;
	} catch {
		return undefined;
	}
}

/** Tasks of the process chosen in the node, or else the organization's open tasks. */
export async function searchTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const processId = chosenId(this, 'processId');
	const spec: SearchSpec = processId
		? { endpoint: org`/runs/${processId}/tasks`, qs: { sort: 'position' }, toItem: taskItem }
		: { endpoint: org`/tasks`, qs: { status: 'incomplete' }, searchParam: 'q', toItem: taskItem };
	return await searchPage.call(this, spec, filter, paginationToken);
}

function taskItem(record: IDataObject): INodeListSearchItems {
	return { name: named(record, 'title', 'name'), value: String(record.id) };
}

const plainText = (html: unknown) =>
	String(html ?? '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** The comments of the task chosen in the node; Tallyfy lists them only inside the task. */
export async function searchComments(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const taskId = chosenId(this, 'taskId');
	if (!taskId) return { results: [] };
	const task = await apiRequest.call(this, 'GET', org`/tasks/${taskId}`, {
		qs: { with: 'threads' },
	});
	return searchWithin(
		(task.threads as IDataObject | undefined)?.data,
		(thread) => {
			const text = plainText(thread.content);
			return {
				name: `${String(thread.label ?? 'comment')}: ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`,
				value: String(thread.id),
			};
		},
		filter,
	);
}

/**
 * Steps, form fields, kick-off fields and automation rules come whole inside their
 * blueprint or step (Tallyfy offers no paged or searchable list of them), so the
 * search runs here over the one answer.
 */
function searchWithin(
	records: unknown,
	toItem: (record: IDataObject) => INodeListSearchItems,
	filter?: string,
): INodeListSearchResult {
	const term = filter?.trim().toLowerCase();
	const items = (Array.isArray(records) ? (records as IDataObject[]) : []).map(toItem);
	return { results: items.filter((item) => !term || item.name.toLowerCase().includes(term)) };
}

/** The steps of the blueprint chosen in the node. */
export async function searchSteps(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const blueprintId = chosenId(this, 'blueprintId');
	if (!blueprintId) return { results: [] };
	const steps = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}/steps`);
	return searchWithin(
		steps,
		(step) => ({
			name: `${String(step.position ?? '?')}. ${named(step, 'title')}`,
			value: String(step.id),
		}),
		filter,
	);
}

/** The form fields of the step chosen in the node. */
export async function searchFormFields(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const blueprintId = chosenId(this, 'blueprintId');
	const stepId = chosenId(this, 'stepId');
	if (!blueprintId || !stepId) return { results: [] };
	const step = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}/steps/${stepId}`);
	return searchWithin(step.captures, fieldItem, filter);
}

/** A list the chosen blueprint carries inline (kick-off fields, automation rules), searched here. */
async function searchBlueprintList(
	this: ILoadOptionsFunctions,
	key: 'prerun' | 'automated_actions',
	toItem: (record: IDataObject) => INodeListSearchItems,
	filter?: string,
): Promise<INodeListSearchResult> {
	const blueprintId = chosenId(this, 'blueprintId');
	if (!blueprintId) return { results: [] };
	const blueprint = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}`);
	return searchWithin(blueprint[key], toItem, filter);
}

/** The kick-off fields of the blueprint chosen in the node. */
export async function searchKickoffFields(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchBlueprintList.call(this, 'prerun', fieldItem, filter);
}

function fieldItem(field: IDataObject): INodeListSearchItems {
	return {
		name: `${named(field, 'label', 'alias')} (${String(field.field_type)})`,
		value: String(field.id),
	};
}

/** The automation rules of the blueprint chosen in the node. */
export async function searchAutomations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchBlueprintList.call(
		this,
		'automated_actions',
		(rule) => ({ name: named(rule, 'automated_alias'), value: String(rule.id) }),
		filter,
	);
}

/** A list search over one Tallyfy list endpoint, searched with its documented `q`. */
function searchOf(endpoint: Endpoint, toItem: SearchSpec['toItem'], qs?: IDataObject) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchPage.call(
			this,
			{ endpoint, qs, searchParam: 'q', toItem },
			filter,
			paginationToken,
		);
	};
}

/** "Jane Doe (jane@example.com)", or the address alone when the person has no name. */
function personName(record: IDataObject): string {
	const name = [record.first_name, record.last_name].filter(Boolean).join(' ');
	return name ? `${name} (${String(record.email)})` : String(record.email ?? record.id);
}

export const searchMembers = searchOf(org`/users`, (record) => ({
	name: record.status === 'disabled' ? `${personName(record)} - disabled` : personName(record),
	value: String(record.id),
}));

export const searchGuests = searchOf(org`/guests`, (record) => ({
	name: personName(record),
	value: String(record.email),
}));

export const searchGroups = searchOf(org`/groups`, (record) => ({
	name: named(record, 'name'),
	value: String(record.id),
}));

export const searchTags = searchOf(org`/tags`, (record) => ({
	name: named(record, 'title'),
	value: String(record.id),
}));

export const searchFolders = searchOf(org`/folders`, (record) => ({
	name: `${named(record, 'name')} (${record.folder_type === 'run' ? 'process' : 'blueprint'} folder)`,
	value: String(record.id),
}));

export const searchBlueprints = searchOf(org`/checklists`, blueprintItem);

export const searchArchivedBlueprints = searchOf(org`/checklists`, blueprintItem, {
	archived: 'only',
});

export const searchProcesses = searchOf(org`/runs`, processItem);

export const searchArchivedProcesses = searchOf(org`/runs`, processItem, { status: 'archived' });

/** Open one-off tasks (tasks outside any process). */
export const searchOneOffTasks = searchOf(org`/tasks`, taskItem, {
	is_oneoff: 'true',
	status: 'incomplete',
});

export const searchArchivedTasks = searchOf(org`/tasks`, taskItem, {
	is_oneoff: 'true',
	archived: 'only',
});
