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
		description: 'The text of the comment; HTML is allowed. Nobody is notified, mentions included.',
	},
];

export const description = forOperation('comment', 'createBot', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	// Source: the official n8n node (tallyfy/n8n) posts system comments to `bot-comment`.
	return await apiRequest.call(this, 'POST', org`/tasks/${taskId}/bot-comment`, {
		body: { content: requiredContent.call(this, i) },
	});
}
