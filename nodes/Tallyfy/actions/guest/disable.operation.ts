import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { guestLocator } from '../../descriptions/rlc.description';
import { apiRequest, org } from '../../transport';
import { guestEmailOf } from './shared';

export const description = forOperation('guest', 'disable', [guestLocator]);

/** Like members, guests are disabled with DELETE. */
export async function execute(this: IExecuteFunctions, i: number) {
	const email = guestEmailOf.call(this, i);
	const answer = await apiRequest.call(this, 'DELETE', org`/guests/${email}/disable`);
	return Object.keys(answer).length ? answer : { email, disabled: true };
}
