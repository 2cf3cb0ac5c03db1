import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as convertToGuest from './convertToGuest.operation';
import * as create from './create.operation';
import * as deletePermanently from './deletePermanently.operation';
import * as disable from './disable.operation';
import * as enable from './enable.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCurrent from './getCurrent.operation';
import * as invite from './invite.operation';
import * as remove from './remove.operation';
import * as update from './update.operation';
import * as updateRole from './updateRole.operation';

export const operations = {
	convertToGuest,
	create,
	deletePermanently,
	disable,
	enable,
	get,
	getAll,
	getCurrent,
	invite,
	remove,
	update,
	updateRole,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['member'] } },
		options: [
			{
				name: 'Convert to Guest',
				value: 'convertToGuest',
				description: 'Turn a member into a guest of the organization, freeing their seat',
				action: 'Convert a member to a guest',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Add a member directly, without an invitation. Needs the client-credentials credential acting as the application.',
				action: 'Create a member',
			},
			{
				name: 'Delete Permanently',
				value: 'deletePermanently',
				description:
					'Permanently delete a disabled member and their account in the organization. This cannot be undone.',
				action: 'Delete a member permanently',
			},
			{
				name: 'Disable',
				value: 'disable',
				description: 'Stop a member from signing in, keeping their history (frees their seat)',
				action: 'Disable a member',
			},
			{
				name: 'Enable',
				value: 'enable',
				description: 'Let a disabled member sign in again (takes a seat)',
				action: 'Enable a member',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a member of the organization (needs the Administrator role)',
				action: 'Get a member',
			},
			{
				name: 'Get Current',
				value: 'getCurrent',
				description: 'Get the Tallyfy user the credential acts as',
				action: 'Get the current member',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the members of the organization, optionally searched by name or email',
				action: 'Get many members',
			},
			{
				name: 'Invite',
				value: 'invite',
				description: 'Invite someone by email to join the organization with a role',
				action: 'Invite a member',
			},
			{
				name: 'Remove',
				value: 'remove',
				description:
					'Remove a member from the organization, optionally handing their tasks to another member. They lose access at once.',
				action: 'Remove a member',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a member’s profile: name, time zone, job, phone',
				action: 'Update a member',
			},
			{
				name: 'Update Role',
				value: 'updateRole',
				description: 'Make a member an administrator, standard or light member',
				action: 'Update the role of a member',
			},
		],
		default: 'getAll',
	},
	...convertToGuest.description,
	...create.description,
	...deletePermanently.description,
	...disable.description,
	...enable.description,
	...get.description,
	...getAll.description,
	...getCurrent.description,
	...invite.description,
	...remove.description,
	...update.description,
	...updateRole.description,
];
