import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { keyName, keyProperty } from './shared';

const properties: INodeProperties[] = [
	{
		...keyProperty,
		description:
			'The name of the new key. It cannot be changed later, nor can what it applies to or its type.',
	},
	{
		displayName: 'Applies To',
		name: 'applies_to',
		type: 'string',
		default: 'process',
		required: true,
		placeholder: 'e.g. process',
		description:
			'The kind of record the key belongs to, such as "process". Tallyfy’s API reference lists the accepted values.',
	},
	{
		displayName: 'Field Type',
		name: 'field_type',
		type: 'options',
		default: 'text',
		description:
			'How Tallyfy validates values. Choice and table types need their options or columns defined on the key in Tallyfy, so only the simple types are offered here.',
		options: [
			{ name: 'Boolean', value: 'boolean' },
			{ name: 'Date', value: 'date' },
			{ name: 'Email', value: 'email' },
			{ name: 'Number', value: 'number' },
			{ name: 'Text', value: 'text' },
			{ name: 'Text Area', value: 'textarea' },
			{ name: 'URL', value: 'url' },
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
				displayName: 'Active',
				name: 'is_active',
				type: 'boolean',
				default: true,
				description: 'Whether the key can be used right away',
			},
			{
				displayName: 'Required',
				name: 'is_required',
				type: 'boolean',
				default: false,
				description:
					'Whether every record of this kind must have a value; full replacements without it are refused',
			},
		],
	},
];

export const description = forOperation('customField', 'createKey', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const key = keyName.call(this, this.getNodeParameter('key', i, ''), i, 'Key');
	const appliesTo = textParameter.call(this, 'applies_to', i, {
		label: 'Applies To',
		required: true,
		hint: 'Enter the kind of record the key is for, such as "process".',
	});
	const body: IDataObject = {
		key,
		applies_to: appliesTo,
		field_type: this.getNodeParameter('field_type', i, 'text') as string,
		...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
	};
	return await apiRequest.call(this, 'POST', org`/custom-field-keys`, { body });
}
