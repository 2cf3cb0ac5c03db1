import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { groupLocator } from '../../descriptions/rlc.description';
import { withIncludes } from '../../helpers/filters';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

const properties: INodeProperties[] = [
	groupLocator,
	{
		displayName: 'Include Files',
		name: 'includeAssets',
		type: 'boolean',
		default: false,
		description: 'Whether to add the group’s files, such as its logo (Tallyfy’s "assets")',
	},
];

export const description = forOperation('group', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'groupId', i, 'Group');
	const assets = this.getNodeParameter('includeAssets', i, false) as boolean;
	return await apiRequest.call(this, 'GET', org`/groups/${id}`, {
		qs: withIncludes(assets ? ['assets'] : []),
	});
}
