import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, root } from '../../transport';

export const description = forOperation('member', 'getCurrent', []);

/** The user the credential acts as; for client credentials without "Act as User", the application's bot user. */
export async function execute(this: IExecuteFunctions) {
	return await apiRequest.call(this, 'GET', root`/me`);
}
