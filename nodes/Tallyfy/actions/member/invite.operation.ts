import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { checkEmail, textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { roleProperty } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
		required: true,
		description: 'Address the invitation is sent to; it must not belong to a member already',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		required: true,
		description: 'Up to 32 characters',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
		required: true,
		description: 'Up to 32 characters',
	},
	roleProperty,
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
		email: checkEmail.call(this, this.getNodeParameter('email', i, ''), i, 'Email'),
		first_name: textParameter.call(this, 'firstName', i, {
			label: 'First Name',
			required: true,
			max: 32,
		}),
		last_name: textParameter.call(this, 'lastName', i, {
			label: 'Last Name',
			required: true,
			max: 32,
		}),
		role: this.getNodeParameter('role', i) as string,
		message: textParameter.call(this, 'message', i, {
			label: 'Invitation Message',
			required: true,
			max: 5000,
		}),
	};
	return await apiRequest.call(this, 'POST', org`/users/invite`, { body });
}
