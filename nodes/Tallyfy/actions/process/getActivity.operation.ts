import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	forOperation,
	returnAllOrLimit,
	simplifyProperty,
} from '../../descriptions/common.description';
import { processLocator } from '../../descriptions/rlc.description';
import { toDay } from '../../helpers/dates';
import { queryFromFilters } from '../../helpers/filters';
import { collectionParameter, requiredId } from '../../helpers/parameters';
import { SIMPLE_FIELDS, simplifyIfAsked } from '../../helpers/simplify';
import { listFromParameters, org } from '../../transport';

const text = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
});

/** The filters `GET /activity-feeds` documents, besides the entity it is scoped to. */
const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		text('Actor Email', 'actor_email', 'Only what the person with this email address did'),
		{
			displayName: 'Actor ID',
			name: 'actor_id',
			type: 'number',
			default: 0,
			description: 'Only what the member (or guest) with this numeric ID did',
		},
		{
			displayName: 'Actor Type',
			name: 'actor_type',
			type: 'options',
			default: 'user',
			options: [
				{ name: 'Guest', value: 'guest' },
				{ name: 'Member', value: 'user' },
			],
		},
		{
			displayName: 'Created After',
			name: 'created_after',
			type: 'dateTime',
			default: '',
			description: 'Only activity on or after this day',
		},
		{
			displayName: 'Created Before',
			name: 'created_before',
			type: 'dateTime',
			default: '',
			description: 'Only activity on or before this day',
		},
		text('Field', 'field', 'Only changes of this field'),
		text('Origin ID', 'origin_id', 'Only activity that came from the record with this ID'),
		text('Origin Type', 'origin_type', 'Only activity that came from this kind of record'),
		text('Search', 'search', 'Only activity whose text contains this (2 to 100 characters)'),
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'options',
			default: '-created_at',
			options: [
				{ name: 'Newest First', value: '-created_at' },
				{ name: 'Oldest First', value: 'created_at' },
			],
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			default: 'Member',
			options: [
				{ name: 'Guest', value: 'Guest' },
				{ name: 'Member', value: 'Member' },
				{ name: 'Webhook', value: 'Webhook' },
			],
		},
		text('Type', 'type', 'Only activity of this type, e.g. Task'),
		text('Verb', 'verb', 'Only activity with this verb, e.g. completed'),
	],
};

export const description = forOperation('process', 'getActivity', [
	processLocator,
	...returnAllOrLimit,
	simplifyProperty,
	filters,
]);

const DAY_FILTERS: Record<string, string> = {
	created_after: 'Created After',
	created_before: 'Created Before',
};

export async function execute(this: IExecuteFunctions, i: number) {
	const id = requiredId.call(this, 'processId', i, 'Process');
	const given = collectionParameter.call(this, 'filters', i, { actor_email: 'email' });
	const search = String(given.search ?? '').trim();
	if (search && (search.length < 2 || search.length > 100)) {
		throw new NodeOperationError(
			this.getNode(),
			'The filter "Search" must have 2 to 100 characters',
			{
				itemIndex: i,
				description: `Tallyfy searches activity with 2 to 100 characters; "${search}" has ${search.length}.`,
			},
		);
	}
	const mapped: IDataObject = { entity_type: 'run', entity_id: id };
	for (const [key, label] of Object.entries(DAY_FILTERS)) {
		if (given[key]) mapped[key] = toDay(this.getNode(), given[key], label, i);
	}
	if (search) mapped.search = search;
	const activity = await listFromParameters.call(this, i, org`/activity-feeds`, {
		qs: queryFromFilters(given, mapped),
	});
	return simplifyIfAsked.call(this, i, activity, SIMPLE_FIELDS.activity);
}
