import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { memberLocator } from '../../descriptions/rlc.description';
import { withIncludes } from '../../helpers/filters';
import { apiRequest, org } from '../../transport';
import { includeProperty, memberIdOf } from './shared';

const properties: INodeProperties[] = [memberLocator, includeProperty];

export const description = forOperation('member', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = memberIdOf.call(this, i);
	const include = this.getNodeParameter('include', i, []) as string[];
	return await apiRequest.call(this, 'GET', org`/users/${id}`, {
		qs: withIncludes(include),
	});
}
