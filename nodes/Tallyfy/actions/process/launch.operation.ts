import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { getBlueprint } from '../../helpers/blueprints';
import { encodeFormValues, type FieldValue } from '../../helpers/formValues';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

const idList = (value: unknown) =>
	String(value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);

const properties: INodeProperties[] = [
	blueprintLocator,
	{
		displayName: 'Process Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Onboarding - Jane Doe',
		description: 'Name of the new process (up to 550 characters)',
	},
	{
		displayName: 'Kick-Off Form Values',
		name: 'kickoffValues',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Kick-Off Value',
		default: {},
		description:
			"Values for the blueprint's kick-off form. Each value is converted to the shape its field type needs; choices match by option text (ignoring case) or option ID.",
		options: [
			{
				displayName: 'Value',
				name: 'values',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'string',
						default: '',
						placeholder: 'e.g. Customer Name',
						description: 'The kick-off field’s label, alias or ID',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'Text, a date, an option text, a comma-separated list (multi-select), or JSON for tables, files and assignees',
					},
				],
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Folder IDs',
				name: 'folders',
				type: 'string',
				default: '',
				description: 'Comma-separated IDs of process folders to put the process in',
			},
			{
				displayName: 'Owner ID',
				name: 'owner_id',
				type: 'number',
				default: 0,
				description: 'Numeric ID of the member who owns the process',
			},
			{
				displayName: 'Parent Process ID',
				name: 'parent_id',
				type: 'string',
				default: '',
				description: 'ID of a process this one belongs to',
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
				description: 'Whether to star the process',
			},
			{
				displayName: 'Summary',
				name: 'summary',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
			},
			{
				displayName: 'Tag IDs',
				name: 'tags',
				type: 'string',
				default: '',
				description: 'Comma-separated tag IDs',
			},
		],
	},
];

export const description = forOperation('process', 'launch', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const name = (this.getNodeParameter('name', i, '') as string).trim();
	if (!name) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Process Name" is empty', {
			itemIndex: i,
			description:
				'Give the process a name, for example with an expression such as {{ $json.customer }}.',
		});
	}
	const body: IDataObject = { checklist_id: blueprintId, name };

	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	for (const [key, value] of Object.entries(additional)) {
		if (value === '' || value === 0) continue;
		body[key] = ['tags', 'folders'].includes(key) ? idList(value) : value;
	}

	const values = (this.getNodeParameter('kickoffValues.values', i, []) as FieldValue[]) ?? [];
	if (values.length) {
		const blueprint = await getBlueprint.call(this, blueprintId);
		body.prerun = encodeFormValues(blueprint.prerun ?? [], values, {
			node: this.getNode(),
			itemIndex: i,
			noun: 'kick-off field',
			source: `blueprint "${blueprint.title}"`,
			parameter: 'Kick-Off Form Values',
		});
	}

	return await apiRequest.call(this, 'POST', org`/runs`, { body });
}
