import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FormInputSpec } from './formInput';
import { encodeFormValues, type FieldValue, type FormFieldDefinition } from './formValues';
import { apiRequest, org, type TallyfyContext } from '../transport';

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

/**
 * A fresh read for a read-modify-write. Not the per-run cache of `getBlueprint`: with several
 * input items, each item must see what the previous one wrote.
 */
export async function readBlueprint(this: TallyfyContext, id: string): Promise<IDataObject> {
	return await apiRequest.call(this, 'GET', org`/checklists/${id}`);
}

/**
 * PUT /checklists/{id} with `changes` applied to `current` (a fresh read). Tallyfy refuses a PUT
 * without `title`, and api-v2's ChecklistService::update detaches every member and group missing
 * from `users`/`groups` (as Tallyfy's MCP server documents in `_preserved_assignment_buckets`,
 * server/tools/form_fields.py), so the current title, users and groups always go along.
 */
export async function saveBlueprint(
	this: TallyfyContext,
	current: IDataObject,
	changes: IDataObject,
	itemIndex?: number,
): Promise<IDataObject> {
	if (!Array.isArray(current.users) || !Array.isArray(current.groups)) {
		throw new NodeOperationError(
			this.getNode(),
			`Tallyfy did not return who can use the blueprint "${String(current.title ?? current.id)}"`,
			{
				itemIndex,
				description:
					'Nothing was changed: an update without the blueprint’s members and groups would remove their access. Try again.',
			},
		);
	}
	const body = { title: current.title, users: current.users, groups: current.groups, ...changes };
	return await apiRequest.call(this, 'PUT', org`/checklists/${String(current.id)}`, { body });
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
