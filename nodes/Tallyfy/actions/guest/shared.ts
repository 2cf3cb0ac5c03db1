import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { checkEmail } from '../../helpers/parameters';

export const statisticsProperty: INodeProperties = {
	displayName: 'Include Statistics',
	name: 'includeStatistics',
	type: 'boolean',
	default: false,
	description:
		'Whether to add the guest’s task counts (assigned, completed, last completed) as "stats"',
};

/** The guest's email, the key Tallyfy addresses guests by in the URL path. */
export function guestEmailOf(this: IExecuteFunctions, i: number): string {
	const value = this.getNodeParameter('guestEmail', i, '', { extractValue: true });
	return checkEmail.call(this, value, i, 'Guest');
}
