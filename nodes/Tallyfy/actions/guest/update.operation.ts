import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { guestLocator } from '../../descriptions/rlc.description';
import { checkMemberIds, checkText } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { guestEmailOf } from './shared';

const properties: INodeProperties[] = [
	guestLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Associated Member IDs',
				name: 'associated_members',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1001, 1002',
				description:
					'Comma-separated IDs of the members who look after this guest. Replaces the current list.',
			},
			{
				displayName: 'First Name',
				name: 'first_name',
				type: 'string',
				default: '',
				description: 'Up to 200 characters',
			},
			{
				displayName: 'Last Name',
				name: 'last_name',
				type: 'string',
				default: '',
				description: 'Up to 200 characters',
			},
		],
	},
];

export const description = forOperation('guest', 'update', properties);

/*
 * The contract flags a conflict here: Tallyfy's docs say only `associated_members` can be
 * changed, while its CLI and its n8n node (tested live) send `first_name`/`last_name`.
 * Following its recommendation to support both, the node sends whichever the user sets.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const email = guestEmailOf.call(this, i);
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.associated_members !== undefined) {
		body.associated_members = checkMemberIds.call(
			this,
			fields.associated_members,
			i,
			'Associated Member IDs',
		);
	}
	for (const [key, label] of [
		['first_name', 'First Name'],
		['last_name', 'Last Name'],
	]) {
		const value = checkText.call(this, fields[key], i, { label, max: 200 });
		if (value) body[key] = value;
	}
	if (!Object.keys(body).length) {
		throw new NodeOperationError(this.getNode(), 'No fields to update', {
			itemIndex: i,
			description: 'Add at least one field under "Update Fields" and give it a value.',
		});
	}
	return await apiRequest.call(this, 'PUT', org`/guests/${email}`, { body });
}
