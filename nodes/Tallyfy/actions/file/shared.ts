import type { INodeProperties } from 'n8n-workflow';

export const fileIdProperty: INodeProperties = {
	displayName: 'File ID',
	name: 'fileId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f9',
	description:
		'The ID of the file (the Tallyfy API calls files "assets"), as File > Upload returns it or as it appears in the value of a file form field',
};
