import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { processLocator, taskLocator } from '../../descriptions/rlc.description';
import { optionalId, requiredId } from '../../helpers/parameters';
import { SIMPLE_FIELDS, simplifyIfAsked } from '../../helpers/simplify';
import { apiRequest, org } from '../../transport';

const properties: INodeProperties[] = [
	{
		...processLocator,
		required: false,
		description:
			'The process the task belongs to, if any. Leave empty for a one-off task; process tasks are found either way.',
	},
	taskLocator,
	...returnAllOrLimit,
	simplifyProperty,
];

export const description = forOperation('comment', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const processId = optionalId.call(this, 'processId', i);
	// Tallyfy has no comment list: comments come embedded in the task. The organization
	// task endpoint also serves one-off tasks, which the process task endpoint cannot.
	const endpoint = processId ? org`/runs/${processId}/tasks/${taskId}` : org`/tasks/${taskId}`;
	const task = await apiRequest.call(this, 'GET', endpoint, { qs: { with: 'threads' } });
	let comments = ((task.threads as IDataObject | undefined)?.data ?? []) as IDataObject[];
	if (!this.getNodeParameter('returnAll', i, false)) {
		comments = comments.slice(0, this.getNodeParameter('limit', i, 50) as number);
	}
	return simplifyIfAsked.call(this, i, comments, SIMPLE_FIELDS.comment);
}
