import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { textParameter } from '../../helpers/parameters';
import { apiDownload, org } from '../../transport';
import { BinaryOutput } from '../operation';
import { fileIdOf, fileIdProperty } from './shared';

const properties: INodeProperties[] = [
	fileIdProperty,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
		description: 'The binary field of the output item that receives the file',
	},
];

export const description = forOperation('file', 'download', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = fileIdOf.call(this, i);
	const field = textParameter.call(this, 'binaryPropertyName', i, {
		label: 'Put Output File in Field',
		required: true,
		hint: 'Name the binary field for the file, for example "data".',
	});
	const file = await apiDownload.call(this, org`/file/${id}/dl`);
	// `/dl` always says application/octet-stream; without a better type n8n derives one
	// from the file name's extension.
	const fileName = file.fileName?.replace(/[\\/]/g, '_');
	const mimeType =
		file.mimeType ?? (fileName?.includes('.') ? undefined : 'application/octet-stream');
	const binary = await this.helpers.prepareBinaryData(file.data, fileName, mimeType);
	return new BinaryOutput(
		{ id, fileName: binary.fileName ?? null, mimeType: binary.mimeType, bytes: file.data.length },
		{ [field]: binary },
	);
}
