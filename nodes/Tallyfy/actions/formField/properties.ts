import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/* The parameters that define a form field or kick-off field, shared by both resources. */

export const CHOICE_TYPES = ['dropdown', 'multiselect', 'radio'];

/** api-v2's `BaseCapture::$field_types` (Tallyfy's CLI), for form and kick-off fields. */
const FIELD_TYPES: INodePropertyOptions[] = [
	{
		name: 'Assignee Picker',
		value: 'assignees_form',
		description: 'Members, guests or groups, e.g. who does later steps',
	},
	{ name: 'Date', value: 'date', description: 'A date, optionally with a time' },
	{ name: 'Dropdown', value: 'dropdown', description: 'One choice from a list' },
	{
		name: 'Email',
		value: 'email',
		description:
			'An email address. Tallyfy’s MCP server avoids this type because Tallyfy’s web app does not display it.',
	},
	{ name: 'File Upload', value: 'file', description: 'One or more files' },
	{ name: 'Long Text', value: 'textarea', description: 'Several lines of text' },
	{ name: 'Multi-Select', value: 'multiselect', description: 'Any number of choices from a list' },
	{ name: 'Radio Buttons', value: 'radio', description: 'One choice, all options shown' },
	{ name: 'Short Text', value: 'text', description: 'One line of text' },
	{ name: 'Table', value: 'table', description: 'Rows of values under fixed columns' },
];

const choicesProperty: INodeProperties = {
	displayName: 'Options',
	name: 'choices',
	type: 'string',
	typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Option' },
	default: [],
	placeholder: 'e.g. High',
	description:
		'The choices, one text each, in the order shown. Tallyfy numbers them 1, 2, 3… Radio buttons need at least two.',
};

const columnsProperty: INodeProperties = {
	displayName: 'Columns',
	name: 'columns',
	type: 'string',
	typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Column' },
	default: [],
	placeholder: 'e.g. Quantity',
	description: 'The column headings of the table, in order',
};

const guidanceProperty: INodeProperties = {
	displayName: 'Guidance',
	name: 'guidance',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	description: 'Help text shown under the field',
};

const requiredDescription = (whenRequired: string) =>
	`Whether the field must be filled in ${whenRequired}`;

/** Label, type, choices or columns, Required, and extras, for adding a field. */
export function definitionProperties(whenRequired: string, extras: INodeProperties[]) {
	const properties: INodeProperties[] = [
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Customer Name',
			description: 'The question or name shown with the field',
		},
		{
			displayName: 'Field Type',
			name: 'fieldType',
			type: 'options',
			options: FIELD_TYPES,
			default: 'text',
			description: 'What the field collects. Tallyfy does not let it change later.',
		},
		{ ...choicesProperty, displayOptions: { show: { fieldType: CHOICE_TYPES } } },
		{ ...columnsProperty, displayOptions: { show: { fieldType: ['table'] } } },
		{
			displayName: 'Required',
			name: 'required',
			type: 'boolean',
			default: false,
			description: requiredDescription(whenRequired),
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [guidanceProperty, ...extras],
		},
	];
	return properties;
}

/** The Update Fields collection; Field Type is left out because Tallyfy keeps it fixed. */
export function updateFieldsProperty(whenRequired: string, extras: INodeProperties[]) {
	const property: INodeProperties = {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'What to change. Everything else about the field stays as it is.',
		options: [
			{
				...columnsProperty,
				description:
					'The full new list of column headings (table fields). Columns keep their IDs where the heading is unchanged.',
			},
			guidanceProperty,
			{ displayName: 'Label', name: 'label', type: 'string', default: '' },
			{
				...choicesProperty,
				description:
					'The full new list of choices (dropdown, multi-select and radio fields). Choices keep their IDs where the text is unchanged, so values already stored stay valid.',
			},
			...extras,
			{
				displayName: 'Required',
				name: 'required',
				type: 'boolean',
				default: false,
				description: requiredDescription(whenRequired),
			},
		],
	};
	return property;
}

export const positionProperty = (what: string): INodeProperties => ({
	displayName: 'Position',
	name: 'position',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 1,
	description: `Where the field goes among the ${what}, 1 being first`,
});
