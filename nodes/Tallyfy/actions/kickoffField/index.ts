import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as add from './add.operation';
import * as deleteField from './delete.operation';
import * as reorder from './reorder.operation';
import * as update from './update.operation';

export const operations = { add, delete: deleteField, reorder, update } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['kickoffField'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				description: 'Add a field to a blueprint’s kick-off form',
				action: 'Add a kickoff field',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a kick-off field, with the values collected in it. This cannot be undone.',
				action: 'Delete a kickoff field',
			},
			{
				name: 'Reorder',
				value: 'reorder',
				description: 'Put a blueprint’s kick-off fields in a new order',
				action: 'Reorder kickoff fields',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a kick-off field’s label, guidance, required flag, options or columns',
				action: 'Update a kickoff field',
			},
		],
		default: 'add',
	},
	...add.description,
	...deleteField.description,
	...reorder.description,
	...update.description,
];
