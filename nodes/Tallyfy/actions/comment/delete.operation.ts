import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { commentIdOf, commentLocator } from './shared';

const properties: INodeProperties[] = [taskLocator, commentLocator];

export const description = forOperation('comment', 'delete', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const commentId = commentIdOf.call(this, i, 'Comment');
	const answer = await apiRequest.call(this, 'DELETE', org`/tasks/${taskId}/comment/${commentId}`);
	return Object.keys(answer).length ? answer : { deleted: true, id: commentId };
}
