import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/parameters';
import { apiRequest, org } from '../../transport';
import { keyName } from './shared';

const properties: INodeProperties[] = [
	processLocator,
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		default: 'merge',
		options: [
			{
				name: 'Merge',
				value: 'merge',
				description: 'Set only the keys given and keep every other value (one request per key)',
			},
			{
				name: 'Replace All',
				value: 'replace',
				description:
					'Make the given values the whole set: every organization key left out is cleared, and required keys must be given',
			},
		],
	},
	{
		displayName: 'Values',
		name: 'values',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Value',
		default: {},
		description: 'The custom field values to set on the process',
		options: [
			{
				displayName: 'Value',
				name: 'value',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'e.g. cost_center',
						description: 'The name of a custom field key for processes',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'The value. Use an expression for numbers, booleans or lists, for example {{ 1200 }}.',
					},
				],
			},
		],
	},
];

export const description = forOperation('customField', 'setProcessValues', properties);

export async function execute(this: IExecuteFunctions, i: number) {
	const processId = requiredId.call(this, 'processId', i, 'Process');
	const replace = this.getNodeParameter('mode', i, 'merge') === 'replace';
	const pairs = this.getNodeParameter('values.value', i, []) as IDataObject[];
	const values: IDataObject = {};
	for (const pair of pairs) {
		const key = keyName.call(this, pair.key, i, 'Values > Key');
		if (key in values) {
			throw new NodeOperationError(this.getNode(), `The key "${key}" is given twice in "Values"`, {
				itemIndex: i,
				description: 'Give each key once.',
			});
		}
		values[key] = pair.value;
	}
	if (replace) {
		const answer = await apiRequest.call(this, 'PUT', org`/runs/${processId}/custom-fields`, {
			body: { custom_fields: values },
		});
		return { process_id: processId, ...answer };
	}
	if (!pairs.length) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Values" is empty', {
			itemIndex: i,
			description: 'Add at least one key and value to set.',
		});
	}
	// Tallyfy's PATCH takes one key at a time; unlike PUT it leaves the other values alone.
	let answer: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		answer = await apiRequest.call(this, 'PATCH', org`/runs/${processId}/custom-fields/${key}`, {
			body: { value },
		});
	}
	return { process_id: processId, ...answer };
}
