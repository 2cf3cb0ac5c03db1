import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { checkEmails, checkMemberIds, textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { guestEmailsProperty, memberIdsProperty } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Finance Approvers',
		description: 'Unique in the organization, up to 200 characters',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		description: 'What the group is for; Tallyfy requires one',
	},
	{ ...memberIdsProperty, description: `The group’s members. ${memberIdsProperty.description}.` },
	{
		...guestEmailsProperty,
		description: `The group’s guests. ${guestEmailsProperty.description}.`,
	},
];

export const description = forOperation('group', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const body: IDataObject = {
		name: textParameter.call(this, 'name', i, { label: 'Name', required: true, max: 200 }),
		description: textParameter.call(this, 'description', i, {
			label: 'Description',
			required: true,
			hint: 'Tallyfy requires a description for every group; say in a few words what it is for.',
		}),
	};
	const members = checkMemberIds.call(
		this,
		this.getNodeParameter('memberIds', i, ''),
		i,
		'Member IDs',
	);
	const guests = checkEmails.call(
		this,
		this.getNodeParameter('guestEmails', i, ''),
		i,
		'Guest Emails',
	);
	if (members.length) body.members = members;
	if (guests.length) body.guests = guests;
	return await apiRequest.call(this, 'POST', org`/groups`, { body });
}
