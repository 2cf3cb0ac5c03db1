import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import {
	commentIdOf,
	commentLocator,
	contentProperty,
	labelProperty,
	requiredContent,
	visibilityProperty,
} from './shared';

const properties: INodeProperties[] = [
	taskLocator,
	commentLocator,
	{
		...contentProperty,
		description:
			'The new text of the comment, replacing the old one (Tallyfy needs it on every edit); HTML and @[member ID] mentions are allowed',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ ...labelProperty, description: 'A new kind for the comment' },
			{ ...visibilityProperty, description: 'Who may see the comment from now on' },
		],
	},
];

export const description = forOperation('comment', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const commentId = commentIdOf.call(this, i, 'Comment');
	const body: IDataObject = {
		content: requiredContent.call(this, i),
		...(this.getNodeParameter('updateFields', i, {}) as IDataObject),
	};
	return await apiRequest.call(this, 'PUT', org`/tasks/${taskId}/comment/${commentId}`, { body });
}
