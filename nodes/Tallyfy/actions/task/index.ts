import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as archive from './archive.operation';
import * as clone from './clone.operation';
import * as complete from './complete.operation';
import * as create from './create.operation';
import * as deletePermanently from './deletePermanently.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGuestTasks from './getGuestTasks.operation';
import * as getMemberTasks from './getMemberTasks.operation';
import * as getMyTasks from './getMyTasks.operation';
import * as getProcessTask from './getProcessTask.operation';
import * as reassign from './reassign.operation';
import * as reopen from './reopen.operation';
import * as restore from './restore.operation';
import * as setFormValues from './setFormValues.operation';
import * as update from './update.operation';
import * as updateProcessTask from './updateProcessTask.operation';

export const operations = {
	archive,
	clone,
	complete,
	create,
	deletePermanently,
	get,
	getAll,
	getGuestTasks,
	getMemberTasks,
	getMyTasks,
	getProcessTask,
	reassign,
	reopen,
	restore,
	setFormValues,
	update,
	updateProcessTask,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				description: 'Archive a one-off task: it leaves the lists',
				action: 'Archive a task',
			},
			{
				name: 'Clone',
				value: 'clone',
				description: 'Copy a task as a new task',
				action: 'Clone a task',
			},
			{
				name: 'Complete',
				value: 'complete',
				description:
					'Complete a task, optionally filling its form fields first, approving or rejecting approval tasks',
				action: 'Complete a task',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a one-off task, outside any blueprint, with a deadline and assignees',
				action: 'Create a task',
			},
			{
				name: 'Delete Permanently',
				value: 'deletePermanently',
				description:
					'Permanently delete a one-off task with its comments and form values. This cannot be undone.',
				action: 'Permanently delete a task',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a task, one-off or in a process',
				action: 'Get a task',
			},
			{
				name: "Get Guest's Tasks",
				value: 'getGuestTasks',
				description: 'List the tasks assigned to a guest',
				action: 'Get the tasks of a guest',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the tasks of the organization or of one process',
				action: 'Get many tasks',
			},
			{
				name: "Get Member's Tasks",
				value: 'getMemberTasks',
				description: 'List the tasks assigned to a member',
				action: 'Get the tasks of a member',
			},
			{
				name: 'Get My Tasks',
				value: 'getMyTasks',
				description: 'List the tasks assigned to the user of the credential',
				action: 'Get my tasks',
			},
			{
				name: 'Get Process Task',
				value: 'getProcessTask',
				description: 'Get a task through its process, which also checks that it belongs to it',
				action: 'Get a task of a process',
			},
			{
				name: 'Reassign',
				value: 'reassign',
				description: 'Add, remove or replace the members, guests and groups a task is assigned to',
				action: 'Reassign a task',
			},
			{
				name: 'Reopen',
				value: 'reopen',
				description: 'Reopen a completed task',
				action: 'Reopen a task',
			},
			{
				name: 'Restore',
				value: 'restore',
				description: 'Bring back an archived one-off task',
				action: 'Restore a task',
			},
			{
				name: 'Set Form Values',
				value: 'setFormValues',
				description: 'Fill in form fields of a task without completing it',
				action: 'Set the form values of a task',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change the title, deadline or settings of a one-off task; everything not given stays as it is',
				action: 'Update a task',
			},
			{
				name: 'Update Process Task',
				value: 'updateProcessTask',
				description:
					'Change the title, deadline, settings or form values of a task in a process; everything not given stays as it is',
				action: 'Update a task of a process',
			},
		],
		default: 'getAll',
	},
	...archive.description,
	...clone.description,
	...complete.description,
	...create.description,
	...deletePermanently.description,
	...get.description,
	...getAll.description,
	...getGuestTasks.description,
	...getMemberTasks.description,
	...getMyTasks.description,
	...getProcessTask.description,
	...reassign.description,
	...reopen.description,
	...restore.description,
	...setFormValues.description,
	...update.description,
	...updateProcessTask.description,
];
