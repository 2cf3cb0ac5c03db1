import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { filtersWithIncludes } from '../../helpers/filters';
import { SIMPLE_FIELDS, simplifyIfAsked } from '../../helpers/simplify';
import { listFromParameters, org } from '../../transport';
import { includeProperty } from './shared';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		...simplifyProperty,
		description:
			'Whether to return only the most useful fields of each member (and the records asked for under Include) instead of everything Tallyfy sends',
	},
	includeProperty,
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
				description: 'Only members whose first name, last name or email contains this text',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'options',
				default: 'first_name',
				options: [
					{ name: 'Email', value: 'email' },
					{ name: 'First Name', value: 'first_name' },
					{ name: 'Last Name', value: 'last_name' },
					{ name: 'Newest First', value: '-created_at' },
					{ name: 'Oldest First', value: 'created_at' },
					{ name: 'Recently Logged In First', value: '-last_login_at' },
				],
			},
		],
	},
];

export const description = forOperation('member', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const qs = filtersWithIncludes.call(this, i);
	const members = await listFromParameters.call(this, i, org`/users`, { qs });
	const include = this.getNodeParameter('include', i, []) as string[];
	return simplifyIfAsked.call(this, i, members, [...SIMPLE_FIELDS.member, ...include]);
}
