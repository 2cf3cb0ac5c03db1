import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { contentProperty, labelProperty, requiredContent, visibilityProperty } from './shared';

const properties: INodeProperties[] = [
	taskLocator,
	contentProperty,
	visibilityProperty,
	labelProperty,
];

export const description = forOperation('comment', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const body = {
		content: requiredContent.call(this, i),
		label: this.getNodeParameter('label', i, 'comment') as string,
		state: this.getNodeParameter('state', i, 'hide-for-guests') as string,
	};
	return await apiRequest.call(this, 'POST', org`/tasks/${taskId}/comment`, { body });
}
