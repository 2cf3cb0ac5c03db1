import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { guestLocator } from '../../descriptions/rlc.description';
import { withIncludes } from '../../helpers/filters';
import { apiRequest, org } from '../../transport';
import { guestEmailOf, statisticsProperty } from './shared';

const properties: INodeProperties[] = [guestLocator, statisticsProperty];

export const description = forOperation('guest', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const email = guestEmailOf.call(this, i);
	const statistics = this.getNodeParameter('includeStatistics', i, false) as boolean;
	return await apiRequest.call(this, 'GET', org`/guests/${email}`, {
		qs: withIncludes(statistics ? ['stats'] : []),
	});
}
