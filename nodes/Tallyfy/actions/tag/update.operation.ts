import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { tagLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { checkColor, checkTitle } from './shared';

const properties: INodeProperties[] = [
	tagLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Color',
				name: 'color',
				type: 'color',
				default: '',
				description: 'Hex color of exactly seven characters, such as #3498db',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'Unique in the organization, up to 30 characters',
			},
		],
	},
];

export const description = forOperation('tag', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'tagId', i, 'Tag');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const title = checkTitle.call(this, fields.title, i, false);
	const color = checkColor.call(this, fields.color, i);
	if (!title && !color) {
		throw new NodeOperationError(this.getNode(), 'No fields to update', {
			itemIndex: i,
			description: 'Add a title or a color under "Update Fields".',
		});
	}
	// Tallyfy requires the title on every update: keep the current one when only the color changes.
	const body: IDataObject = {
		title: title || (await apiRequest.call(this, 'GET', org`/tags/${id}`)).title,
	};
	if (color) body.color = color;
	return await apiRequest.call(this, 'PUT', org`/tags/${id}`, { body });
}
