import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { readBlueprint } from '../../helpers/blueprints';

export const description = forOperation('blueprint', 'getKickoffFields', [blueprintLocator]);

/**
 * Read from the blueprint, which always inlines `prerun`, and not from
 * GET /checklists/{id}/form-fields: only the official n8n node uses that route, nothing says
 * it returns just the kick-off fields, and Tallyfy's CLI reads `prerun` because api-v2 has
 * no dedicated route for them. Launch reads the same array, so the two cannot disagree.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const blueprint = await readBlueprint.call(
		this,
		requiredId.call(this, 'blueprintId', i, 'Blueprint'),
	);
	return Array.isArray(blueprint.prerun) ? (blueprint.prerun as IDataObject[]) : [];
}
