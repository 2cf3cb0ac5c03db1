import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { memberLocator } from '../../descriptions/rlc.description';
import { checkText, checkTimeZone } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { memberIdOf } from './shared';

const properties: INodeProperties[] = [
	memberLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'The profile fields to change. Tallyfy needs first name, last name and time zone on every update; the node keeps the current ones you leave out.',
		options: [
			{
				displayName: 'Country ID',
				name: 'country_id',
				type: 'number',
				default: 0,
				description: 'Tallyfy’s numeric ID of the member’s country',
			},
			{
				displayName: 'Date Format',
				name: 'date_format',
				type: 'options',
				default: 'mm/dd/yyyy',
				options: [
					{ name: 'Day/Month/Year', value: 'dd/mm/yyyy' },
					{ name: 'Month/Day/Year', value: 'mm/dd/yyyy' },
				],
			},
			{
				displayName: 'First Name',
				name: 'first_name',
				type: 'string',
				default: '',
				description: 'Up to 32 characters',
			},
			{
				displayName: 'Job Description',
				name: 'job_description',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
			},
			{
				displayName: 'Job Title',
				name: 'job_title',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Last Name',
				name: 'last_name',
				type: 'string',
				default: '',
				description: 'Up to 32 characters',
			},
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				description: 'Up to 20 characters',
			},
			{
				displayName: 'Team',
				name: 'team',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Time Zone',
				name: 'timezone',
				type: 'string',
				default: '',
				placeholder: 'e.g. America/Chicago',
				description: 'An IANA time zone name',
			},
		],
	},
];

export const description = forOperation('member', 'update', properties);

const LIMITS: Record<string, { label: string; max?: number }> = {
	first_name: { label: 'First Name', max: 32 },
	last_name: { label: 'Last Name', max: 32 },
	phone: { label: 'Phone', max: 20 },
	timezone: { label: 'Time Zone' },
	job_title: { label: 'Job Title' },
	job_description: { label: 'Job Description' },
	team: { label: 'Team' },
};

export async function execute(this: IExecuteFunctions, i: number) {
	const id = memberIdOf.call(this, i);
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (key === 'country_id') {
			if (value) body.country_id = value;
		} else if (key === 'date_format') {
			body.date_format = value;
		} else {
			const text = checkText.call(this, value, i, LIMITS[key] ?? { label: key });
			if (text) body[key] = text;
		}
	}
	if (!Object.keys(body).length) {
		throw new NodeOperationError(this.getNode(), 'No fields to update', {
			itemIndex: i,
			description: 'Add at least one field under "Update Fields" and give it a value.',
		});
	}
	if (body.timezone) checkTimeZone.call(this, body.timezone, i, 'Time Zone');

	// Tallyfy requires first_name, last_name and timezone on every PUT: keep the current ones.
	const required = ['first_name', 'last_name', 'timezone'];
	if (required.some((key) => body[key] === undefined)) {
		const current = await apiRequest.call(this, 'GET', org`/users/${id}`);
		for (const key of required) body[key] ??= current[key];
	}
	return await apiRequest.call(this, 'PUT', org`/users/${id}`, { body });
}
