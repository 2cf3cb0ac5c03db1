import type { INodeProperties } from 'n8n-workflow';

import { folderLocator } from '../../descriptions/rlc.description';

export const nameRule = { label: 'Name', max: 32 };

export const parentLocator: INodeProperties = {
	...folderLocator,
	name: 'parentId',
	displayName: 'Parent Folder',
	description: 'The folder to put this one in. It must be of the same kind (blueprint or process).',
};
