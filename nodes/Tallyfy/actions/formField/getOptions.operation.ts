import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import {
	blueprintLocator,
	formFieldLocator,
	stepLocator,
} from '../../descriptions/rlc.description';
import { choicesOf } from './fields';
import { fieldIds, readField } from './step';

export const description = forOperation('formField', 'getOptions', [
	blueprintLocator,
	stepLocator,
	formFieldLocator,
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const field = await readField.call(this, i, fieldIds.call(this, i));
	return choicesOf.call(this, i, field, 'form field');
}
