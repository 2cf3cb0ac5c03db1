import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequest, org } from '../transport';

/** The kick-off fields of the blueprint chosen in the node, in their current order. */
export async function getKickoffFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const blueprintId = chosenBlueprintId.call(this);
	if (!blueprintId) return [];
	const blueprint = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}`);
	const fields = Array.isArray(blueprint.prerun) ? (blueprint.prerun as IDataObject[]) : [];
	return fields.map((field) => ({
		name: String(field.label || field.alias || field.id),
		value: String(field.id),
		description: `${String(field.field_type)}, position ${String(field.position)}`,
	}));
}

/** The blueprint chosen in the node's Blueprint parameter, if any. */
function chosenBlueprintId(this: ILoadOptionsFunctions): string | undefined {
	return this.getCurrentNodeParameter('blueprintId', { extractValue: true }) as string | undefined;
}

/** The chosen blueprint's steps by alias, the key webhook deliveries name a task's step with. */
export async function getBlueprintSteps(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const blueprintId = chosenBlueprintId.call(this);
	if (!blueprintId) return [];
	const blueprint = await apiRequest.call(this, 'GET', org`/checklists/${blueprintId}`, {
		qs: { with: 'steps' },
	});
	const steps = ((blueprint.steps as IDataObject | undefined)?.data as IDataObject[]) ?? [];
	return steps
		.filter((step) => typeof step.alias === 'string' && step.alias)
		.sort((a, b) => Number(a.position) - Number(b.position))
		.map((step) => ({
			name: String(step.title ?? step.alias),
			value: String(step.alias),
			description: `Step ${String(step.position)} (alias ${String(step.alias)})`,
		}));
}
