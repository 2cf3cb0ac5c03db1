import type { IExecuteFunctions } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { org } from '../../transport';
import { processTaskFilters } from '../task/properties';
import { listTasks } from '../task/shared';

export const description = forOperation('process', 'getTasks', [
	processLocator,
	...returnAllOrLimit,
	simplifyProperty,
	processTaskFilters,
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	return await listTasks.call(this, i, org`/runs/${id}/tasks`, 'processFilters');
}
