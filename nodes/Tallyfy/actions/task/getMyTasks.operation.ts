import type { IExecuteFunctions } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { org } from '../../transport';
import { personalTaskFilters, searchFilter } from './properties';
import { listTasks } from './shared';

export const description = forOperation('task', 'getMyTasks', [
	...returnAllOrLimit,
	simplifyProperty,
	// The statuses Tallyfy documents for this list, `completed` among them (not `complete`).
	personalTaskFilters(['active', 'completed', 'due_soon', 'hasproblem', 'overdue'], [searchFilter]),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	return await listTasks.call(this, i, org`/me/tasks`, 'filters');
}
