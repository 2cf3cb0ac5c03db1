import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readBlueprint, saveBlueprint } from '../../helpers/blueprints';

export interface KickoffForm {
	id: string;
	blueprint: IDataObject;
	fields: IDataObject[];
}

export async function readKickoffForm(this: IExecuteFunctions, id: string): Promise<KickoffForm> {
	const blueprint = await readBlueprint.call(this, id);
	const fields = Array.isArray(blueprint.prerun) ? (blueprint.prerun as IDataObject[]) : [];
	return { id, blueprint, fields };
}

/**
 * Kick-off fields are written as the blueprint's whole `prerun` array (api-v2 serves no
 * POST …/preruns; Tallyfy's migrator notes this), so every field goes back as it was read,
 * only renumbered in its new order.
 */
export async function saveKickoffForm(
	this: IExecuteFunctions,
	i: number,
	form: KickoffForm,
	fields: IDataObject[],
): Promise<IDataObject[]> {
	const prerun = fields.map((field, index) => ({ ...field, position: index + 1 }));
	const saved = await saveBlueprint.call(this, form.blueprint, { prerun }, i);
	return Array.isArray(saved.prerun) ? (saved.prerun as IDataObject[]) : prerun;
}

export const kickoffSource = (form: KickoffForm) => ({
	noun: 'kick-off field',
	source: `blueprint "${String(form.blueprint.title ?? form.id)}"`,
});
