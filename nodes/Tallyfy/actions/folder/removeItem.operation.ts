import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, org } from '../../transport';

/*
 * Tallyfy removes a process from a folder by the id of the folder–process link, a whole
 * number that Add Item returns. No documented endpoint lists these links afterwards
 * (Tallyfy's MCP server takes the same id), so the node cannot look it up from the process.
 */
const properties: INodeProperties[] = [
	{
		displayName: 'Folder Item ID',
		name: 'folderItemId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 7001',
		description:
			'The whole-number ID that Folder > Add Item returned for the process: the ID field of its output. It is not the process ID, which has 32 characters.',
	},
];

export const description = forOperation('folder', 'removeItem', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = String(this.getNodeParameter('folderItemId', i, '') ?? '').trim();
	if (!/^\d+$/.test(id)) {
		throw new NodeOperationError(
			this.getNode(),
			id
				? `The parameter "Folder Item ID" is not a whole number: "${id}"`
				: 'The parameter "Folder Item ID" is empty',
			{
				itemIndex: i,
				description:
					'Use the "id" that Folder > Add Item returned for the process, a whole number such as 7001; a process ID does not work here.',
			},
		);
	}
	const answer = await apiRequest.call(this, 'DELETE', org`/folders-objects/${id}`);
	return Object.keys(answer).length ? answer : { deleted: true, id: Number(id) };
}
