import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation, returnAllOrLimit } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { readBlueprint } from '../../helpers/blueprints';
import { withinLimit } from '../blueprint/shared';

export const description = forOperation('automation', 'getAll', [
	blueprintLocator,
	...returnAllOrLimit,
]);

/**
 * api-v2 has no GET route for automated actions; the blueprint always inlines
 * `automated_actions`, which is where Tallyfy's CLI reads them (`blueprint automation list`).
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	return withinLimit.call(this, i, (await readBlueprint.call(this, id)).automated_actions);
}
