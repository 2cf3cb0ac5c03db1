import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { oneOffTaskLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { taskUpdateFields } from './properties';
import { readTask, requireChanges, saveTask, taskSettings } from './shared';

export const description = forOperation('task', 'update', [
	oneOffTaskLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'What to change. Everything else stays as it is; to change who is assigned, use Reassign.',
		options: taskUpdateFields,
	},
]);

/**
 * Tallyfy requires title, deadline and owners on every PUT of a one-off task, so the
 * task is read first and its current values fill in what is not changed.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const taskId = requiredId.call(this, 'taskId', i, 'Task');
	const changes = taskSettings.call(
		this,
		i,
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
	);
	requireChanges.call(
		this,
		i,
		changes,
		'Add what should change with "Add Field", e.g. Title or Deadline.',
	);
	const task = await readTask.call(this, taskId, undefined);
	return await saveTask.call(this, i, task, changes);
}
