import type { IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { guestLocator } from '../../descriptions/rlc.description';
import { checkEmail, lastPathSegmentOf, requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { MEMBER_TASK_STATUSES, personalTaskFilters } from './properties';
import { listTasks } from './shared';

/**
 * Tallyfy lists a guest's tasks under the ID at the end of the guest's `link` (contract §3.3),
 * not under the email address that names guests everywhere else. The documented guest object
 * has no separate code field, so the ID is read from the link itself.
 */
const guestCodeLocator = {
	...guestLocator,
	description:
		'The guest whose tasks to list. Chosen from the list or by email, the guest is read first to take the guest code from their link (one extra request).',
	modes: [
		...(guestLocator.modes ?? []),
		{
			displayName: 'By Guest Code',
			name: 'code',
			type: 'string' as const,
			placeholder: 'e.g. the code from the guest’s link',
		},
	],
};

export const description = forOperation('task', 'getGuestTasks', [
	guestCodeLocator,
	...returnAllOrLimit,
	simplifyProperty,
	// Tallyfy documents `status` and `sort` here without values; these are the member list's.
	personalTaskFilters(MEMBER_TASK_STATUSES),
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const given = requiredId.call(this, 'guestEmail', i, 'Guest');
	const { mode } = this.getNodeParameter('guestEmail', i, {}) as INodeParameterResourceLocator;
	let code = given;
	if (mode !== 'code') {
		checkEmail.call(this, given, i, 'Guest');
		const guest = await apiRequest.call(this, 'GET', org`/guests/${given}`);
		// The forever link ends in the code: https://go.tallyfy.com/guest/<code>.
		code = typeof guest.link === 'string' ? (lastPathSegmentOf(guest.link) ?? '') : '';
		if (!code) {
			throw new NodeOperationError(
				this.getNode(),
				`Tallyfy returned no guest link for ${given}, so the guest code is unknown`,
				{
					itemIndex: i,
					description:
						'Choose "By Guest Code" in the Guest parameter and enter the code from the guest’s link.',
				},
			);
		}
	}
	return await listTasks.call(this, i, org`/guests/${code}/tasks`, 'filters');
}
