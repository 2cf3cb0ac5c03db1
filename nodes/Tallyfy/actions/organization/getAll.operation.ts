import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { SIMPLE_FIELDS, simplifyIfAsked } from '../../helpers/simplify';
import { listFromParameters, root } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, simplifyProperty];

export const description = forOperation('organization', 'getAll', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const organizations = await listFromParameters.call(this, i, root`/me/organizations`);
	return simplifyIfAsked.call(this, i, organizations, SIMPLE_FIELDS.organization);
}
