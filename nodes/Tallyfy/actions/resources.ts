import type { INodeProperties } from 'n8n-workflow';

import * as blueprint from './blueprint';
import * as processActions from './process';
import * as task from './task';

/** Every resource of the node with its operations; the router dispatches through this. */
export const resources = {
	blueprint,
	process: processActions,
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
			name: 'Blueprint',
			value: 'blueprint',
			description: 'A template that processes are launched from (API: checklist)',
		},
		{
			name: 'Process',
			value: 'process',
			description: 'A running instance of a blueprint (API: run)',
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
