import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as convertToMember from './convertToMember.operation';
import * as create from './create.operation';
import * as deleteGuest from './delete.operation';
import * as disable from './disable.operation';
import * as enable from './enable.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = {
	convertToMember,
	create,
	delete: deleteGuest,
	disable,
	enable,
	get,
	getAll,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['guest'] } },
		options: [
			{
				name: 'Convert to Member',
				value: 'convertToMember',
				description: 'Make a guest a member of the organization (takes a seat)',
				action: 'Convert a guest to a member',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Add someone outside the organization as a guest, by email',
				action: 'Create a guest',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Remove a guest from the organization and from every task they are assigned to. This cannot be undone.',
				action: 'Delete a guest',
			},
			{
				name: 'Disable',
				value: 'disable',
				description: 'Stop a guest from opening their tasks, keeping their history',
				action: 'Disable a guest',
			},
			{
				name: 'Enable',
				value: 'enable',
				description: 'Let a disabled guest open their tasks again',
				action: 'Enable a guest',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a guest by email',
				action: 'Get a guest',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the guests of the organization, optionally searched by email',
				action: 'Get many guests',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a guest’s name or the members who look after them',
				action: 'Update a guest',
			},
		],
		default: 'getAll',
	},
	...convertToMember.description,
	...create.description,
	...deleteGuest.description,
	...disable.description,
	...enable.description,
	...get.description,
	...getAll.description,
	...update.description,
];
