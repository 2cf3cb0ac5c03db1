import type { IExecuteFunctions } from 'n8n-workflow';

import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

/**
 * Marks the kick-off form of the process submitted (POST) or open again (DELETE) on
 * `/runs/{id}/complete-prerun`, the endpoint the official Tallyfy node and Tallyfy's MCP
 * server (`complete_kickoff_form`) use. Tallyfy answers with the process; an empty answer
 * still reports which process changed.
 */
export async function setKickoffForm(
	this: IExecuteFunctions,
	i: number,
	method: 'POST' | 'DELETE',
) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	const answer = await apiRequest.call(this, method, org`/runs/${id}/complete-prerun`);
	return Object.keys(answer).length
		? answer
		: { id, kickoffForm: method === 'POST' ? 'completed' : 'reopened' };
}
