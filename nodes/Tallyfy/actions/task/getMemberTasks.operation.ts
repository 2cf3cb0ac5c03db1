import type { IExecuteFunctions } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { memberLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { org } from '../../transport';
import { MEMBER_TASK_STATUSES, personalTaskFilters, searchFilter } from './properties';
import { listTasks } from './shared';

export const description = forOperation('task', 'getMemberTasks', [
	{ ...memberLocator, description: 'The member whose tasks to list' },
	...returnAllOrLimit,
	simplifyProperty,
	personalTaskFilters(MEMBER_TASK_STATUSES, [
		searchFilter,
		{
			displayName: 'Tag Name',
			name: 'tag',
			type: 'string',
			default: '',
			description: 'Only tasks whose process carries this tag',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const memberId = requiredId.call(this, 'memberId', i, 'Member');
	return await listTasks.call(this, i, org`/users/${memberId}/tasks`, 'filters');
}
