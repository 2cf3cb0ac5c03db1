import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { setKickoffForm } from './kickoffForm';

export const description = forOperation('process', 'reopenKickoffForm', [processLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	return await setKickoffForm.call(this, i, 'DELETE');
}
