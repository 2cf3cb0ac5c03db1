import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../descriptions/common.description';
import { blueprintLocator } from '../descriptions/rlc.description';
import { onlyBlueprint } from './common.description';
import { BLUEPRINT_EVENTS, ORGANIZATION_EVENTS } from './payload';

const onlyFor = (scope: string) => ({ displayOptions: { show: { scope: [scope] } } });

export const instantProperties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Blueprint',
				value: 'blueprint',
				description:
					'Events of one blueprint’s processes, through the blueprint’s webhook URL. Works for anyone who may edit the blueprint.',
			},
			{
				name: 'Organization',
				value: 'organization',
				description:
					'Events of the whole organization, through an organization webhook. Needs a Tallyfy administrator.',
			},
		],
		default: 'blueprint',
		description: 'Where Tallyfy should send events from',
	},
	{
		...blueprintLocator,
		description:
			'The blueprint whose processes start this workflow. Activating the workflow sets this blueprint’s webhook URL (Tallyfy keeps one per blueprint).',
		...onlyFor('blueprint'),
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Process Completed',
				value: 'process.completed',
				description: 'The last task of a process was completed',
			},
			{
				name: 'Process Launched',
				value: 'process.launched',
				description: 'A process was launched from the blueprint',
			},
			{
				name: 'Task Completed',
				value: 'task.completed',
				description: 'A task of one of the blueprint’s processes was completed',
			},
		],
		default: [...BLUEPRINT_EVENTS],
		description:
			'Which events start the workflow; Tallyfy’s other deliveries are acknowledged and ignored',
		...onlyFor('blueprint'),
	},
	{
		displayName: 'Replace Existing Webhook',
		name: 'replaceExisting',
		type: 'boolean',
		default: false,
		description:
			'Whether to take over the blueprint’s webhook URL when another one is set. The previous URL is kept and put back when the workflow is deactivated. Off: activation fails and names the URL in use.',
		...onlyFor('blueprint'),
	},
	{
		displayName: 'Events',
		name: 'organizationEvents',
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Comment Added',
				value: 'task.comment_added',
				description: 'A comment was posted on a task',
			},
			{
				name: 'Issue Raised',
				value: 'task.issue_raised',
				description: 'Someone reported an issue on a task',
			},
			{
				name: 'Issue Resolved',
				value: 'task.issue_resolved',
				description: 'An issue on a task was resolved',
			},
			{
				name: 'Process Completed',
				value: 'process.completed',
				description: 'The last task of a process was completed',
			},
			{
				name: 'Process Launched',
				value: 'process.launched',
				description: 'A process was launched',
			},
			{
				name: 'Task Assigned',
				value: 'task.assigned',
				description: 'A task was assigned to someone',
			},
			{ name: 'Task Completed', value: 'task.completed', description: 'A task was completed' },
		],
		default: [...ORGANIZATION_EVENTS],
		description:
			'Which events start the workflow; Tallyfy’s other deliveries are acknowledged and ignored',
		...onlyFor('organization'),
	},
	{
		...onlyBlueprint(
			'Start only for events of this blueprint’s processes and tasks. Leave empty for every event of the organization.',
		),
		...onlyFor('organization'),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Include Raw Payload',
				name: 'includeRawPayload',
				type: 'boolean',
				default: false,
				description: 'Whether to add Tallyfy’s delivery as it arrived, under "raw"',
			},
			{
				displayName: 'Only Step Name or ID',
				name: 'step',
				type: 'options',
				typeOptions: {
					loadOptionsMethod: 'getBlueprintSteps',
					loadOptionsDependsOn: ['blueprintId.value'],
				},
				default: '',
				description:
					'Start for completed tasks of this step only (process events still start; the value is the step alias). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				displayOptions: { show: { '/scope': ['blueprint'] } },
			},
		],
	},
];
