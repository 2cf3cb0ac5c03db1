import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator, stepLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { definitionProperties, positionProperty } from './properties';
import { newDefinition } from './fields';

export const description = forOperation('formField', 'add', [
	blueprintLocator,
	stepLocator,
	...definitionProperties('before the task can be completed', [
		positionProperty('step’s form fields'),
	]),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const stepId = requiredId.call(this, 'stepId', i, 'Step');
	const body = newDefinition.call(this, i);
	return await apiRequest.call(
		this,
		'POST',
		org`/checklists/${blueprintId}/steps/${stepId}/captures`,
		{ body },
	);
}
