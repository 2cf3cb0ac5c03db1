import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import {
	blueprintLocator,
	formFieldLocator,
	stepLocator,
} from '../../descriptions/rlc.description';
import { apiRequest } from '../../transport';
import { recordOr } from '../blueprint/shared';
import { captureEndpoint, fieldIds } from './step';

export const description = forOperation('formField', 'delete', [
	blueprintLocator,
	stepLocator,
	formFieldLocator,
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const ids = fieldIds.call(this, i);
	const answer = await apiRequest.call(this, 'DELETE', captureEndpoint(ids, ids.fieldId));
	return recordOr(answer, { deleted: true, id: ids.fieldId });
}
