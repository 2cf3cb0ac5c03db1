import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator, kickoffFieldLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { recordOr } from '../blueprint/shared';

export const description = forOperation('kickoffField', 'delete', [
	blueprintLocator,
	kickoffFieldLocator,
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const fieldId = requiredId.call(this, 'kickoffFieldId', i, 'Kick-Off Field');
	const answer = await apiRequest.call(this, 'DELETE', org`/checklists/${id}/preruns/${fieldId}`);
	return recordOr(answer, { deleted: true, id: fieldId });
}
