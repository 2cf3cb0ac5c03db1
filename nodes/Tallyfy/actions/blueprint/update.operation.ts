import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { collectionParameter, requiredId } from '../../helpers/parameters';
import { readBlueprint, saveBlueprint } from '../../helpers/blueprints';
import { checkedTitle, settingFields, typeProperty } from './shared';

export const description = forOperation('blueprint', 'update', [
	blueprintLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'What to change. Everything else about the blueprint stays as it is.',
		options: [
			...settingFields,
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'New name of the blueprint (up to 250 characters)',
			},
			typeProperty,
		],
	},
]);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const changes = {
		...collectionParameter.call(this, 'updateFields', i, { folder_id: 'tallyfy' }),
	};
	if (!Object.keys(changes).length) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Update Fields" is empty', {
			itemIndex: i,
			description: 'Add what should change with "Add Field", e.g. Title or Summary.',
		});
	}
	if ('title' in changes) changes.title = checkedTitle.call(this, i, changes.title);
	if (changes.owner_id === 0) delete changes.owner_id;
	return await saveBlueprint.call(this, await readBlueprint.call(this, id), changes, i);
}
