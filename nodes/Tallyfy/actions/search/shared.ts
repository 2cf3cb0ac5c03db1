import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllOrLimit } from '../../descriptions/common.description';
import { textParameter } from '../../helpers/parameters';
import { listFromParameters, org } from '../../transport';

/** The record types Tallyfy's search endpoint takes in `on`. */
export type SearchType = 'blueprint' | 'process' | 'task' | 'snippet' | 'step' | 'capture';

export const searchTermProperty: INodeProperties = {
	displayName: 'Search Term',
	name: 'search',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. onboarding',
	description: 'The text to look for',
};

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tallyfy answers a search with one list per type (`{ task: { data, meta }, … }`), each
 * paged on its own. Folded into one list that lasts until every type's last page, the
 * answer goes through the transport's one pagination loop; every hit keeps its type.
 */
function hitsOfAnswer(types: SearchType[]) {
	return (answer: unknown): IDataObject => {
		const data: IDataObject[] = [];
		let currentPage: number | undefined;
		let totalPages: number | undefined;
		for (const type of types) {
			const bucket = isObject(answer) ? answer[type] : undefined;
			if (!isObject(bucket)) continue;
			for (const hit of Array.isArray(bucket.data) ? (bucket.data as IDataObject[]) : []) {
				data.push({ search_type: type, ...hit });
			}
			const meta = isObject(bucket.meta) ? bucket.meta : {};
			const pagination = isObject(meta.pagination) ? meta.pagination : meta;
			if (typeof pagination.current_page === 'number') currentPage = pagination.current_page;
			if (typeof pagination.total_pages === 'number') {
				totalPages = Math.max(totalPages ?? 0, pagination.total_pages);
			}
		}
		return {
			data,
			meta:
				currentPage !== undefined && totalPages !== undefined
					? { pagination: { current_page: currentPage, total_pages: totalPages } }
					: {},
		};
	};
}

/** Every hit of a search over `types`, one record per hit, Return All / Limit applied. */
export async function searchHits(
	this: IExecuteFunctions,
	i: number,
	types: SearchType[],
): Promise<IDataObject[]> {
	const search = textParameter.call(this, 'search', i, {
		label: 'Search Term',
		required: true,
		hint: 'Enter the text to look for, or an expression that gives it.',
	});
	// The term goes in `search`: Tallyfy's search endpoint ignores `q`.
	return await listFromParameters.call(this, i, org`/search`, {
		qs: { search, on: types.join(',') },
		listOf: hitsOfAnswer(types),
	});
}

/** A search over one type: the operation's description and execute. */
export function singleTypeSearch(operation: string, type: SearchType, searched: string) {
	return {
		description: forOperation('search', operation, [
			{ ...searchTermProperty, description: `The text to look for in ${searched}` },
			...returnAllOrLimit,
		]),
		async execute(this: IExecuteFunctions, i: number) {
			return await searchHits.call(this, i, [type]);
		},
	};
}
