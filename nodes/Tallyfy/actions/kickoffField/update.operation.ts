import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator, kickoffFieldLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { updateFieldsProperty } from '../formField/properties';
import { changedDefinition, fieldIn, requestedChanges } from '../formField/fields';
import { kickoffSource, readKickoffForm, saveKickoffForm } from './shared';

export const description = forOperation('kickoffField', 'update', [
	blueprintLocator,
	kickoffFieldLocator,
	updateFieldsProperty('before a process can be launched', []),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const fieldId = requiredId.call(this, 'kickoffFieldId', i, 'Kick-Off Field');
	const changes = requestedChanges.call(this, i);
	const form = await readKickoffForm.call(this, id);
	const field = fieldIn.call(this, i, form.fields, fieldId, {
		...kickoffSource(form),
		parameter: 'Kick-Off Field',
	});
	const next = changedDefinition.call(this, i, field, changes);
	const saved = await saveKickoffForm.call(
		this,
		i,
		form,
		form.fields.map((entry) => (entry === field ? next : entry)),
	);
	return saved.find((entry) => entry.id === field.id) ?? next;
}
