import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as create from './create.operation';
import * as deleteTag from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as tagBlueprint from './tagBlueprint.operation';
import * as tagProcess from './tagProcess.operation';
import * as untagBlueprint from './untagBlueprint.operation';
import * as untagProcess from './untagProcess.operation';
import * as update from './update.operation';

export const operations = {
	create,
	delete: deleteTag,
	get,
	getAll,
	tagBlueprint,
	tagProcess,
	untagBlueprint,
	untagProcess,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a tag with a title and an optional color',
				action: 'Create a tag',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Permanently delete a tag and remove it from every blueprint and process. This cannot be undone.',
				action: 'Delete a tag',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a tag, optionally with how often it is used',
				action: 'Get a tag',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the tags of the organization',
				action: 'Get many tags',
			},
			{
				name: 'Tag Blueprint',
				value: 'tagBlueprint',
				description: 'Put a tag on a blueprint (active blueprints only)',
				action: 'Tag a blueprint',
			},
			{
				name: 'Tag Process',
				value: 'tagProcess',
				description: 'Put a tag on a process (active processes only)',
				action: 'Tag a process',
			},
			{
				name: 'Untag Blueprint',
				value: 'untagBlueprint',
				description: 'Take a tag off a blueprint; the tag itself stays',
				action: 'Untag a blueprint',
			},
			{
				name: 'Untag Process',
				value: 'untagProcess',
				description: 'Take a tag off a process; the tag itself stays',
				action: 'Untag a process',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a tag’s title or color',
				action: 'Update a tag',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...deleteTag.description,
	...get.description,
	...getAll.description,
	...tagBlueprint.description,
	...tagProcess.description,
	...untagBlueprint.description,
	...untagProcess.description,
	...update.description,
];
