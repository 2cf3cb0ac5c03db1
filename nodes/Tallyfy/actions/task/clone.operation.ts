import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { anyTaskLocator } from './properties';

export const description = forOperation('task', 'clone', [anyTaskLocator]);

/** A POST without a body, as the official Tallyfy node sends it; Tallyfy answers with the copy. */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	return await apiRequest.call(this, 'POST', org`/tasks/${taskId}/clone`);
}
