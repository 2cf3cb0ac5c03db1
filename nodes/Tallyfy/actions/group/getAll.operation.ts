import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllOrLimit } from '../../descriptions/common.description';
import { filtersWithIncludes } from '../../helpers/filters';
import { listFromParameters, org } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description: 'Related records to embed in each group (Tallyfy’s "with" parameter)',
		options: [
			{ name: 'Files', value: 'assets' },
			{ name: 'Guests', value: 'guests' },
			{ name: 'Members', value: 'users' },
		],
	},
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
				description: 'Only groups whose name contains this text',
			},
			{
				displayName: 'Sort By',
				name: 'sort_by',
				type: 'options',
				default: 'name',
				options: [
					{ name: 'Created', value: 'created_at' },
					{ name: 'Name', value: 'name' },
					{ name: 'Updated', value: 'updated_at' },
				],
			},
		],
	},
];

export const description = forOperation('group', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const qs = filtersWithIncludes.call(this, i);
	return await listFromParameters.call(this, i, org`/groups`, { qs });
}
