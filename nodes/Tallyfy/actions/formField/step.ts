import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { fieldIn } from './fields';

export interface FieldIds {
	blueprintId: string;
	stepId: string;
	fieldId: string;
}

export function fieldIds(this: IExecuteFunctions, i: number): FieldIds {
	return {
		blueprintId: requiredId.call(this, 'blueprintId', i, 'Blueprint'),
		stepId: requiredId.call(this, 'stepId', i, 'Step'),
		fieldId: requiredId.call(this, 'formFieldId', i, 'Form Field'),
	};
}

/**
 * The stored field, read from its step: api-v2 serves captures only for store, update and
 * destroy (Tallyfy's migrator notes `Route::resource('captures', …)->only([…])`), and the
 * step answer carries every capture in full.
 */
export async function readField(
	this: IExecuteFunctions,
	i: number,
	{ blueprintId, stepId, fieldId }: FieldIds,
): Promise<IDataObject> {
	const step = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}/steps/${stepId}`);
	return fieldIn.call(this, i, step.captures, fieldId, {
		noun: 'form field',
		source: `step "${String(step.title ?? stepId)}"`,
		parameter: 'Form Field',
	});
}

export const captureEndpoint = ({ blueprintId, stepId }: FieldIds, captureId: string) =>
	org`/checklists/${blueprintId}/steps/${stepId}/captures/${captureId}`;
