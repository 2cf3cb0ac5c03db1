import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { tagLocator } from '../../descriptions/rlc.description';
import { withIncludes } from '../../helpers/filters';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { statisticsProperty } from './shared';

const properties: INodeProperties[] = [tagLocator, statisticsProperty];

export const description = forOperation('tag', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'tagId', i, 'Tag');
	const statistics = this.getNodeParameter('includeStatistics', i, false) as boolean;
	return await apiRequest.call(this, 'GET', org`/tags/${id}`, {
		qs: withIncludes(statistics ? ['statistics'] : []),
	});
}
