import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator } from '../../descriptions/rlc.description';
import { encodeKickoffValues, kickoffInput } from '../../helpers/blueprints';
import { labelOf } from '../../helpers/expressionValues';
import { formInputProperties, givenFormValues } from '../../helpers/formInput';
import { collectionParameter, listOf, requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { processSettingFields } from './shared';

const KICKOFF_INPUT = kickoffInput({
	owner: 'the blueprint',
	resourceMapperMethod: 'mapKickoffFields',
	dependsOn: ['blueprintId.value'],
	mode: 'add',
});

const properties: INodeProperties[] = [
	blueprintLocator,
	{
		displayName: 'Process Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Onboarding - Jane Doe',
		description: 'Name of the new process (up to 550 characters)',
	},
	...formInputProperties(KICKOFF_INPUT),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Folder IDs',
				name: 'folders',
				type: 'string',
				default: '',
				description: 'Comma-separated IDs of process folders to put the process in',
			},
			{
				displayName: 'Parent Process ID',
				name: 'parent_id',
				type: 'string',
				default: '',
				description: 'ID of a process this one belongs to',
			},
			...processSettingFields,
			{
				displayName: 'Tag IDs',
				name: 'tags',
				type: 'string',
				default: '',
				description: 'Comma-separated tag IDs',
			},
		],
	},
];

export const description = forOperation('process', 'launch', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const blueprintId = requiredId.call(this, 'blueprintId', i, 'Blueprint');
	const name = (this.getNodeParameter('name', i, '') as string).trim();
	if (!name) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Process Name" is empty', {
			itemIndex: i,
			description:
				'Give the process a name, for example with an expression such as {{ $json.customer }}.',
		});
	}
	const body: IDataObject = { checklist_id: blueprintId, name };

	const additional = collectionParameter.call(this, 'additionalFields', i, {
		folders: 'tallyfy',
		parent_id: 'tallyfy',
		tags: 'tallyfy',
	});
	for (const [key, value] of Object.entries(additional)) {
		if (value === '' || value === 0) continue;
		body[key] = ['tags', 'folders'].includes(key)
			? listOf.call(this, value, i, labelOf.call(this, 'additionalFields', key))
			: value;
	}

	const values = givenFormValues.call(this, i, KICKOFF_INPUT);
	if (values.length) {
		body.prerun = await encodeKickoffValues.call(this, i, blueprintId, values, KICKOFF_INPUT);
	}

	return await apiRequest.call(this, 'POST', org`/runs`, { body });
}
