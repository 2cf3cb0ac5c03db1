import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as add from './add.operation';
import * as deleteField from './delete.operation';
import * as getOptions from './getOptions.operation';
import * as move from './move.operation';
import * as setOptions from './setOptions.operation';
import * as update from './update.operation';

export const operations = {
	add,
	delete: deleteField,
	getOptions,
	move,
	setOptions,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['formField'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				description: 'Add a form field to a step of a blueprint',
				action: 'Add a form field',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a form field from a step, with the values collected in it. This cannot be undone.',
				action: 'Delete a form field',
			},
			{
				name: 'Get Options',
				value: 'getOptions',
				description:
					'List the choices of a dropdown, multi-select or radio field, one item per choice',
				action: 'Get the options of a form field',
			},
			{
				name: 'Move',
				value: 'move',
				description: 'Move a form field to another step of the same blueprint',
				action: 'Move a form field',
			},
			{
				name: 'Set Options',
				value: 'setOptions',
				description:
					'Replace the choices of a dropdown, multi-select or radio field; unchanged choices keep their IDs',
				action: 'Set the options of a form field',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a form field’s label, guidance, required flag, options or columns',
				action: 'Update a form field',
			},
		],
		default: 'add',
	},
	...add.description,
	...deleteField.description,
	...getOptions.description,
	...move.description,
	...setOptions.description,
	...update.description,
];
