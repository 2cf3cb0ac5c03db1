import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { oneOffTaskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('task', 'deletePermanently', [
	{
		...oneOffTaskLocator,
		description:
			'The one-off task to delete, with its comments and form values. Process tasks cannot be deleted on their own.',
	},
]);

/** Tallyfy answers 204 without a body. */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const answer = await apiRequest.call(this, 'DELETE', org`/tasks/${taskId}/delete`);
	return { id: taskId, deleted: true, ...answer };
}
