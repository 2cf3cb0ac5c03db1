import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as create from './create.operation';
import * as deleteGroup from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: deleteGroup, get, getAll, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a group of members and guests to assign tasks to',
				action: 'Create a group',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Permanently delete a group; its members and guests stay in the organization. This cannot be undone.',
				action: 'Delete a group',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a group with its member IDs and guest emails',
				action: 'Get a group',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the groups of the organization',
				action: 'Get many groups',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Rename a group, change its description, or add, remove or replace its members and guests',
				action: 'Update a group',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...deleteGroup.description,
	...get.description,
	...getAll.description,
	...update.description,
];
