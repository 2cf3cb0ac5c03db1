import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { commentIdOf, commentLocator, contentProperty, requiredContent } from './shared';

const properties: INodeProperties[] = [
	taskLocator,
	{
		...commentLocator,
		displayName: 'Issue',
		description:
			'The open issue to resolve: a comment labelled "problem", as Report Issue or Get Many returns it',
	},
	{
		...contentProperty,
		placeholder: 'e.g. Budget code added',
		description: 'How the issue was resolved; posted on the task with the resolution',
	},
];

export const description = forOperation('comment', 'resolveIssue', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const threadId = commentIdOf.call(this, i, 'Issue');
	const answer = await apiRequest.call(this, 'POST', org`/tasks/${taskId}/resolved-threads`, {
		body: { thread_id: threadId, content: requiredContent.call(this, i) },
	});
	return Object.keys(answer).length ? answer : { resolved: true, id: threadId };
}
