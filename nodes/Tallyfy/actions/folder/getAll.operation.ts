import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllOrLimit } from '../../descriptions/common.description';
import { queryFromFilters, withIncludes } from '../../helpers/filters';
import { listFromParameters, org } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Include Subfolders',
		name: 'includeChildren',
		type: 'boolean',
		default: false,
		description: 'Whether to add each folder’s direct subfolders as "children"',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Folder Type',
				name: 'folder_type',
				type: 'options',
				default: 'checklist',
				options: [
					{ name: 'Blueprint Folders', value: 'checklist' },
					{ name: 'Process Folders', value: 'run' },
				],
			},
			{
				displayName: 'Search',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Only folders whose name contains this text',
			},
			{
				displayName: 'Sort by Position',
				name: 'sortByPosition',
				type: 'boolean',
				default: true,
				description: 'Whether to list folders in the order they have in Tallyfy',
			},
		],
	},
];

export const description = forOperation('folder', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const { sortByPosition, ...filters } = this.getNodeParameter('filters', i, {}) as IDataObject;
	const children = this.getNodeParameter('includeChildren', i, false) as boolean;
	const qs = queryFromFilters(filters, {
		...(sortByPosition ? { sort: 'position' } : {}),
		...withIncludes(children ? ['children'] : []),
	});
	return await listFromParameters.call(this, i, org`/folders`, { qs });
}
