import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator, taskLocator } from '../../descriptions/rlc.description';
import { optionalId, requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

const properties: INodeProperties[] = [
	{
		...processLocator,
		required: false,
		description:
			'The process the task belongs to. Leave empty for a one-off task, or to let the node look the process up (one extra request).',
	},
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
];

export const description = forOperation('task', 'complete', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	let processId = optionalId.call(this, 'processId', i);
	if (!processId) {
		const task = await apiRequest.call(this, 'GET', org`/tasks/${taskId}`);
		processId = (task.run_id as string | null) ?? undefined;
	}

	const body: IDataObject = { task_id: taskId };
	const approval = this.getNodeParameter('approval', i, 'none') as string;
	if (approval !== 'none') body.is_approved = approval === 'approve';
	const overrideUser = this.getNodeParameter('overrideUser', i, 0) as number;

	if (!processId) {
		if (overrideUser) {
			throw new NodeOperationError(
				this.getNode(),
				'"Complete on Behalf of Member ID" works only for process tasks',
				{ itemIndex: i, description: `Task ${taskId} is a one-off task; set the parameter to 0.` },
			);
		}
		return await apiRequest.call(this, 'POST', org`/completed-tasks`, { body });
	}
	if (overrideUser) body.override_user = overrideUser;
	return await apiRequest.call(this, 'POST', org`/runs/${processId}/completed-tasks`, { body });
}
