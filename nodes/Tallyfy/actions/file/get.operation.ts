import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { fileIdProperty } from './shared';

const properties: INodeProperties[] = [fileIdProperty];

export const description = forOperation('file', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'fileId', i, 'File ID');
	return await apiRequest.call(this, 'GET', org`/assets/${id}`);
}
