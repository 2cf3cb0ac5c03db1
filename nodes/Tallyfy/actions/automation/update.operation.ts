import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { automationLocator, blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { ruleBody, ruleProperties } from './rule';

export const description = forOperation('automation', 'update', [
	blueprintLocator,
	automationLocator,
	...ruleProperties,
]);

/**
 * PUT /checklists/{id}/automated-actions/{automation_id} (Tallyfy's CLI,
 * `blueprint automation update`). The rule is sent whole: name, conditions and actions
 * replace the stored ones.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const automationId = requiredId.call(this, 'automationId', i, 'Automation Rule');
	const body = ruleBody.call(this, i);
	return await apiRequest.call(
		this,
		'PUT',
		org`/checklists/${blueprintId}/automated-actions/${automationId}`,
		{ body },
	);
}
