import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { taskLocator } from '../../descriptions/rlc.description';
import { formInputProperties, givenFormValues } from '../../helpers/formInput';
import { optionalId, requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { optionalProcessLocator } from './properties';
import { FORM_INPUT, processOfTask, readTask, saveTask, taskData } from './shared';

const properties: INodeProperties[] = [
	optionalProcessLocator,
	taskLocator,
	{
		displayName: 'Approval Decision',
		name: 'approval',
		type: 'options',
		default: 'none',
		description: 'Approval tasks must be approved or rejected; other tasks are simply completed',
		options: [
			{ name: 'Not an Approval Task', value: 'none' },
			{ name: 'Approve', value: 'approve' },
			{ name: 'Reject', value: 'reject' },
		],
	},
	{
		displayName: 'Complete on Behalf of Member ID',
		name: 'overrideUser',
		type: 'number',
		default: 0,
		description:
			'Numeric ID of the member recorded as completing the task (process tasks only). Leave 0 to complete it as the credential’s user.',
	},
	...formInputProperties(FORM_INPUT),
];

export const description = forOperation('task', 'complete', properties);

/**
 * Tallyfy takes no form values in the completion call, so given values are saved on the
 * task first (its form fields are read to encode them, which also tells its process).
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const values = givenFormValues.call(this, i, FORM_INPUT);
	const task = values.length
		? await readTask.call(this, taskId, optionalId.call(this, 'processId', i), ['form_fields'])
		: undefined;
	const processId = task
		? (task.run_id as string | null) || undefined
		: await processOfTask.call(this, i, taskId);

	const body: IDataObject = { task_id: taskId };
	const approval = this.getNodeParameter('approval', i, 'none') as string;
	if (approval !== 'none') body.is_approved = approval === 'approve';
	const overrideUser = this.getNodeParameter('overrideUser', i, 0) as number;
	if (overrideUser && !processId) {
		throw new NodeOperationError(
			this.getNode(),
			'"Complete on Behalf of Member ID" works only for process tasks',
			{ itemIndex: i, description: `Task ${taskId} is a one-off task; set the parameter to 0.` },
		);
	}
	if (overrideUser) body.override_user = overrideUser;

	if (task) await saveTask.call(this, i, task, { taskdata: taskData.call(this, i, task, values) });
	return await apiRequest.call(
		this,
		'POST',
		processId ? org`/runs/${processId}/completed-tasks` : org`/completed-tasks`,
		{ body },
	);
}
