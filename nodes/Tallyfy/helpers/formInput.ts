import type {
	FieldType,
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	ResourceMapperField,
	ResourceMapperValue,
} from 'n8n-workflow';

import { fieldName, isEmpty, type FieldValue, type FormFieldDefinition } from './formValues';

/*
 * How form values are given to an operation: n8n's field mapper loaded from the blueprint
 * or task, or a list of field/value pairs for expressions. Both end in `FieldValue`s that
 * formValues.ts encodes.
 */

/**
 * How a field's values are typed in n8n's field mapper: dates get a date picker, single
 * choices a dropdown of their options. The rest stay text: n8n flags typed text in an
 * `array` or `object` column as an issue, while the encoder takes comma-separated text.
 */
const MAPPER_TYPES: Record<string, FieldType> = {
	date: 'dateTime',
	radio: 'options',
	dropdown: 'options',
};

/** What to type into fields without a dropdown, shown after the label. */
function inputHint(field: FormFieldDefinition): string {
	switch (field.field_type) {
		case 'multiselect':
			return ` (any of: ${(field.options ?? []).map((o) => o.text).join(', ')})`;
		case 'table':
			return ` (one value per column: ${(field.columns ?? []).map((c) => c.label).join(', ')})`;
		case 'file':
			return ' (uploaded file objects or https links)';
		case 'assignees_form':
			return ' (member IDs, guest emails, group IDs)';
		default:
			return '';
	}
}

/** Tallyfy's form fields as the columns of n8n's field mapper, keyed by field ID. */
export function mapperFields(fields: unknown): ResourceMapperField[] {
	const list = Array.isArray(fields) ? (fields as FormFieldDefinition[]) : [];
	return list.map((field) => {
		const type = MAPPER_TYPES[field.field_type] ?? 'string';
		return {
			id: field.id,
			displayName: `${fieldName(field)}${inputHint(field)}`,
			required: Boolean(field.required),
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type,
			...(type === 'options'
				? { options: (field.options ?? []).map((o) => ({ name: o.text, value: o.text })) }
				: {}),
		};
	});
}

/** The parameters of one "values for a form" input: a selector, the field mapper and the list. */
export interface FormInputSpec {
	/** The selector between the mapper and the list. */
	input: string;
	/** The resourceMapper parameter. */
	mapper: string;
	/** The fixedCollection parameter of field/value pairs. */
	list: string;
	/** Shown on the mapper and the list, and named in errors. */
	displayName: string;
	/** "kick-off field" or "form field". */
	noun: string;
	/** Where the fields come from, e.g. "the blueprint", for texts. */
	owner: string;
	resourceMapperMethod: string;
	dependsOn: string[];
	/** 'add' when required fields must be given (launch), 'map' otherwise. */
	mode: 'add' | 'map';
}

export function formInputProperties(spec: FormInputSpec): INodeProperties[] {
	return [
		{
			displayName: `${spec.displayName} Input`,
			name: spec.input,
			type: 'options',
			// The list is the default so workflows written before the mapper keep working.
			default: 'list',
			description: `How to give the values of ${spec.owner}’s ${spec.noun}s`,
			options: [
				{
					name: 'List by Field Label, Alias or ID',
					value: 'list',
					description: `Name each ${spec.noun} yourself; suits expressions, changing ${spec.noun}s and AI agents`,
				},
				{
					name: 'Map Each Field',
					value: 'mapper',
					description: `One input per ${spec.noun}, loaded from ${spec.owner}`,
				},
			],
		},
		{
			displayName: spec.displayName,
			name: spec.mapper,
			type: 'resourceMapper',
			noDataExpression: true,
			default: { mappingMode: 'defineBelow', value: null },
			description: `Values for ${spec.owner}’s ${spec.noun}s. Choices match by option text (ignoring case) or option ID.`,
			displayOptions: { show: { [spec.input]: ['mapper'] } },
			typeOptions: {
				loadOptionsDependsOn: spec.dependsOn,
				resourceMapper: {
					resourceMapperMethod: spec.resourceMapperMethod,
					mode: spec.mode,
					fieldWords: { singular: spec.noun, plural: `${spec.noun}s` },
					addAllFields: true,
					multiKeyMatch: false,
					supportAutoMap: false,
				},
			},
		},
		{
			displayName: spec.displayName,
			name: spec.list,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Value',
			default: {},
			description: `Values for ${spec.owner}’s ${spec.noun}s. Each value is converted to the shape its field type needs; choices match by option text (ignoring case) or option ID.`,
			displayOptions: { show: { [spec.input]: ['list'] } },
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
							description: `The ${spec.noun}’s label, alias or ID`,
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
	];
}

/** The values given through the field mapper or the list, each with its field's ID, alias or label. */
export function givenFormValues(
	this: IExecuteFunctions,
	itemIndex: number,
	spec: Pick<FormInputSpec, 'input' | 'mapper' | 'list'>,
): FieldValue[] {
	if (this.getNodeParameter(spec.input, itemIndex, 'list') === 'list') {
		return (this.getNodeParameter(`${spec.list}.values`, itemIndex, []) as FieldValue[]) ?? [];
	}
	// The whole mapper value is read, not `<mapper>.value`: n8n's check of `.value` matches
	// choices exactly and names fields by their 32-character ID, while the encoder matches
	// them leniently and names each field by its label.
	const mapped = this.getNodeParameter(spec.mapper, itemIndex, {}) as Partial<ResourceMapperValue>;
	return Object.entries(mapped.value ?? {})
		.filter(([, value]) => !isEmpty(value))
		.map(([field, value]) => ({ field, value }));
}

/** A task's form fields from its `with=form_fields` include, which Tallyfy wraps in `{ data }`. */
export function taskFormFields(task: IDataObject): FormFieldDefinition[] {
	const include = task.form_fields as { data?: unknown } | unknown[] | undefined;
	const list = Array.isArray(include) ? include : include?.data;
	return Array.isArray(list) ? (list as FormFieldDefinition[]) : [];
}
