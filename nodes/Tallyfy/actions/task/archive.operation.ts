import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { oneOffTaskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('task', 'archive', [oneOffTaskLocator]);

/** Tallyfy answers 204 without a body. */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const answer = await apiRequest.call(this, 'DELETE', org`/tasks/${taskId}`);
	return { id: taskId, archived: true, ...answer };
}
