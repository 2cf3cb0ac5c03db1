import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, org } from '../../transport';
import { fileIdOf, fileIdProperty } from './shared';

const properties: INodeProperties[] = [fileIdProperty];

export const description = forOperation('file', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = fileIdOf.call(this, i);
	return await apiRequest.call(this, 'GET', org`/assets/${id}`);
}
