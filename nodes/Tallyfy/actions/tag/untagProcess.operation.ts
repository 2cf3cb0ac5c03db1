import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { PROCESS, subjectProperties, untagSubject } from './shared';

export const description = forOperation('tag', 'untagProcess', subjectProperties(PROCESS));

export async function execute(this: IExecuteFunctions, i: number) {
	return await untagSubject.call(this, i, PROCESS);
}
