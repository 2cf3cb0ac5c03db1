import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { formInputProperties, givenFormValues } from '../../helpers/formInput';
import { optionalId, requiredId } from '../../helpers/parameters';
import { optionalProcessLocator } from './properties';
import { FORM_INPUT, readTask, saveTask, taskData } from './shared';

export const description = forOperation('task', 'setFormValues', [
	optionalProcessLocator,
	taskLocator,
	...formInputProperties(FORM_INPUT),
]);

/** Reads the task's form fields, encodes each value for its field type, and saves `taskdata`. */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const values = givenFormValues.call(this, i, FORM_INPUT);
	if (!values.length) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Form Values" is empty', {
			itemIndex: i,
			description: 'Fill in at least one form field, or add a value to the list.',
		});
	}
	const task = await readTask.call(this, taskId, optionalId.call(this, 'processId', i), [
		'form_fields',
	]);
	return await saveTask.call(this, i, task, { taskdata: taskData.call(this, i, task, values) });
}
