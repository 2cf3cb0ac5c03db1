import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { HEX_ID } from '../descriptions/rlc.description';
import { mapperFields, taskFormFields } from '../helpers/formInput';
import { apiRequest, org } from '../transport';

const TALLYFY_ID = new RegExp(`^${HEX_ID}$`);

/**
 * A Tallyfy ID chosen in the node, or undefined while it is empty, still an expression
 * (which only has a value when the workflow runs), or not a parameter of the operation.
 */
function chosenId(context: ILoadOptionsFunctions, parameter: string): string | undefined {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter(parameter, { extractValue: true });
	} catch {
		return undefined;
	}
	const id = typeof value === 'string' ? value.trim() : '';
	return TALLYFY_ID.test(id) ? id : undefined;
}

/** What the mapper shows until the record its fields come from is chosen. */
const notChosen = (record: string, fields: string): ResourceMapperFields => ({
	fields: [],
	emptyFieldsNotice: `Choose a ${record} from the list or by ID to load its ${fields}. With a ${record} from an expression, switch the input to the list.`,
});

/** The kick-off form of the blueprint chosen in the node, one mapper column per field. */
export async function mapKickoffFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const blueprintId = chosenId(this, 'blueprintId');
	if (!blueprintId) return notChosen('blueprint', 'kick-off form');
	const blueprint = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}`);
	return {
		fields: mapperFields(blueprint.prerun),
		emptyFieldsNotice: 'This blueprint has no kick-off form.',
	};
}

/** The form fields of the task chosen in the node (through its process, when one is chosen). */
export async function mapTaskFormFields(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const taskId = chosenId(this, 'taskId');
	if (!taskId) return notChosen('task', 'form fields');
	const processId = chosenId(this, 'processId');
	const task = await apiRequest.call(
		this,
		'GET',
		processId ? org`/runs/${processId}/tasks/${taskId}` : org`/tasks/${taskId}`,
		{ qs: { with: 'form_fields' } },
	);
	return {
		fields: mapperFields(taskFormFields(task)),
		emptyFieldsNotice: 'This task has no form fields.',
	};
}

/** The kick-off form of the chosen process's blueprint, for changing its kick-off values. */
export async function mapProcessKickoffFields(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const processId = chosenId(this, 'processId');
	if (!processId) return notChosen('process', 'kick-off form');
	const process = await apiRequest.call(this, 'GET', org`/runs/${processId}`);
	const blueprint = await apiRequest.call(
		this,
		'GET',
		org`/checklists/${String(process.checklist_id)}`,
	);
	return {
		fields: mapperFields(blueprint.prerun),
		emptyFieldsNotice: 'The blueprint of this process has no kick-off form.',
	};
}
