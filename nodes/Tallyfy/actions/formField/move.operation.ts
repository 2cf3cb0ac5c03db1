import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import {
	blueprintLocator,
	formFieldLocator,
	stepLocator,
} from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { recordOr } from '../blueprint/shared';
import { fieldIds } from './step';

export const description = forOperation('formField', 'move', [
	blueprintLocator,
	stepLocator,
	formFieldLocator,
	{
		...stepLocator,
		name: 'targetStepId',
		displayName: 'To Step',
		description: 'The step of the same blueprint the form field moves to',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Position',
				name: 'position',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description:
					'Where the field goes among the form fields of the new step, 1 being first. Leave out to let Tallyfy place it.',
			},
		],
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const ids = fieldIds.call(this, i);
	const body: IDataObject = {
		target_step_id: requiredId.call(this, 'targetStepId', i, 'To Step'),
	};
	const { position } = this.getNodeParameter('options', i, {}) as IDataObject;
	if (position) body.position = position;
	const { blueprintId, stepId, fieldId } = ids;
	const moved = await apiRequest.call(
		this,
		'PUT',
		org`/checklists/${blueprintId}/steps/${stepId}/captures/${fieldId}/move-out`,
		{ body },
	);
	return recordOr(moved, { id: fieldId, moved: true, ...body });
}
