import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { isLastPage, org, tallyfyRequest, type Endpoint } from '../transport';

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

export async function searchBlueprints(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage.call(
		this,
		{
			endpoint: org`/checklists`,
			searchParam: 'q',
			toItem: (record) => ({ name: named(record, 'title'), value: String(record.id) }),
		},
		filter,
		paginationToken,
	);
}

export async function searchProcesses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage.call(
		this,
		{
			endpoint: org`/runs`,
			searchParam: 'q',
			toItem: (record) => ({ name: named(record, 'name'), value: String(record.id) }),
		},
		filter,
		paginationToken,
	);
}

/** Tasks of the process chosen in the node, or else the organization's open tasks. */
export async function searchTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const processId = this.getCurrentNodeParameter('processId', { extractValue: true }) as
		| string
		| undefined;
	const spec: SearchSpec = processId
		? { endpoint: org`/runs/${processId}/tasks`, qs: { sort: 'position' }, toItem: taskItem }
		: { endpoint: org`/tasks`, qs: { status: 'incomplete' }, searchParam: 'q', toItem: taskItem };
	return await searchPage.call(this, spec, filter, paginationToken);
}

function taskItem(record: IDataObject): INodeListSearchItems {
	return { name: named(record, 'title', 'name'), value: String(record.id) };
}
