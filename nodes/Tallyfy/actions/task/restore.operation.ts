import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { archivedTaskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('task', 'restore', [archivedTaskLocator]);

/** PUT /tasks/{id}/restore, which Tallyfy's docs name beside archiving one-off tasks. */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const answer = await apiRequest.call(this, 'PUT', org`/tasks/${taskId}/restore`);
	return Object.keys(answer).length ? answer : { id: taskId, restored: true };
}
