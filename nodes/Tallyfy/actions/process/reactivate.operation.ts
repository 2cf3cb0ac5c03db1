import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { archivedProcessLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('process', 'reactivate', [archivedProcessLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	return await apiRequest.call(this, 'PUT', org`/runs/${id}/activate`);
}
