import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, returnAllOrLimit } from '../../descriptions/common.description';
import { queryFromFilters } from '../../helpers/filters';
import { listFromParameters, org } from '../../transport';
import { fieldTypeOptions } from './shared';

const yesNo = (yes: string, no: string) => [
	{ name: yes, value: 'true' },
	{ name: no, value: 'false' },
];

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Active',
				name: 'is_active',
				type: 'options',
				default: 'true',
				options: yesNo('Active Only', 'Inactive Only'),
			},
			{
				displayName: 'Applies To',
				name: 'applies_to',
				type: 'string',
				default: '',
				placeholder: 'e.g. process',
				description: 'Only keys for this kind of record',
			},
			{
				displayName: 'Field Type',
				name: 'field_type',
				type: 'options',
				default: 'text',
				options: fieldTypeOptions,
			},
			{
				displayName: 'Key Type',
				name: 'key_type',
				type: 'options',
				default: 'org',
				options: [
					{ name: 'Organization', value: 'org', description: 'Keys your administrators defined' },
					{ name: 'System', value: 'system', description: 'Keys Tallyfy manages itself' },
				],
			},
			{
				displayName: 'Required',
				name: 'is_required',
				type: 'options',
				default: 'true',
				options: yesNo('Required Only', 'Optional Only'),
			},
			{
				displayName: 'Search',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Only keys whose name contains this text',
			},
			{
				displayName: 'Sort By',
				name: 'sort_by',
				type: 'string',
				default: '',
				placeholder: 'e.g. key',
				description: 'The key field to sort by',
			},
			{
				displayName: 'Sort Direction',
				name: 'sort_direction',
				type: 'options',
				default: 'asc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
			},
		],
	},
];

export const description = forOperation('customField', 'getKeys', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const qs = queryFromFilters(this.getNodeParameter('filters', i, {}) as IDataObject);
	return await listFromParameters.call(this, i, org`/custom-field-keys`, { qs });
}
