import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllOrLimit } from '../../descriptions/common.description';
import { queryFromFilters, withIncludes } from '../../helpers/filters';
import { listFromParameters, org } from '../../transport';
import { statisticsProperty } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	statisticsProperty,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Include Auto-Generated',
				name: 'all',
				type: 'boolean',
				default: false,
				description:
					'Whether to also return the tags Tallyfy generates for processes itself (hidden unless asked for)',
			},
			{
				displayName: 'Search',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Only tags whose title contains this text',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'options',
				default: 'title',
				options: [
					{ name: 'Newest First', value: '-created_at' },
					{ name: 'Oldest First', value: 'created_at' },
					{ name: 'Title', value: 'title' },
				],
			},
		],
	},
];

export const description = forOperation('tag', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const statistics = this.getNodeParameter('includeStatistics', i, false) as boolean;
	const qs = queryFromFilters(
		this.getNodeParameter('filters', i, {}) as IDataObject,
		withIncludes(statistics ? ['statistics'] : []),
	);
	return await listFromParameters.call(this, i, org`/tags`, { qs });
}
