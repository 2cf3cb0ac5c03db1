import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('process', 'export', [processLocator]);

/** Tallyfy's CLI sends this POST without a body and keeps the JSON it answers (`process export`). */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	return await apiRequest.call(this, 'POST', org`/runs/${id}/export`);
}
