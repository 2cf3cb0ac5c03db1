import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, org } from '../../transport';
import { fileIdOf, fileIdProperty } from './shared';

const properties: INodeProperties[] = [fileIdProperty];

export const description = forOperation('file', 'delete', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = fileIdOf.call(this, i);
	// `/file/{id}` removes the stored file too; `/assets/{id}` would only archive the record.
	const answer = await apiRequest.call(this, 'DELETE', org`/file/${id}`);
	return Object.keys(answer).length ? answer : { deleted: true, id };
}
