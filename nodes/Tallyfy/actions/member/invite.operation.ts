import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { personOf, personProperties } from './shared';

const properties: INodeProperties[] = [
	...personProperties('Address the invitation is sent to; it must not belong to a member already'),
	{
		displayName: 'Invitation Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		default: 'You are invited to join our organization in Tallyfy.',
		required: true,
		description: 'Text of the invitation email, up to 5,000 characters',
	},
];

export const description = forOperation('member', 'invite', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const body = {
		...personOf.call(this, i),
		message: textParameter.call(this, 'message', i, {
			label: 'Invitation Message',
			required: true,
			max: 5000,
		}),
	};
	return await apiRequest.call(this, 'POST', org`/users/invite`, { body });
}
