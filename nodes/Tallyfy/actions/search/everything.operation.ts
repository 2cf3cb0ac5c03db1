import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation, returnAllOrLimit } from '../../descriptions/common.description';
import { searchHits, searchTermProperty, type SearchType } from './shared';

const properties: INodeProperties[] = [
	{ ...searchTermProperty, description: 'The text to look for in every type chosen below' },
	{
		displayName: 'Types',
		name: 'types',
		type: 'multiOptions',
		default: ['blueprint', 'process', 'task', 'snippet'],
		description:
			'The kinds of record to search. Hits come grouped by type in this order, each with its type in "search_type".',
		options: [
			{ name: 'Blueprints', value: 'blueprint' },
			{ name: 'Form Fields', value: 'capture' },
			{ name: 'Processes', value: 'process' },
			{ name: 'Snippets', value: 'snippet' },
			{ name: 'Steps', value: 'step' },
			{ name: 'Tasks', value: 'task' },
		],
	},
	...returnAllOrLimit,
];

export const description = forOperation('search', 'everything', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const types = this.getNodeParameter('types', i, []) as SearchType[];
	if (!types.length) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Types" is empty', {
			itemIndex: i,
			description: 'Choose at least one kind of record to search.',
		});
	}
	return await searchHits.call(this, i, types);
}
