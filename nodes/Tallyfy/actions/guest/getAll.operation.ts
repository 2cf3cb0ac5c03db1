import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { queryFromFilters, withIncludes } from '../../helpers/filters';
import { SIMPLE_FIELDS, simplify } from '../../helpers/simplify';
import { listFromParameters, org } from '../../transport';
import { statisticsProperty } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		...simplifyProperty,
		description:
			'Whether to return only the most useful fields of each guest, with status and company name taken out of "details", instead of everything Tallyfy sends',
	},
	statisticsProperty,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Search',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Only guests whose email contains this text',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'options',
				default: 'created_at',
				options: [
					{ name: 'Email', value: 'email' },
					{ name: 'Newest First', value: '-created_at' },
					{ name: 'Oldest First', value: 'created_at' },
				],
			},
		],
	},
];

export const description = forOperation('guest', 'getAll', properties);

function simpleGuest(guest: IDataObject): IDataObject {
	const details = (guest.details ?? {}) as IDataObject;
	return {
		...simplify(guest, SIMPLE_FIELDS.guest),
		status: details.status ?? null,
		company_name: details.company_name ?? null,
		...('stats' in guest ? { stats: guest.stats } : {}),
	};
}

export async function execute(this: IExecuteFunctions, i: number) {
	const statistics = this.getNodeParameter('includeStatistics', i, false) as boolean;
	const qs = queryFromFilters(
		this.getNodeParameter('filters', i, {}) as IDataObject,
		withIncludes(statistics ? ['stats'] : []),
	);
	const guests = await listFromParameters.call(this, i, org`/guests`, { qs });
	return this.getNodeParameter('simplify', i, true) ? guests.map(simpleGuest) : guests;
}
