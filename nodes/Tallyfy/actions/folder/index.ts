import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as addItem from './addItem.operation';
import * as create from './create.operation';
import * as deleteFolder from './delete.operation';
import * as getAll from './getAll.operation';
import * as removeItem from './removeItem.operation';
import * as update from './update.operation';

export const operations = {
	addItem,
	create,
	delete: deleteFolder,
	getAll,
	removeItem,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['folder'] } },
		options: [
			{
				name: 'Add Item',
				value: 'addItem',
				description: 'Put a blueprint or a process in a folder',
				action: 'Add an item to a folder',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a blueprint or process folder, optionally inside another folder',
				action: 'Create a folder',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Permanently delete a folder. The blueprints and processes in it are kept and taken out of it. This cannot be undone.',
				action: 'Delete a folder',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the blueprint and process folders of the organization',
				action: 'Get many folders',
			},
			{
				name: 'Remove Item',
				value: 'removeItem',
				description: 'Take a process out of a folder, by the ID that Add Item returned',
				action: 'Remove an item from a folder',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Rename a folder or move it into another folder',
				action: 'Update a folder',
			},
		],
		default: 'getAll',
	},
	...addItem.description,
	...create.description,
	...deleteFolder.description,
	...getAll.description,
	...removeItem.description,
	...update.description,
];
