import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('blueprint', 'archive', [blueprintLocator]);

/** Tallyfy answers `{ message, deleted_references }` (the references it detached), or nothing. */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const answer = await apiRequest.call(this, 'DELETE', org`/checklists/${id}`);
	return { id, archived: true, ...answer };
}
