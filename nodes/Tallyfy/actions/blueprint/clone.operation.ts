import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, connectionOf, org } from '../../transport';
import { checkedTitle } from './shared';

export const description = forOperation('blueprint', 'clone', [
	blueprintLocator,
	{
		displayName: 'New Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Client Onboarding v2',
		description: 'Title of the copy. Leave empty to let Tallyfy name it.',
	},
]);

/** `tenant` names the organization the copy goes to: the credential's own. */
export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const title = this.getNodeParameter('title', i, '') as string;
	const newTitle = title.trim() ? checkedTitle.call(this, i, title) : undefined;
	const body: IDataObject = { tenant: (await connectionOf.call(this)).organizationId };
	if (newTitle) body.title = newTitle;
	return await apiRequest.call(this, 'POST', org`/checklists/${id}/clone`, { body });
}
