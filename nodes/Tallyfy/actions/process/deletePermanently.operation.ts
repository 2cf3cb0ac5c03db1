import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { archivedProcessLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

export const description = forOperation('process', 'deletePermanently', [
	{
		...archivedProcessLocator,
		description:
			'The archived process to delete, with its tasks, comments and form values. Tallyfy deletes only archived processes: archive it first.',
	},
]);

/** Tallyfy answers 200 with an empty body. */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	const answer = await apiRequest.call(this, 'DELETE', org`/runs/${id}/delete`);
	return { id, deleted: true, ...answer };
}
