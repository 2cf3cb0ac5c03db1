import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { optionalProcessLocator } from './properties';
import { processOfTask } from './shared';

export const description = forOperation('task', 'reopen', [optionalProcessLocator, taskLocator]);

/**
 * Reopening deletes the completion: on the process for process tasks, else on the
 * organization. Tallyfy's Power Automate connector declares a POST here; the contract
 * follows the CLI, the docs and the official node, which send DELETE (§3.8).
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const processId = await processOfTask.call(this, i, taskId);
	return await apiRequest.call(
		this,
		'DELETE',
		processId ? org`/runs/${processId}/completed-tasks/${taskId}` : org`/completed-tasks/${taskId}`,
	);
}
