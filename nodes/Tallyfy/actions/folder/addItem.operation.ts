import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import {
	blueprintLocator,
	folderLocator,
	processLocator,
} from '../../descriptions/rlc.description';
import { readBlueprint, saveBlueprint } from '../../helpers/blueprints';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

const properties: INodeProperties[] = [
	{
		...folderLocator,
		description:
			'The folder to put the item in: a blueprint folder for a blueprint, a process folder for a process',
	},
	{
		displayName: 'Item Type',
		name: 'itemType',
		type: 'options',
		default: 'process',
		options: [
			{
				name: 'Blueprint',
				value: 'blueprint',
				description: 'Moves the blueprint into the folder; a blueprint is in one folder at a time',
			},
			{
				name: 'Process',
				value: 'process',
				description:
					'Files the process in the folder. The answer’s "ID" is what Remove Item takes later.',
			},
		],
	},
	{ ...blueprintLocator, displayOptions: { show: { itemType: ['blueprint'] } } },
	{ ...processLocator, displayOptions: { show: { itemType: ['process'] } } },
];

export const description = forOperation('folder', 'addItem', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const folderId = requiredId.call(this, 'folderId', i, 'Folder');
	if (this.getNodeParameter('itemType', i) === 'blueprint') {
		const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
		// Blueprints are foldered through their own PUT, which must repeat title, users and groups.
		const blueprint = await readBlueprint.call(this, blueprintId);
		return await saveBlueprint.call(this, blueprint, { folder_id: folderId }, i);
	}
	const processId = requiredId.call(this, 'processId', i, 'Process');
	return await apiRequest.call(this, 'POST', org`/folders/add-object`, {
		body: { folder_id: folderId, subject_id: processId, subject_type: 'Run' },
	});
}
