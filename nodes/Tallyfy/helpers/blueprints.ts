import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FormFieldDefinition } from './formValues';
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
