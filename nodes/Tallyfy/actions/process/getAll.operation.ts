import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { queryFromFilters } from '../../helpers/filters';
import { SIMPLE_FIELDS, simplify } from '../../helpers/simplify';
import { listFromParameters, org } from '../../transport';
import { collectionParameter } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	simplifyProperty,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Blueprint ID',
				name: 'checklist_id',
				type: 'string',
				default: '',
				description: 'Only processes launched from this blueprint',
			},
			{
				displayName: 'Folder ID',
				name: 'folder',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Group IDs',
				name: 'groups',
				type: 'string',
				default: '',
				description: 'Comma-separated IDs of groups taking part',
			},
			{
				displayName: 'Owner IDs',
				name: 'owners',
				type: 'string',
				default: '',
				description: 'Comma-separated numeric member IDs of process owners',
			},
			{
				displayName: 'Search',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Only processes whose name contains this text',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'options',
				default: '-created_at',
				options: [
					{ name: 'Newest First', value: '-created_at' },
					{ name: 'Oldest First', value: 'created_at' },
					{ name: 'Recently Updated First', value: '-last_updated' },
				],
			},
			{
				displayName: 'Starred Only',
				name: 'starred',
				type: 'boolean',
				default: false,
				description: 'Whether to return only starred processes',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'active',
				description: '"Problem" also returns processes with an open issue',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Archived', value: 'archived' },
					{ name: 'Complete', value: 'complete' },
					{ name: 'Delayed', value: 'delayed' },
					{ name: 'Has Issue', value: 'issue' },
					{ name: 'Improvement', value: 'improvement' },
					{ name: 'Problem', value: 'problem' },
					{ name: 'Starred', value: 'starred' },
				],
			},
			{
				displayName: 'Tag ID',
				name: 'tag',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'procedure',
				options: [
					{ name: 'Document', value: 'document' },
					{ name: 'Form', value: 'form' },
					{ name: 'Procedure', value: 'procedure' },
				],
			},
			{
				displayName: 'Untagged Only',
				name: 'untagged',
				type: 'boolean',
				default: false,
				description: 'Whether to return only processes without tags',
			},
		],
	},
];

export const description = forOperation('process', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const filters = collectionParameter.call(this, 'filters', i, {
		checklist_id: 'tallyfy',
		folder: 'tallyfy',
		owners: 'member',
		tag: 'tallyfy',
	});
	const qs = queryFromFilters(filters);
	const processes = await listFromParameters.call(this, i, org`/runs`, { qs });
	const simple = this.getNodeParameter('simplify', i, true) as boolean;
	return simple ? processes.map((record) => simplify(record, SIMPLE_FIELDS.process)) : processes;
}
