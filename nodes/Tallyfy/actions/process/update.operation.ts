import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { encodeKickoffValues, kickoffInput } from '../../helpers/blueprints';
import { formInputProperties, givenFormValues } from '../../helpers/formInput';
import { checkText, requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { processSettingFields } from './shared';

const KICKOFF_INPUT = kickoffInput({
	owner: 'the process’s blueprint',
	resourceMapperMethod: 'mapProcessKickoffFields',
	dependsOn: ['processId.value'],
	mode: 'map',
});

const properties: INodeProperties[] = [
	processLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'What to change. Everything else about the process stays as it is.',
		options: [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New name of the process (up to 550 characters)',
			},
			...processSettingFields,
		],
	},
	...formInputProperties(KICKOFF_INPUT),
];

export const description = forOperation('process', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	const changes: IDataObject = {};
	for (const [key, value] of Object.entries(
		this.getNodeParameter('updateFields', i, {}) as IDataObject,
	)) {
		if (key === 'name') {
			changes.name = checkText.call(this, value, i, { label: 'Name', required: true, max: 550 });
		} else if (!(key === 'owner_id' && value === 0)) {
			changes[key] = value;
		}
	}
	const values = givenFormValues.call(this, i, KICKOFF_INPUT);
	if (!values.length && !Object.keys(changes).length) {
		throw new NodeOperationError(
			this.getNode(),
			'Nothing to update: no field to change was given',
			{
				itemIndex: i,
				description: 'Add what should change with "Add Field", or give kick-off form values.',
			},
		);
	}
	if (values.length) {
		const process = await apiRequest.call(this, 'GET', org`/runs/${id}`);
		const blueprintId = String(process.checklist_id);
		changes.prerun = await encodeKickoffValues.call(this, i, blueprintId, values, KICKOFF_INPUT);
	}
	return await apiRequest.call(this, 'PUT', org`/runs/${id}`, { body: changes });
}
