import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { archivedBlueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('blueprint', 'deletePermanently', [
	{
		...archivedBlueprintLocator,
		description:
			'The archived blueprint to delete. Tallyfy deletes only archived blueprints: archive it first.',
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const answer = await apiRequest.call(this, 'DELETE', org`/checklists/${id}/delete`);
	return { id, deleted: true, ...answer };
}
