import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { memberLocator } from '../../descriptions/rlc.description';
import { apiRequest, org } from '../../transport';
import { memberIdOf, roleProperty } from './shared';

const properties: INodeProperties[] = [
	memberLocator,
	{ ...roleProperty, description: `The member’s new role. ${roleProperty.description}` },
];

export const description = forOperation('member', 'updateRole', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = memberIdOf.call(this, i);
	const role = this.getNodeParameter('role', i) as string;
	return await apiRequest.call(this, 'PUT', org`/users/${id}/role`, { body: { role } });
}
