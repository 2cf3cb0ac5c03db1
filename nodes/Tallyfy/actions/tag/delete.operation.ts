import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { tagLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('tag', 'delete', [tagLocator]);

/** Tallyfy answers 204 even for an id it does not know, so success does not prove the tag existed. */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'tagId', i, 'Tag');
	const answer = await apiRequest.call(this, 'DELETE', org`/tags/${id}`);
	return Object.keys(answer).length ? answer : { deleted: true, id };
}
