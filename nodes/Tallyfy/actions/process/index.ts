import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as archive from './archive.operation';
import * as completeKickoffForm from './completeKickoffForm.operation';
import * as deletePermanently from './deletePermanently.operation';
import * as exportProcess from './export.operation';
import * as get from './get.operation';
import * as getActivity from './getActivity.operation';
import * as getAll from './getAll.operation';
import * as getFormFields from './getFormFields.operation';
import * as getTasks from './getTasks.operation';
import * as launch from './launch.operation';
import * as reactivate from './reactivate.operation';
import * as reopenKickoffForm from './reopenKickoffForm.operation';
import * as update from './update.operation';

export const operations = {
	archive,
	completeKickoffForm,
	deletePermanently,
	export: exportProcess,
	get,
	getActivity,
	getAll,
	getFormFields,
	getTasks,
	launch,
	reactivate,
	reopenKickoffForm,
	update,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['process'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				description:
					'Archive a process and its tasks: they leave the lists and can be reactivated later',
				action: 'Archive a process',
			},
			{
				name: 'Complete Kick-Off Form',
				value: 'completeKickoffForm',
				description: 'Mark the kick-off form of a process as submitted',
				action: 'Complete the kickoff form of a process',
			},
			{
				name: 'Delete Permanently',
				value: 'deletePermanently',
				description:
					'Permanently delete an archived process with its tasks, comments and form values. This cannot be undone. Needs the Administrator role.',
				action: 'Permanently delete a process',
			},
			{
				name: 'Export',
				value: 'export',
				description: 'Export a process as JSON, as Tallyfy produces it',
				action: 'Export a process',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a process',
				action: 'Get a process',
			},
			{
				name: 'Get Activity',
				value: 'getActivity',
				description: 'List what happened in a process: its launch, task completions and changes',
				action: 'Get the activity of a process',
			},
			{
				name: 'Get Form Fields',
				value: 'getFormFields',
				description:
					'List the form fields of a process’s tasks with their current values, one item per field',
				action: 'Get the form fields of a process',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List processes, with filters',
				action: 'Get many processes',
			},
			{
				name: 'Get Tasks',
				value: 'getTasks',
				description: 'List the tasks of a process, with filters',
				action: 'Get the tasks of a process',
			},
			{
				name: 'Launch',
				value: 'launch',
				description: 'Start a process from a blueprint, filling its kick-off form',
				action: 'Launch a process',
			},
			{
				name: 'Reactivate',
				value: 'reactivate',
				description: 'Bring an archived process back, with its tasks',
				action: 'Reactivate a process',
			},
			{
				name: 'Reopen Kick-Off Form',
				value: 'reopenKickoffForm',
				description: 'Open the submitted kick-off form of a process again for changes',
				action: 'Reopen the kickoff form of a process',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change the name, owner, summary, settings or kick-off values of a process; everything not given stays as it is',
				action: 'Update a process',
			},
		],
		default: 'launch',
	},
	...archive.description,
	...completeKickoffForm.description,
	...deletePermanently.description,
	...exportProcess.description,
	...get.description,
	...getActivity.description,
	...getAll.description,
	...getFormFields.description,
	...getTasks.description,
	...launch.description,
	...reactivate.description,
	...reopenKickoffForm.description,
	...update.description,
];
