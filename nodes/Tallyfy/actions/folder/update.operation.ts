import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { folderLocator } from '../../descriptions/rlc.description';
import { requiredId, textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { nameRule, parentLocator } from './shared';

const properties: INodeProperties[] = [
	folderLocator,
	{
		displayName: 'New Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Up to 32 characters. Leave empty to keep the current name.',
	},
	{
		displayName: 'Location',
		name: 'location',
		type: 'options',
		default: 'keep',
		options: [
			{ name: 'Keep Where It Is', value: 'keep' },
			{ name: 'Move Into Another Folder', value: 'into' },
			{ name: 'Move to the Top Level', value: 'top' },
		],
	},
	{ ...parentLocator, displayOptions: { show: { location: ['into'] } } },
];

export const description = forOperation('folder', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'folderId', i, 'Folder');
	const body: IDataObject = {};
	const name = textParameter.call(this, 'name', i, nameRule);
	if (name) body.name = name;
	const location = this.getNodeParameter('location', i, 'keep') as string;
	if (location === 'top') body.parent_id = null;
	if (location === 'into') {
		body.parent_id = requiredId.call(this, 'parentId', i, 'Parent Folder');
		if (body.parent_id === id) {
			throw new NodeOperationError(this.getNode(), 'A folder cannot be moved into itself', {
				itemIndex: i,
				description: 'Choose another folder as "Parent Folder".',
			});
		}
	}
	if (!Object.keys(body).length) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex: i,
			description: 'Enter a new name, or choose where to move the folder.',
		});
	}
	return await apiRequest.call(this, 'PUT', org`/folders/${id}`, { body });
}
