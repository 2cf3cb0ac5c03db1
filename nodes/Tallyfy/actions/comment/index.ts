import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as create from './create.operation';
import * as createBot from './createBot.operation';
import * as deleteComment from './delete.operation';
import * as getAll from './getAll.operation';
import * as reportIssue from './reportIssue.operation';
import * as resolveIssue from './resolveIssue.operation';
import * as update from './update.operation';

export const operations = {
	create,
	createBot,
	delete: deleteComment,
	getAll,
	reportIssue,
	resolveIssue,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['comment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Post a comment on a task, notifying mentioned members',
				action: 'Create a comment',
			},
			{
				name: 'Create Without Notifications',
				value: 'createBot',
				description: 'Post a comment on a task without notifying anyone',
				action: 'Create a comment without notifications',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Permanently delete a comment from a task. This cannot be undone.',
				action: 'Delete a comment',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the comments and issues of a task, process or one-off',
				action: 'Get many comments',
			},
			{
				name: 'Report Issue',
				value: 'reportIssue',
				description: 'Flag a problem on a task so it is tracked until resolved',
				action: 'Report an issue on a task',
			},
			{
				name: 'Resolve Issue',
				value: 'resolveIssue',
				description: 'Resolve an open issue on a task, with a comment saying how',
				action: 'Resolve an issue on a task',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Replace the text of a comment, and optionally its label or visibility',
				action: 'Update a comment',
			},
		],
		default: 'create',
	},
	...create.description,
	...createBot.description,
	...deleteComment.description,
	...getAll.description,
	...reportIssue.description,
	...resolveIssue.description,
	...update.description,
];
