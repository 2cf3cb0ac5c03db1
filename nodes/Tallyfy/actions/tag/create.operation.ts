import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { apiRequest, org } from '../../transport';
import { checkColor, checkTitle } from './shared';

const properties: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. urgent',
		description: 'Unique in the organization, up to 30 characters',
	},
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '',
		description: 'Optional hex color of exactly seven characters, such as #3498db',
	},
];

export const description = forOperation('tag', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const body: IDataObject = {
		title: checkTitle.call(this, this.getNodeParameter('title', i, ''), i, true),
	};
	const color = checkColor.call(this, this.getNodeParameter('color', i, ''), i);
	if (color) body.color = color;
	return await apiRequest.call(this, 'POST', org`/tags`, { body });
}
