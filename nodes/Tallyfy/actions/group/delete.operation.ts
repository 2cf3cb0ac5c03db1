import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { groupLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('group', 'delete', [groupLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'groupId', i, 'Group');
	const answer = await apiRequest.call(this, 'DELETE', org`/groups/${id}`);
	return Object.keys(answer).length ? answer : { deleted: true, id };
}
