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
				displayName: 'Archived',
				name: 'archived',
				type: 'options',
				default: 'exclude',
				options: [
					{ name: 'Exclude Archived', value: 'exclude' },
					{ name: 'Only Archived', value: 'only' },
				],
			},
			{
				displayName: 'Folder ID',
				name: 'folder',
				type: 'string',
				default: '',
				description: 'Only blueprints in this folder',
			},
			{
				displayName: 'Owner ID',
				name: 'owner_id',
				type: 'number',
				default: 0,
				description: 'Only blueprints owned by this member (numeric member ID)',
			},
			{
				displayName: 'Search',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Only blueprints whose title contains this text (not case-sensitive)',
			},
			{
				displayName: 'Sort By',
				name: 'sort_by',
				type: 'string',
				default: '',
				placeholder: 'e.g. -created_at',
				description: 'Field to sort by; prefix with - for descending order',
			},
			{
				displayName: 'Starred Only',
				name: 'starred',
				type: 'boolean',
				default: false,
				description: 'Whether to return only starred blueprints',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				description: 'Only blueprints with this status',
			},
			{
				displayName: 'Tag ID',
				name: 'tag',
				type: 'string',
				default: '',
				description: 'Only blueprints with this tag',
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
		],
	},
];

export const description = forOperation('blueprint', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const { archived, ...filters } = collectionParameter.call(this, 'filters', i, {
		folder: 'tallyfy',
		tag: 'tallyfy',
	});
	const qs = queryFromFilters(filters, archived === 'only' ? { archived: 'only' } : {});
	const blueprints = await listFromParameters.call(this, i, org`/checklists`, { qs });
	const simple = this.getNodeParameter('simplify', i, true) as boolean;
	return simple
		? blueprints.map((record) => simplify(record, SIMPLE_FIELDS.blueprint))
		: blueprints;
}
