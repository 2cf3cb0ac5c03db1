import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as blueprints from './blueprints.operation';
import * as everything from './everything.operation';
import * as processes from './processes.operation';
import * as snippets from './snippets.operation';
import * as tasks from './tasks.operation';

export const operations = {
	blueprints,
	everything,
	processes,
	snippets,
	tasks,
} satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['search'] } },
		options: [
			{
				name: 'Blueprints',
				value: 'blueprints',
				description: 'Find blueprints (templates) by title, one item per hit',
				action: 'Search blueprints',
			},
			{
				name: 'Everything',
				value: 'everything',
				description:
					'Search several kinds of record at once: blueprints, processes, tasks, snippets, steps, form fields',
				action: 'Search everything',
			},
			{
				name: 'Processes',
				value: 'processes',
				description: 'Find processes by name, one item per hit',
				action: 'Search processes',
			},
			{
				name: 'Snippets',
				value: 'snippets',
				description: 'Find snippets (reusable texts), one item per hit',
				action: 'Search snippets',
			},
			{
				name: 'Tasks',
				value: 'tasks',
				description: 'Find process tasks and one-off tasks by title, one item per hit',
				action: 'Search tasks',
			},
		],
		default: 'everything',
	},
	...blueprints.description,
	...everything.description,
	...processes.description,
	...snippets.description,
	...tasks.description,
];
