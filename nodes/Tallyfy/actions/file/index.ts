import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';
import * as deleteFile from './delete.operation';
import * as download from './download.operation';
import * as get from './get.operation';
import * as upload from './upload.operation';

export const operations = { delete: deleteFile, download, get, upload } satisfies Operations;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['file'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Permanently delete a file and its stored content from Tallyfy. This cannot be undone.',
				action: 'Delete a file',
			},
			{
				name: 'Download',
				value: 'download',
				description: 'Download a file into a binary field, with its file name and type',
				action: 'Download a file',
			},
			{
				name: 'Get Metadata',
				value: 'get',
				description: 'Get a file’s name, version, upload time and the record it belongs to',
				action: 'Get file metadata',
			},
			{
				name: 'Upload',
				value: 'upload',
				description:
					'Upload a file from a binary field for a file form field of a process task or a kick-off form',
				action: 'Upload a file',
			},
		],
		default: 'upload',
	},
	...deleteFile.description,
	...download.description,
	...get.description,
	...upload.description,
];
