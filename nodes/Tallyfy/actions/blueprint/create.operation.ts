import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, org } from '../../transport';
import { checkedTitle, settingFields, typeProperty } from './shared';
import { collectionParameter } from '../../helpers/parameters';

export const description = forOperation('blueprint', 'create', [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Client Onboarding',
		description: 'Name of the blueprint (up to 250 characters)',
	},
	{ ...typeProperty, required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: settingFields,
	},
]);

/** Steps, form fields and kick-off fields are added afterwards with their own resources. */
export async function execute(this: IExecuteFunctions, i: number) {
	const body: IDataObject = {
		title: checkedTitle.call(this, i, this.getNodeParameter('title', i, '')),
		type: this.getNodeParameter('type', i, 'procedure'),
	};
	const additional = collectionParameter.call(this, 'additionalFields', i, {
		folder_id: 'tallyfy',
	});
	for (const [key, value] of Object.entries(additional)) {
		if (value !== '' && value !== 0) body[key] = value;
	}
	return await apiRequest.call(this, 'POST', org`/checklists`, { body });
}
