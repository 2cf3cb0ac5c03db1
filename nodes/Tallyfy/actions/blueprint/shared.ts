import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Tallyfy's answer when it has one, else `fallback` (for a 204 or an empty body). */
export function recordOr(answer: IDataObject, fallback: IDataObject): IDataObject {
	return Object.keys(answer).length ? answer : fallback;
}

/** Return All / Limit applied to a list Tallyfy returns whole (inside a blueprint, or unpaged). */
export function withinLimit(this: IExecuteFunctions, i: number, records: unknown): IDataObject[] {
	const list = Array.isArray(records) ? (records as IDataObject[]) : [];
	const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
	return returnAll ? list : list.slice(0, this.getNodeParameter('limit', i, 50) as number);
}

export const MAX_TITLE = 250;

/** A blueprint title as Tallyfy accepts it (required, at most 250 characters). */
export function checkedTitle(this: IExecuteFunctions, i: number, value: unknown): string {
	const title = String(value ?? '').trim();
	if (!title || title.length > MAX_TITLE) {
		throw new NodeOperationError(
			this.getNode(),
			title ? `The title is longer than ${MAX_TITLE} characters` : 'The parameter "Title" is empty',
			{ itemIndex: i, description: `Give the blueprint a title of 1 to ${MAX_TITLE} characters.` },
		);
	}
	return title;
}

export const typeProperty: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'options',
	default: 'procedure',
	description: 'What kind of blueprint it is',
	options: [
		{ name: 'Document', value: 'document', description: 'A reference document, no tasks' },
		{ name: 'Form', value: 'form', description: 'A form that collects answers' },
		{ name: 'Procedure', value: 'procedure', description: 'A workflow of steps' },
	],
};

/** Settings a blueprint takes on create and update (fields of POST /checklists). */
export const settingFields: INodeProperties[] = [
	{
		displayName: 'Default Process Name Format',
		name: 'default_process_name_format',
		type: 'string',
		default: '',
		description: 'How processes launched from this blueprint are named when no name is given',
	},
	{
		displayName: 'Folder ID',
		name: 'folder_id',
		type: 'string',
		default: '',
		description: 'ID of the blueprint folder to put it in',
	},
	{
		displayName: 'Guidance',
		name: 'guidance',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Instructions shown to people launching a process from the blueprint',
	},
	{
		displayName: 'Owner ID',
		name: 'owner_id',
		type: 'number',
		default: 0,
		description: 'Numeric ID of the member who owns the blueprint',
	},
	{
		displayName: 'Public',
		name: 'is_public',
		type: 'boolean',
		default: false,
		description: 'Whether people outside the organization may see the blueprint through its link',
	},
	{
		displayName: 'Starred',
		name: 'starred',
		type: 'boolean',
		default: false,
		description: 'Whether to star the blueprint',
	},
	{
		displayName: 'Summary',
		name: 'summary',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'What the blueprint is for (up to 2,000 characters)',
	},
	{
		displayName: 'Webhook URL',
		name: 'webhook',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/tallyfy-events',
		description:
			'Address Tallyfy posts to when a process from this blueprint launches or completes, and when any of its tasks completes',
	},
];
