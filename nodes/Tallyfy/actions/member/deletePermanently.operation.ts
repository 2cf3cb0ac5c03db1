import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { memberLocator } from '../../descriptions/rlc.description';
import { apiRequest, org } from '../../transport';
import { memberIdOf } from './shared';

export const description = forOperation('member', 'deletePermanently', [
	{
		...memberLocator,
		description:
			'The member to delete. Tallyfy deletes only members that are disabled: use Disable first.',
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = memberIdOf.call(this, i);
	const answer = await apiRequest.call(this, 'DELETE', org`/users/${id}/delete`);
	return Object.keys(answer).length ? answer : { deleted: true, id: Number(id) };
}
