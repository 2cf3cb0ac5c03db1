import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { checkId } from '../../helpers/parameters';

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

/** The File ID parameter, refused when empty or not a Tallyfy ID. */
export function fileIdOf(this: IExecuteFunctions, i: number): string {
	return checkId.call(this, this.getNodeParameter('fileId', i, ''), i, 'tallyfy', {
		label: 'File ID',
		required: true,
		hint: 'Enter the ID of the file, as File > Upload returns it or as a file form field’s value holds it.',
	});
}
