import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

const properties: INodeProperties[] = [
	blueprintLocator,
	{
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description: 'Related records to embed. Kick-off fields and automations are always included.',
		options: [
			{ name: 'Folder', value: 'folder' },
			{ name: 'Steps (with Their Form Fields)', value: 'steps' },
			{ name: 'Tags', value: 'tags' },
		],
	},
];

export const description = forOperation('blueprint', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const include = this.getNodeParameter('include', i, []) as string[];
	return await apiRequest.call(this, 'GET', org`/checklists/${id}`, {
		qs: include.length ? { with: include.join(',') } : undefined,
	});
}
