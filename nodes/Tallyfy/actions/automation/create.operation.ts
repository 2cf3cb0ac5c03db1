import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { ruleBody, ruleProperties } from './rule';

export const description = forOperation('automation', 'create', [
	blueprintLocator,
	...ruleProperties,
]);

/** POST /checklists/{id}/automated-actions, as Tallyfy's CLI `blueprint automation create` does. */
export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const body = ruleBody.call(this, i);
	return await apiRequest.call(this, 'POST', org`/checklists/${blueprintId}/automated-actions`, {
		body,
	});
}
