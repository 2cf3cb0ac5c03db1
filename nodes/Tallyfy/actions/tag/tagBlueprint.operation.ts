import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { BLUEPRINT, subjectProperties, tagSubject } from './shared';

export const description = forOperation('tag', 'tagBlueprint', subjectProperties(BLUEPRINT));

export async function execute(this: IExecuteFunctions, i: number) {
	return await tagSubject.call(this, i, BLUEPRINT);
}
