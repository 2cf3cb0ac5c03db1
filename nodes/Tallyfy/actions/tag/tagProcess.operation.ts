import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { PROCESS, subjectProperties, tagSubject } from './shared';

export const description = forOperation('tag', 'tagProcess', subjectProperties(PROCESS));

export async function execute(this: IExecuteFunctions, i: number) {
	return await tagSubject.call(this, i, PROCESS);
}
