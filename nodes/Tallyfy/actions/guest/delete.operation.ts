import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { guestLocator } from '../../descriptions/rlc.description';
import { apiRequest, org } from '../../transport';
import { guestEmailOf } from './shared';

export const description = forOperation('guest', 'delete', [guestLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	const email = guestEmailOf.call(this, i);
	const answer = await apiRequest.call(this, 'DELETE', org`/guests/${email}`);
	return Object.keys(answer).length ? answer : { deleted: true, email };
}
