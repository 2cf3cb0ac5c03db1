import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { checkText } from '../../helpers/parameters';

export const fieldTypeOptions: INodePropertyOptions[] = [
	{ name: 'Boolean', value: 'boolean' },
	{ name: 'Date', value: 'date' },
	{ name: 'Dropdown', value: 'dropdown' },
	{ name: 'Email', value: 'email' },
	{ name: 'Multi-Select', value: 'multiselect' },
	{ name: 'Number', value: 'number' },
	{ name: 'Radio', value: 'radio' },
	{ name: 'Table', value: 'table' },
	{ name: 'Text', value: 'text' },
	{ name: 'Text Area', value: 'textarea' },
	{ name: 'URL', value: 'url' },
];

export const keyProperty: INodeProperties = {
	displayName: 'Key',
	name: 'key',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. cost_center',
	description: 'The name of the custom field key, as Get Keys lists it',
};

/** A key name typed by the user, refused when empty. */
export function keyName(this: IExecuteFunctions, value: unknown, i: number, label: string): string {
	return checkText.call(this, value, i, {
		label: label,
		required: true,
		hint: 'Enter the name of a custom field key; Custom Field > Get Keys lists them.',
	});
}
