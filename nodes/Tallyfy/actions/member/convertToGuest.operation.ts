import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { memberLocator } from '../../descriptions/rlc.description';
import { apiRequest, org } from '../../transport';
import { memberIdOf } from './shared';

export const description = forOperation('member', 'convertToGuest', [memberLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = memberIdOf.call(this, i);
	const answer = await apiRequest.call(this, 'PUT', org`/users/${id}/to/guest`);
	return Object.keys(answer).length ? answer : { id: Number(id), convertedToGuest: true };
}
