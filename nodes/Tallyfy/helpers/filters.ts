import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * Copies the filters a user actually set into the query string: n8n keeps `false`,
 * `0` and `''` for options that were added and then cleared.
 */
export function queryFromFilters(filters: IDataObject, mapped: IDataObject = {}): IDataObject {
	const qs: IDataObject = {};
	for (const [key, value] of Object.entries(filters)) {
		if (value === '' || value === false || value === 0 || value === undefined) continue;
		qs[key] = Array.isArray(value) ? value.join(',') : value;
	}
	return { ...qs, ...mapped };
}

/** Tallyfy's `with=a,b` list of related records to embed, or nothing. */
export function withIncludes(include: readonly string[]): IDataObject {
	return include.length ? { with: include.join(',') } : {};
}

/** The query of a Get Many with a Filters collection and an Include list of related records. */
export function filtersWithIncludes(this: IExecuteFunctions, i: number): IDataObject {
	const include = this.getNodeParameter('include', i, []) as string[];
	return queryFromFilters(
		this.getNodeParameter('filters', i, {}) as IDataObject,
		withIncludes(include),
	);
}
