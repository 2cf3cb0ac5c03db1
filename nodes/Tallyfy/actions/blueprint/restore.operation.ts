import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { archivedBlueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { recordOr } from './shared';

export const description = forOperation('blueprint', 'restore', [archivedBlueprintLocator]);

/**
 * PUT /checklists/{id}/restore is named only by Tallyfy's MCP server (the tag_template tool
 * text in server/tools/tag_management.py: "un-archiving is PUT …/checklists/<id>/restore").
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const answer = await apiRequest.call(this, 'PUT', org`/checklists/${id}/restore`);
	return recordOr(answer, { id, restored: true });
}
