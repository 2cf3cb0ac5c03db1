import type { IExecuteFunctions } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { SIMPLE_FIELDS, simplifyIfAsked } from '../../helpers/simplify';
import { apiRequest, org } from '../../transport';
import { withinLimit } from '../blueprint/shared';

export const description = forOperation('step', 'getAll', [
	blueprintLocator,
	...returnAllOrLimit,
	simplifyProperty,
]);

/**
 * Tallyfy documents no paging for the steps list (its CLI reads it in one request), so
 * Return All / Limit is applied here.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const steps = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}/steps`);
	return simplifyIfAsked.call(this, i, withinLimit.call(this, i, steps), SIMPLE_FIELDS.step);
}
