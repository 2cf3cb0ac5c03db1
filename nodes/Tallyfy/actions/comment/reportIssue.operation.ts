import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { contentProperty, requiredContent } from './shared';

const properties: INodeProperties[] = [
	taskLocator,
	{
		...contentProperty,
		placeholder: 'e.g. The budget code is missing',
		description:
			'What is wrong; HTML and @[member ID] mentions are allowed. The task is flagged as having an issue until someone resolves it.',
	},
];

export const description = forOperation('comment', 'reportIssue', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	return await apiRequest.call(this, 'POST', org`/tasks/${taskId}/problem`, {
		body: { content: requiredContent.call(this, i) },
	});
}
