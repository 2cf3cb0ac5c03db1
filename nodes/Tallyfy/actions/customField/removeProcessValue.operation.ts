import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { keyName, keyProperty } from './shared';

const properties: INodeProperties[] = [
	processLocator,
	{ ...keyProperty, description: 'The custom field key whose value to remove from the process' },
];

export const description = forOperation('customField', 'removeProcessValue', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const processId = requiredId.call(this, 'processId', i, 'Process');
	const key = keyName.call(this, this.getNodeParameter('key', i, ''), i, 'Key');
	const answer = await apiRequest.call(
		this,
		'DELETE',
		org`/runs/${processId}/custom-fields/${key}`,
	);
	return Object.keys(answer).length ? answer : { deleted: true, id: processId, key };
}
