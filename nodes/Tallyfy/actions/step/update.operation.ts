import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator, stepLocator } from '../../descriptions/rlc.description';
import { saveStep, stepIds } from './shared';

export const description = forOperation('step', 'update', [
	blueprintLocator,
	stepLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'What to change. The title and assignees are kept unless changed here (use Assign for assignees).',
		options: [
			{
				displayName: 'Description',
				name: 'summary',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'Instructions for whoever does the task; HTML is allowed',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'New name of the step',
			},
		],
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const ids = stepIds.call(this, i);
	const changes = { ...(this.getNodeParameter('updateFields', i, {}) as IDataObject) };
	const problem = !Object.keys(changes).length
		? 'The parameter "Update Fields" is empty'
		: 'title' in changes && !String(changes.title).trim()
			? 'The field "Title" is empty'
			: undefined;
	if (problem) {
		throw new NodeOperationError(this.getNode(), problem, {
			itemIndex: i,
			description: 'Add the title or description to change, with a value.',
		});
	}
	return await saveStep.call(this, i, ids, () => changes);
}
