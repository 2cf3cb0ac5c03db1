import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { BLUEPRINT, subjectProperties, untagSubject } from './shared';

export const description = forOperation('tag', 'untagBlueprint', subjectProperties(BLUEPRINT));

export async function execute(this: IExecuteFunctions, i: number) {
	return await untagSubject.call(this, i, BLUEPRINT);
}
