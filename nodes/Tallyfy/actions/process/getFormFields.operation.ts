import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('process', 'getFormFields', [processLocator]);

/**
 * Tallyfy answers `{ data: { form_fields: [...] } }`, as the official Tallyfy node's live
 * tests read it; each field becomes one item.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	const answer = await apiRequest.call(this, 'GET', org`/runs/${id}/form-fields`);
	const fields = Array.isArray(answer) ? answer : answer.form_fields;
	return Array.isArray(fields) ? (fields as IDataObject[]) : [];
}
