import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('step', 'create', [
	blueprintLocator,
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Review the contract',
		description: 'Name of the step, shown as the task title in processes',
	},
	{
		displayName: 'Step Type',
		name: 'stepType',
		type: 'options',
		default: 'task',
		description: 'How the task of this step is completed',
		options: [
			{
				name: 'Approval',
				value: 'approval',
				description: 'Approved or rejected; automations can react to either',
			},
			{ name: 'Email', value: 'email', description: 'Sends an email' },
			{
				name: 'Expiring',
				value: 'expiring',
				description: 'Completes by itself when its deadline passes',
			},
			{
				name: 'Expiring Email',
				value: 'expiring_email',
				description: 'Sends an email and completes by itself when its deadline passes',
			},
			{ name: 'Task', value: 'task', description: 'Completed by its assignee' },
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
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
				displayName: 'Position',
				name: 'position',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'Where the step goes in the blueprint, 1 being first',
			},
		],
	},
]);

/** The body Tallyfy's own n8n live tests send (checklist_id, title, step_type, position). */
export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const title = (this.getNodeParameter('title', i, '') as string).trim();
	if (!title) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Title" is empty', {
			itemIndex: i,
			description: 'Give the step a title, e.g. Review the contract.',
		});
	}
	const body: IDataObject = {
		checklist_id: blueprintId,
		title,
		step_type: this.getNodeParameter('stepType', i, 'task'),
	};
	const { summary, position } = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	if (summary) body.summary = summary;
	if (position) body.position = position;
	return await apiRequest.call(this, 'POST', org`/checklists/${blueprintId}/steps`, { body });
}
