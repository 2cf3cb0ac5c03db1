import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

const properties: INodeProperties[] = [
	processLocator,
	{
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description: 'Related records to embed in the answer',
		options: [
			{ name: 'Blueprint', value: 'checklist' },
			{ name: 'Form Fields', value: 'form_fields' },
			{ name: 'Next Task', value: 'next_task' },
			{ name: 'Tags', value: 'tags' },
			{ name: 'Tasks', value: 'tasks' },
		],
	},
];

export const description = forOperation('process', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	const include = this.getNodeParameter('include', i, []) as string[];
	return await apiRequest.call(this, 'GET', org`/runs/${id}`, {
		qs: include.length ? { with: include.join(',') } : undefined,
	});
}
