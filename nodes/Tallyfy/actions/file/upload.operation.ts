import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator, processLocator } from '../../descriptions/rlc.description';
import { checkId, collectionParameter, requiredId, textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

/** Tallyfy's upload limits, as its file API documentation lists them. */
const MAX_BYTES = 100 * 1024 * 1024;
const ALLOWED_EXTENSIONS = [
	'ai',
	'bmp',
	'csv',
	'doc',
	'docx',
	'dwg',
	'gif',
	'jpeg',
	'jpg',
	'mov',
	'mp4',
	'mpga',
	'pdf',
	'png',
	'ppt',
	'pptx',
	'psd',
	'qt',
	'rtf',
	'tif',
	'txt',
	'webm',
	'xls',
	'xlsx',
	'xml',
	'xps',
	'zip',
];

const properties: INodeProperties[] = [
	{
		displayName: 'Attach To',
		name: 'subjectType',
		type: 'options',
		default: 'Run',
		description:
			'Which kind of file form field the file is for. Uploading stores the file; to fill the field, put the returned file object into the field’s value (for a kick-off field, in Process > Launch).',
		options: [
			{
				name: 'Blueprint Kick-Off Form',
				value: 'Checklist',
				description: 'A file field of a blueprint’s kick-off form',
			},
			{
				name: 'Process Task Form',
				value: 'Run',
				description: 'A file field of a task in a running process',
			},
		],
	},
	{ ...processLocator, displayOptions: { show: { subjectType: ['Run'] } } },
	{ ...blueprintLocator, displayOptions: { show: { subjectType: ['Checklist'] } } },
	{
		displayName: 'Form Field ID',
		name: 'formFieldId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { subjectType: ['Run'] } },
		placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f9',
		description:
			'The ID of the task’s file form field (the API calls it a capture), as in the "form_fields" of a task',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file to be uploaded',
		description:
			'The binary field of the input item that holds the file. At most 100 MB, of a type Tallyfy accepts (documents, spreadsheets, PDFs, images, video, ZIP, CSV and the like).',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Blueprint ID',
				name: 'checklist_id',
				type: 'string',
				default: '',
				description: 'For process uploads: the blueprint the process was launched from',
			},
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'e.g. contract.pdf',
				description: 'The name to store the file under, instead of the input file’s own name',
			},
			{
				displayName: 'Step ID',
				name: 'step_id',
				type: 'string',
				default: '',
				description: 'For process uploads: the blueprint step whose task has the form field',
			},
		],
	},
];

export const description = forOperation('file', 'upload', properties);

/** Bad input, reported before any request. */
function invalid(this: IExecuteFunctions, i: number, message: string, description: string) {
	return new NodeOperationError(this.getNode(), message, { itemIndex: i, description });
}

/** The input item's file, checked against Tallyfy's limits before anything is sent. */
async function inputFile(this: IExecuteFunctions, i: number, nameOverride: string) {
	const field = textParameter.call(this, 'binaryPropertyName', i, {
		label: 'Input Binary Field',
		required: true,
		hint: 'Name the binary field of the input item that holds the file, for example "data".',
	});
	const fields = this.getInputData()[i]?.binary ?? {};
	const binary = fields[field];
	if (!binary) {
		const present = Object.keys(fields);
		throw invalid.call(
			this,
			i,
			`The input item has no binary field "${field}"`,
			present.length
				? `Set "Input Binary Field" to one of the item’s binary fields: ${present.join(', ')}.`
				: 'The item carries no file. Get one first, for example with HTTP Request (response format File) or Read/Write Files from Disk.',
		);
	}
	const fileName = nameOverride.trim() || binary.fileName || '';
	const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
	if (!ALLOWED_EXTENSIONS.includes(extension)) {
		throw invalid.call(
			this,
			i,
			fileName
				? `Tallyfy does not accept files of type "${extension || fileName}" (binary field "${field}")`
				: `The file in binary field "${field}" has no name`,
			`Tallyfy accepts ${ALLOWED_EXTENSIONS.join(', ')}. Give the file a name with one of these extensions in Options > File Name.`,
		);
	}
	const data = await this.helpers.getBinaryDataBuffer(i, field);
	if (data.length > MAX_BYTES) {
		throw invalid.call(
			this,
			i,
			`The file in binary field "${field}" is larger than Tallyfy's 100 MB limit`,
			'Upload a smaller file, or share a link to it instead.',
		);
	}
	return { data, fileName, mimeType: binary.mimeType || 'application/octet-stream' };
}

export async function execute(this: IExecuteFunctions, i: number) {
	const subjectType = this.getNodeParameter('subjectType', i, 'Run') as 'Run' | 'Checklist';
	const subjectId =
		subjectType === 'Run'
			? requiredId.call(this, 'processId', i, 'Process')
			: requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const uploadedFrom =
		subjectType === 'Run'
			? checkId.call(this, this.getNodeParameter('formFieldId', i, ''), i, 'tallyfy', {
					label: 'Form Field ID',
					required: true,
					hint: 'Enter the ID of the task’s file form field. A Custom API Call GET /tasks/{task ID} with the query parameter with=form_fields lists a task’s fields with their IDs.',
				})
			: 'ko_field';
	const options = collectionParameter.call(this, 'options', i, {
		checklist_id: 'tallyfy',
		step_id: 'tallyfy',
	});
	const file = await inputFile.call(this, i, String(options.fileName ?? ''));

	const form = new FormData();
	form.append('name', new Blob([file.data], { type: file.mimeType }), file.fileName);
	form.append('subject_type', subjectType);
	form.append('subject_id', subjectId);
	form.append('uploaded_from', uploadedFrom);
	form.append('source', 'local');
	for (const key of ['step_id', 'checklist_id']) {
		const value = String(options[key] ?? '').trim();
		if (value) form.append(key, value);
	}
	return await apiRequest.call(this, 'POST', org`/file`, { body: form });
}
