import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { recordOr } from './shared';

export const description = forOperation('blueprint', 'publish', [blueprintLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const answer = await apiRequest.call(this, 'PUT', org`/checklists/${id}/publish`);
	return recordOr(answer, { id, published: true });
}
