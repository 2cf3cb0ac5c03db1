import type { INodeProperties } from 'n8n-workflow';

export const memberIdsProperty: INodeProperties = {
	displayName: 'Member IDs',
	name: 'memberIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. 1001, 1002',
	description: 'Comma-separated numeric IDs of members (see Member > Get Many)',
};

export const guestEmailsProperty: INodeProperties = {
	displayName: 'Guest Emails',
	name: 'guestEmails',
	type: 'string',
	default: '',
	placeholder: 'e.g. jane@client.example, joe@client.example',
	description: 'Comma-separated email addresses of guests',
};
