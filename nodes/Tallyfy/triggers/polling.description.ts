import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../descriptions/common.description';
import { blueprintLocator, processLocator } from '../descriptions/rlc.description';
import { onlyBlueprint } from './common.description';

const COMMENTS = { event: ['commentAdded'] };

export const pollingProperties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Comment or Issue Added',
				value: 'commentAdded',
				description:
					'A comment, issue or issue resolution was posted on a task of one process, or of a blueprint’s active processes',
			},
			{
				name: 'Kick-Off Form Submitted',
				value: 'kickoffSubmitted',
				description: 'A process’s kick-off form was submitted (at launch, or later)',
			},
			{
				name: 'New Process Launched',
				value: 'processLaunched',
				description: 'A process was launched',
			},
			{
				name: 'Process Completed',
				value: 'processCompleted',
				description: 'The last task of a process was completed',
			},
			{
				name: 'Task Assigned to Me',
				value: 'taskAssigned',
				description:
					'An open task appeared in the credential user’s own task list (new, or reassigned to them)',
			},
			{
				name: 'Task Completed',
				value: 'taskCompleted',
				description: 'A task (of a process, or one-off) was completed',
			},
			{
				name: 'Task Due Soon',
				value: 'taskDueSoon',
				description: 'An open task entered Tallyfy’s "due soon" list',
			},
			{
				name: 'Task Overdue',
				value: 'taskOverdue',
				description: 'An open task passed its deadline',
			},
		],
		default: 'processLaunched',
		description: 'What to watch for. Each poll returns only what happened since the previous one.',
	},
	{
		displayName: 'Watch',
		name: 'watch',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'One Blueprint’s Active Processes',
				value: 'blueprint',
				description: 'Every active process of a blueprint (one request per process and poll)',
			},
			{ name: 'One Process', value: 'process', description: 'A single process' },
		],
		default: 'process',
		description:
			'Where to look for comments and issues; Tallyfy has no organization-wide list of them',
		displayOptions: { show: COMMENTS },
	},
	{
		...processLocator,
		description: 'The process whose tasks’ comments and issues start the workflow',
		displayOptions: { show: { ...COMMENTS, watch: ['process'] } },
	},
	{
		...blueprintLocator,
		description: 'The blueprint whose active processes are watched for comments and issues',
		displayOptions: { show: { ...COMMENTS, watch: ['blueprint'] } },
	},
	{
		...onlyBlueprint(
			'Only processes (or tasks of processes) of this blueprint. Leave empty for the whole organization.',
		),
		displayOptions: { hide: COMMENTS },
	},
];
