import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { checkEmail, requiredId, textParameter } from '../../helpers/parameters';

export const roleProperty: INodeProperties = {
	displayName: 'Role',
	name: 'role',
	type: 'options',
	default: 'standard',
	required: true,
	description:
		'What the member may do in Tallyfy. Administrators and standard members use full seats, light members use light seats.',
	options: [
		{
			name: 'Administrator',
			value: 'admin',
			description: 'Manages members, settings and every blueprint and process',
		},
		{
			name: 'Light',
			value: 'light',
			description: 'Completes assigned tasks; cannot create or edit blueprints',
		},
		{
			name: 'Standard',
			value: 'standard',
			description: 'Creates blueprints and launches processes',
		},
	],
};

export const includeProperty: INodeProperties = {
	displayName: 'Include',
	name: 'include',
	type: 'multiOptions',
	default: [],
	description: 'Related records to embed in each member (Tallyfy’s "with" parameter)',
	options: [
		{ name: 'Assets', value: 'assets' },
		{ name: 'Authentication Methods', value: 'auth_methods' },
		{ name: 'Country', value: 'country' },
		{ name: 'Groups', value: 'groups' },
		{ name: 'Guest Watchers', value: 'guest_watchers' },
		{ name: 'Member Watchers', value: 'member_watchers' },
		{ name: 'Organizations', value: 'organizations' },
		{ name: 'Preferences', value: 'preferences' },
		{ name: 'Statistics', value: 'stats' },
	],
};

/** A member locator's value; `requiredId` holds it to the locator's whole-number format. */
export function memberIdOf(
	this: IExecuteFunctions,
	i: number,
	parameter = 'memberId',
	label = 'Member',
): string {
	return requiredId.call(this, parameter, i, label);
}

/** Who a new member is: the fields Invite and Create share (names up to 32 characters). */
export const personProperties = (emailDescription: string): INodeProperties[] => [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
		required: true,
		description: emailDescription,
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
];

/** The checked `email`, `first_name`, `last_name` and `role` of a new member. */
export function personOf(this: IExecuteFunctions, i: number): IDataObject {
	return {
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
	};
}
