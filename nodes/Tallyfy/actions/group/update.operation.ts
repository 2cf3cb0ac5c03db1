import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { groupLocator } from '../../descriptions/rlc.description';
import { checkEmails, checkMemberIds, checkText, requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { guestEmailsProperty, memberIdsProperty } from './shared';

type Change = 'keep' | 'add' | 'remove' | 'replace';

const changeOf = (displayName: string, name: string, people: string): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	default: 'keep',
	description: `How to change the group’s ${people}. Tallyfy replaces the whole list on every update, so Add and Remove read the group first and keep the other ${people}.`,
	options: [
		{ name: 'Add', value: 'add', description: `Add the ${people} below to the group` },
		{ name: 'Keep Unchanged', value: 'keep', description: `Leave the ${people} as they are` },
		{ name: 'Remove', value: 'remove', description: `Take the ${people} below out of the group` },
		{
			name: 'Replace',
			value: 'replace',
			description: `Make the ${people} below the only ones; leave the list empty to remove them all`,
		},
	],
});

const properties: INodeProperties[] = [
	groupLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'What the group is for. Left out, the current description is kept.',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'A new name, unique in the organization, up to 200 characters',
			},
		],
	},
	changeOf('Members', 'memberChange', 'members'),
	{ ...memberIdsProperty, displayOptions: { hide: { memberChange: ['keep'] } } },
	changeOf('Guests', 'guestChange', 'guests'),
	{ ...guestEmailsProperty, displayOptions: { hide: { guestChange: ['keep'] } } },
];

export const description = forOperation('group', 'update', properties);

function changed<T>(current: T[], change: Change, given: T[]): T[] {
	if (change === 'replace') return given;
	if (change === 'remove') return current.filter((entry) => !given.includes(entry));
	return [...current, ...given.filter((entry) => !current.includes(entry))];
}

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'groupId', i, 'Group');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const name = checkText.call(this, fields.name, i, { label: 'Name', max: 200 });
	const groupDescription = checkText.call(this, fields.description, i, { label: 'Description' });
	const memberChange = this.getNodeParameter('memberChange', i, 'keep') as Change;
	const guestChange = this.getNodeParameter('guestChange', i, 'keep') as Change;
	const members =
		memberChange === 'keep'
			? []
			: checkMemberIds.call(this, this.getNodeParameter('memberIds', i, ''), i, 'Member IDs');
	const guests =
		guestChange === 'keep'
			? []
			: checkEmails.call(this, this.getNodeParameter('guestEmails', i, ''), i, 'Guest Emails');
	if (!name && !groupDescription && memberChange === 'keep' && guestChange === 'keep') {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex: i,
			description: 'Add a field under "Update Fields", or choose how to change Members or Guests.',
		});
	}

	const body: IDataObject = {};
	if (name) body.name = name;
	// Tallyfy requires the description on every update, and its arrays replace the lists:
	// read the group when the current values are needed, rather than wiping them.
	const needsCurrent =
		!groupDescription ||
		['add', 'remove'].includes(memberChange) ||
		['add', 'remove'].includes(guestChange);
	const current = needsCurrent ? await apiRequest.call(this, 'GET', org`/groups/${id}`) : {};
	body.description = groupDescription || current.description;
	if (memberChange !== 'keep')
		body.members = changed((current.members as number[]) ?? [], memberChange, members);
	if (guestChange !== 'keep')
		body.guests = changed((current.guests as string[]) ?? [], guestChange, guests);
	return await apiRequest.call(this, 'PUT', org`/groups/${id}`, { body });
}
