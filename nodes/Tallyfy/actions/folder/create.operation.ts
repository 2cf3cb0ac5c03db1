import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { optionalId, textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { nameRule, parentLocator } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Q1 Onboarding',
		description: 'Up to 32 characters',
	},
	{
		displayName: 'Folder Type',
		name: 'folderType',
		type: 'options',
		default: 'checklist',
		description: 'What the folder holds. It cannot be changed later.',
		options: [
			{ name: 'Blueprint Folder', value: 'checklist', description: 'Holds blueprints' },
			{ name: 'Process Folder', value: 'run', description: 'Holds processes' },
		],
	},
	{
		...parentLocator,
		required: false,
		description: `Optional. ${parentLocator.description} Leave empty for a top-level folder.`,
	},
];

export const description = forOperation('folder', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const body: IDataObject = {
		name: textParameter.call(this, 'name', i, { ...nameRule, required: true }),
		folder_type: this.getNodeParameter('folderType', i, 'checklist') as string,
	};
	const parentId = optionalId.call(this, 'parentId', i);
	if (parentId) body.parent_id = parentId;
	return await apiRequest.call(this, 'POST', org`/folders`, { body });
}
