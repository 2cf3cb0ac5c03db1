import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator, taskLocator } from '../../descriptions/rlc.description';
import { formInputProperties, givenFormValues } from '../../helpers/formInput';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { sortedByName, taskUpdateFields } from './properties';
import { FORM_INPUT, readTask, requireChanges, taskData, taskSettings } from './shared';

export const description = forOperation('task', 'updateProcessTask', [
	processLocator,
	taskLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'What to change. Everything else stays as it is; to change who is assigned, use Reassign.',
		options: sortedByName([
			...taskUpdateFields,
			{
				displayName: 'Position',
				name: 'position',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'Where the task sits among the process’s tasks (1 is first)',
			},
		]),
	},
	...formInputProperties(FORM_INPUT),
]);

/** A partial PUT; the task is read first only to encode form values for its fields. */
export async function execute(this: IExecuteFunctions, i: number) {
	const processId = requiredId.call(this, 'processId', i, 'Process');
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const changes = taskSettings.call(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
	);
	const values = givenFormValues.call(this, i, FORM_INPUT);
	requireChanges.call(
		this,
		i,
		{ ...changes, ...(values.length ? { taskdata: true } : {}) },
		'Add what should change with "Add Field", or give form values.',
	);
	if (values.length) {
		const task = await readTask.call(this, taskId, processId, ['form_fields']);
		changes.taskdata = taskData.call(this, i, task, values);
	}
	return await apiRequest.call(this, 'PUT', org`/runs/${processId}/tasks/${taskId}`, {
		body: changes,
	});
}
