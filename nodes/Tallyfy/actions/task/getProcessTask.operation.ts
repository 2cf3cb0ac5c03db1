import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator, taskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { includeProperty } from './properties';
import { readTask } from './shared';

export const description = forOperation('task', 'getProcessTask', [
	processLocator,
	taskLocator,
	includeProperty,
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const processId = requiredId.call(this, 'processId', i, 'Process');
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const include = this.getNodeParameter('include', i, []) as string[];
	return await readTask.call(this, taskId, processId, include);
}
