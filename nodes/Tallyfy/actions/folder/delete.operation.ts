import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { folderLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('folder', 'delete', [folderLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'folderId', i, 'Folder');
	const answer = await apiRequest.call(this, 'DELETE', org`/folders/${id}`);
	return Object.keys(answer).length ? answer : { deleted: true, id };
}
