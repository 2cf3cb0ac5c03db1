import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import {
	blueprintLocator,
	formFieldLocator,
	stepLocator,
} from '../../descriptions/rlc.description';
import { apiRequest } from '../../transport';
import { choicesFor, wantedChoices, writableDefinition } from './fields';
import { captureEndpoint, fieldIds, readField } from './step';

export const description = forOperation('formField', 'setOptions', [
	blueprintLocator,
	stepLocator,
	formFieldLocator,
	{
		displayName: 'Options',
		name: 'choices',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Option' },
		required: true,
		default: [],
		placeholder: 'e.g. High',
		description:
			'The full new list of choices, in order. A choice whose text is unchanged keeps its ID, so values already stored in processes stay valid; new choices get new IDs.',
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const ids = fieldIds.call(this, i);
	const wanted = wantedChoices.call(this, i);
	const field = await readField.call(this, i, ids);
	const options = choicesFor.call(this, i, field, wanted);
	return await apiRequest.call(this, 'PUT', captureEndpoint(ids, String(field.id)), {
		body: writableDefinition({ ...field, options }),
	});
}
