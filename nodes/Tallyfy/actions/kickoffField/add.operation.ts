import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { definitionProperties, positionProperty } from '../formField/properties';
import { newDefinition } from '../formField/fields';
import { readKickoffForm, saveKickoffForm } from './shared';

export const description = forOperation('kickoffField', 'add', [
	blueprintLocator,
	...definitionProperties('before a process can be launched', [
		positionProperty('kick-off fields; leave out to add it last'),
	]),
]);

/** Answers with the new field, found in the saved form as the one whose ID is new. */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const { position, ...field } = newDefinition.call(this, i);
	const form = await readKickoffForm.call(this, id);
	const fields = [...form.fields];
	const at = position ? Math.min(Number(position), fields.length + 1) - 1 : fields.length;
	fields.splice(at, 0, field);
	const saved = await saveKickoffForm.call(this, i, form, fields);
	const before = new Set(form.fields.map((existing) => existing.id));
	return saved.find((entry) => !before.has(entry.id)) ?? saved[at];
}
