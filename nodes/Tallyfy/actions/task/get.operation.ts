import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { requiredId } from '../../helpers/parameters';
import { anyTaskLocator, includeProperty } from './properties';
import { readTask } from './shared';

export const description = forOperation('task', 'get', [anyTaskLocator, includeProperty]);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const include = this.getNodeParameter('include', i, []) as string[];
	return await readTask.call(this, taskId, undefined, include);
}
