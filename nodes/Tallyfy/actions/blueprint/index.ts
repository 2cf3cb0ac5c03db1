import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as archive from './archive.operation';
import * as clone from './clone.operation';
import * as create from './create.operation';
import * as deletePermanently from './deletePermanently.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getKickoffFields from './getKickoffFields.operation';
import * as publish from './publish.operation';
import * as restore from './restore.operation';
import * as update from './update.operation';

export const operations = {
	archive,
	clone,
	create,
	deletePermanently,
	get,
	getAll,
	getKickoffFields,
	publish,
	restore,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['blueprint'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				description: 'Archive a blueprint: it is hidden from lists and can be restored later',
				action: 'Archive a blueprint',
			},
			{
				name: 'Clone',
				value: 'clone',
				description: 'Copy a blueprint with its steps, form fields and automations',
				action: 'Clone a blueprint',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create an empty blueprint; add steps and fields afterwards',
				action: 'Create a blueprint',
			},
			{
				name: 'Delete Permanently',
				value: 'deletePermanently',
				description:
					'Permanently delete an archived blueprint. This cannot be undone. Needs the Administrator role.',
				action: 'Permanently delete a blueprint',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a blueprint with its kick-off fields',
				action: 'Get a blueprint',
			},
			{
				name: 'Get Kick-Off Fields',
				value: 'getKickoffFields',
				description: 'List the fields of a blueprint’s kick-off form, one item per field',
				action: 'Get the kickoff fields of a blueprint',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List blueprints, with filters',
				action: 'Get many blueprints',
			},
			{
				name: 'Publish',
				value: 'publish',
				description:
					'Mark a blueprint as published, as the Publish button in Tallyfy’s editor does',
				action: 'Publish a blueprint',
			},
			{
				name: 'Restore',
				value: 'restore',
				description: 'Bring an archived blueprint back',
				action: 'Restore a blueprint',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change a blueprint’s title, summary or settings; everything not given stays as it is',
				action: 'Update a blueprint',
			},
		],
		default: 'get',
	},
	...archive.description,
	...clone.description,
	...create.description,
	...deletePermanently.description,
	...get.description,
	...getAll.description,
	...getKickoffFields.description,
	...publish.description,
	...restore.description,
	...update.description,
];
