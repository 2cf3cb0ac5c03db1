import type { INodeProperties } from 'n8n-workflow';

import * as automation from './automation';
import * as blueprint from './blueprint';
import * as comment from './comment';
import * as customApiCall from './customApiCall';
import * as customField from './customField';
import * as file from './file';
import * as folder from './folder';
import * as formField from './formField';
import * as group from './group';
import * as guest from './guest';
import * as kickoffField from './kickoffField';
import * as member from './member';
import * as organization from './organization';
import * as processActions from './process';
import * as search from './search';
import * as step from './step';
import * as tag from './tag';
import * as task from './task';

/** Every resource of the node with its operations; the router dispatches through this. */
export const resources = {
	automation,
	blueprint,
	comment,
	customApiCall,
	customField,
	file,
	folder,
	formField,
	group,
	guest,
	kickoffField,
	member,
	organization,
	process: processActions,
	search,
	step,
	tag,
	task,
};

export type ResourceName = keyof typeof resources;

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Automation Rule',
			value: 'automation',
			description: 'An if-this-then-that rule of a blueprint',
		},
		{
			name: 'Blueprint',
			value: 'blueprint',
			description: 'A template that processes are launched from (API: checklist)',
		},
		{
			name: 'Comment',
			value: 'comment',
			description: 'A comment or issue on a task (API: thread)',
		},
		{
			name: 'Custom API Call',
			value: 'customApiCall',
			description: 'Any Tallyfy API request, authenticated by this node’s credential',
		},
		{
			name: 'Custom Field',
			value: 'customField',
			description: 'Organization-defined metadata on processes and other records',
		},
		{
			name: 'File',
			value: 'file',
			description: 'A file attached to a process, task or blueprint (API: asset)',
		},
		{
			name: 'Folder',
			value: 'folder',
			description: 'A folder of blueprints or processes',
		},
		{
			name: 'Form Field',
			value: 'formField',
			description: 'A form field of a blueprint step (API: capture)',
		},
		{
			name: 'Group',
			value: 'group',
			description: 'A named set of members and guests to assign work to',
		},
		{
			name: 'Guest',
			value: 'guest',
			description: 'Someone outside the organization who works on tasks',
		},
		{
			name: 'Kick-Off Field',
			value: 'kickoffField',
			description: 'A field of a blueprint’s kick-off form (API: prerun)',
		},
		{
			name: 'Member',
			value: 'member',
			description: 'A user of the organization (API: user)',
		},
		{
			name: 'Organization',
			value: 'organization',
			description: 'A Tallyfy organization',
		},
		{
			name: 'Process',
			value: 'process',
			description: 'A running instance of a blueprint (API: run)',
		},
		{
			name: 'Search',
			value: 'search',
			description: 'Search blueprints, processes, tasks and snippets',
		},
		{
			name: 'Step',
			value: 'step',
			description: 'A step of a blueprint',
		},
		{
			name: 'Tag',
			value: 'tag',
			description: 'A label on blueprints and processes',
		},
		{
			name: 'Task',
			value: 'task',
			description: 'A step of a process, or a one-off task',
		},
	],
	default: 'process',
};

export const resourceProperties: INodeProperties[] = Object.values(resources).flatMap(
	(resource) => resource.description,
);
