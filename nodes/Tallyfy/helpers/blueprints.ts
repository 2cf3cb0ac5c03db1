import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	encodeFormValues,
	type FieldValue,
	type FormFieldDefinition,
	type FormInputSpec,
} from './formValues';
import { apiRequest, org } from '../transport';

export interface Blueprint extends IDataObject {
	id: string;
	title: string;
	prerun?: FormFieldDefinition[];
}

/** One read per blueprint per node run: 1,000 launches from one blueprint cost one GET. */
const blueprintsByRun = new WeakMap<IExecuteFunctions, Map<string, Promise<Blueprint>>>();

export async function getBlueprint(this: IExecuteFunctions, id: string): Promise<Blueprint> {
	let cache = blueprintsByRun.get(this);
	if (!cache) {
		cache = new Map();
		blueprintsByRun.set(this, cache);
	}
	let blueprint = cache.get(id);
	if (!blueprint) {
		blueprint = apiRequest.call(this, 'GET', org`/checklists/${id}`) as Promise<Blueprint>;
		// A failed read is not cached, so the next item gets its own error.
		blueprint.catch(() => cache.delete(id));
		cache.set(id, blueprint);
	}
	return await blueprint;
}

/** The kick-off values input of Launch and Update; the mapper loads fields its own way. */
export function kickoffInput(
	spec: Pick<FormInputSpec, 'owner' | 'resourceMapperMethod' | 'dependsOn' | 'mode'>,
): FormInputSpec {
	return {
		input: 'kickoffInput',
		mapper: 'kickoffFields',
		list: 'kickoffValues',
		displayName: 'Kick-Off Form Values',
		noun: 'kick-off field',
		...spec,
	};
}

/** `prerun`: kick-off values encoded for the blueprint's kick-off form, keyed by field ID. */
export async function encodeKickoffValues(
	this: IExecuteFunctions,
	i: number,
	blueprintId: string,
	values: FieldValue[],
	input: FormInputSpec,
): Promise<IDataObject> {
	const blueprint = await getBlueprint.call(this, blueprintId);
	return encodeFormValues(blueprint.prerun ?? [], values, {
		node: this.getNode(),
		itemIndex: i,
		noun: input.noun,
		source: `blueprint "${blueprint.title}"`,
		parameter: input.displayName,
	});
}
