import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { checkEmail, checkText, textParameter } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';

const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
		required: true,
		description:
			'The guest’s address; it must not belong to a member. A guest Tallyfy already knows from another organization is added without a duplicate.',
	},
	{ ...text('First Name', 'firstName'), description: 'Up to 200 characters' },
	{ ...text('Last Name', 'lastName'), description: 'Up to 200 characters' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			text('Company Name', 'company_name'),
			text('Company URL', 'company_url', 'Web address of the guest’s company'),
			text('Contact URL', 'contact_url', 'Link to the guest in your CRM or address book'),
			text('Image URL', 'image_url', 'Link to a picture of the guest'),
			text('Opportunity Name', 'opportunity_name', 'The deal or opportunity the guest belongs to'),
			text('Opportunity URL', 'opportunity_url', 'Link to that opportunity in your CRM'),
			text('Phone 1', 'phone_1', 'Up to 20 characters'),
			text('Phone 2', 'phone_2', 'Up to 20 characters'),
			{
				...text('Time Zone', 'timezone', 'An IANA time zone name'),
				placeholder: 'e.g. Europe/Paris',
			},
		],
	},
];

export const description = forOperation('guest', 'create', properties);

const PHONES: Record<string, string> = { phone_1: 'Phone 1', phone_2: 'Phone 2' };

export async function execute(this: IExecuteFunctions, i: number) {
	const body: IDataObject = {
		email: checkEmail.call(this, this.getNodeParameter('email', i, ''), i, 'Email'),
	};
	const firstName = textParameter.call(this, 'firstName', i, { label: 'First Name', max: 200 });
	const lastName = textParameter.call(this, 'lastName', i, { label: 'Last Name', max: 200 });
	if (firstName) body.first_name = firstName;
	if (lastName) body.last_name = lastName;
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	for (const [key, value] of Object.entries(additional)) {
		const checked = PHONES[key]
			? checkText.call(this, value, i, { label: PHONES[key], max: 20 })
			: String(value ?? '').trim();
		if (checked) body[key] = checked;
	}
	return await apiRequest.call(this, 'POST', org`/guests`, { body });
}
