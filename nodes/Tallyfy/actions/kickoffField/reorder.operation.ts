import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { fieldIn } from '../formField/fields';
import { kickoffSource, readKickoffForm, saveKickoffForm } from './shared';

export const description = forOperation('kickoffField', 'reorder', [
	blueprintLocator,
	{
		displayName: 'Fields in New Order',
		name: 'order',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Field',
		default: {},
		description:
			'The kick-off fields in the order they should appear. Fields left out keep their order after these.',
		options: [
			{
				displayName: 'Field',
				name: 'fields',
				values: [
					{
						displayName: 'Kick-Off Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: {
							loadOptionsMethod: 'getKickoffFields',
							loadOptionsDependsOn: ['blueprintId.value'],
						},
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
				],
			},
		],
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const wanted = (this.getNodeParameter('order.fields', i, []) as IDataObject[])
		.map((entry) => String(entry.field ?? '').trim())
		.filter(Boolean);
	if (!wanted.length) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Fields in New Order" is empty', {
			itemIndex: i,
			description: 'Add the kick-off fields in the order they should appear.',
		});
	}
	const form = await readKickoffForm.call(this, id);
	const where = { ...kickoffSource(form), parameter: 'Fields in New Order' };
	const first: IDataObject[] = [];
	for (const key of wanted) {
		const field = fieldIn.call(this, i, form.fields, key, where);
		if (first.includes(field)) {
			throw new NodeOperationError(
				this.getNode(),
				`The kick-off field "${String(field.label)}" is given twice`,
				{ itemIndex: i, description: 'Give each field once in "Fields in New Order".' },
			);
		}
		first.push(field);
	}
	const rest = form.fields.filter((field) => !first.includes(field));
	return await saveKickoffForm.call(this, i, form, [...first, ...rest]);
}
