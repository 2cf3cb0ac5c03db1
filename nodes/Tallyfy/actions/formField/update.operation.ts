import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import {
	blueprintLocator,
	formFieldLocator,
	stepLocator,
} from '../../descriptions/rlc.description';
import { apiRequest } from '../../transport';
import { positionProperty, updateFieldsProperty } from './properties';
import { changedDefinition, requestedChanges, writableDefinition } from './fields';
import { captureEndpoint, fieldIds, readField } from './step';

export const description = forOperation('formField', 'update', [
	blueprintLocator,
	stepLocator,
	formFieldLocator,
	updateFieldsProperty('before the task can be completed', [
		positionProperty('step’s form fields'),
	]),
]);

/**
 * Tallyfy re-validates the whole field on update (`required` must be present, and the
 * type cannot change), so the stored field is read and sent back with the changes.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const ids = fieldIds.call(this, i);
	const changes = requestedChanges.call(this, i);
	const field = await readField.call(this, i, ids);
	const body = writableDefinition(changedDefinition.call(this, i, field, changes));
	return await apiRequest.call(this, 'PUT', captureEndpoint(ids, String(field.id)), { body });
}
