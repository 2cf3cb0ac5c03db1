import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('process', 'archive', [processLocator]);

/** Tallyfy answers with the archived process (`status: archived`, `archived_at` set). */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	return await apiRequest.call(this, 'DELETE', org`/runs/${id}`);
}
