import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { automationLocator, blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { recordOr } from '../blueprint/shared';

export const description = forOperation('automation', 'delete', [
	blueprintLocator,
	automationLocator,
]);

/** DELETE …/automated-actions/{id}, as Tallyfy's CLI `blueprint automation delete` does. */
export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const automationId = requiredId.call(this, 'automationId', i, 'Automation Rule');
	const answer = await apiRequest.call(
		this,
		'DELETE',
		org`/checklists/${blueprintId}/automated-actions/${automationId}`,
	);
	return recordOr(answer, { deleted: true, id: automationId });
}
