import type { INodeProperties } from 'n8n-workflow';

/** Settings a process takes when launched and when updated (POST and PUT `/runs`). */
export const processSettingFields: INodeProperties[] = [
	{
		displayName: 'Owner ID',
		name: 'owner_id',
		type: 'number',
		default: 0,
		description: 'Numeric ID of the member who owns the process',
	},
	{
		displayName: 'Public',
		name: 'is_public',
		type: 'boolean',
		default: false,
		description: 'Whether anyone with the link may see the process',
	},
	{
		displayName: 'Starred',
		name: 'starred',
		type: 'boolean',
		default: false,
		description: 'Whether the process is starred',
	},
	{
		displayName: 'Summary',
		name: 'summary',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'What the process is about',
	},
];
