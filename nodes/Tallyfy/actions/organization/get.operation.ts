import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, connectionOf, root } from '../../transport';

export const description = forOperation('organization', 'get', []);

/** The organization of the credential; built with `root` so a 404 names the organization ID. */
export async function execute(this: IExecuteFunctions) {
	const { organizationId } = await connectionOf.call(this);
	return await apiRequest.call(this, 'GET', root`/organizations/${organizationId}`);
}
