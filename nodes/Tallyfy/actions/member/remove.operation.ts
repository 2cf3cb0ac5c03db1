import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { memberLocator } from '../../descriptions/rlc.description';
import { optionalId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { memberIdOf } from './shared';

const properties: INodeProperties[] = [
	memberLocator,
	{
		...memberLocator,
		name: 'reassignTo',
		displayName: 'Reassign Their Tasks To',
		required: false,
		description:
			'Optional: the member who takes over the removed member’s tasks. Leave empty to leave the tasks as they are.',
	},
];

export const description = forOperation('member', 'remove', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = memberIdOf.call(this, i);
	const to = optionalId.call(this, 'reassignTo', i)
		? memberIdOf.call(this, i, 'reassignTo', 'Reassign Their Tasks To')
		: undefined;
	if (to === id) {
		throw new NodeOperationError(
			this.getNode(),
			'"Reassign Their Tasks To" is the member being removed',
			{
				itemIndex: i,
				description: 'Choose another member to take over the tasks, or leave it empty.',
			},
		);
	}
	return await apiRequest.call(this, 'DELETE', org`/users/${id}`, {
		qs: to ? { with_reassignment: true, to } : undefined,
	});
}
