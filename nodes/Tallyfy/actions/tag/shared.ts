import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { blueprintLocator, processLocator, tagLocator } from '../../descriptions/rlc.description';
import { checkText, requiredId } from '../../helpers/parameters';
import { apiRequest, org, type Endpoint } from '../../transport';

export const statisticsProperty: INodeProperties = {
	displayName: 'Include Statistics',
	name: 'includeStatistics',
	type: 'boolean',
	default: false,
	description:
		'Whether to add how many active and archived blueprints and processes carry the tag, as "statistics"',
};

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** A tag title: required by Tallyfy, unique, at most 30 characters. */
export function checkTitle(this: IExecuteFunctions, value: unknown, i: number, required: boolean) {
	return checkText.call(this, value, i, { label: 'Title', required, max: 30 });
}

/** Tallyfy takes exactly seven characters, `#rrggbb`: no shorthand, alpha or color names. */
export function checkColor(this: IExecuteFunctions, value: unknown, i: number): string {
	const color = String(value ?? '').trim();
	if (color && !COLOR.test(color)) {
		throw new NodeOperationError(
			this.getNode(),
			`The parameter "Color" is not a #rrggbb color: "${color}"`,
			{
				itemIndex: i,
				description: 'Use a hex color of exactly seven characters, such as #3498db.',
			},
		);
	}
	return color;
}

interface Subject {
	type: 'Checklist' | 'Run';
	locator: INodeProperties;
	parameter: string;
	label: string;
	/** Where the subject is read with `with=tags`. */
	path: (id: string) => Endpoint;
}

export const BLUEPRINT: Subject = {
	type: 'Checklist',
	locator: blueprintLocator,
	parameter: 'blueprintId',
	label: 'Blueprint',
	path: (id) => org`/checklists/${id}`,
};

export const PROCESS: Subject = {
	type: 'Run',
	locator: processLocator,
	parameter: 'processId',
	label: 'Process',
	path: (id) => org`/runs/${id}`,
};

export const subjectProperties = (subject: Subject): INodeProperties[] => [
	subject.locator,
	tagLocator,
];

/** One endpoint tags blueprints and processes alike; `private` is the only documented tag type. */
export async function tagSubject(this: IExecuteFunctions, i: number, subject: Subject) {
	const subjectId = requiredId.call(this, subject.parameter, i, subject.label);
	const tagId = requiredId.call(this, 'tagId', i, 'Tag');
	return await apiRequest.call(this, 'POST', org`/checklists/tags`, {
		body: { subject_id: subjectId, subject_type: subject.type, tag_id: tagId, tag_type: 'private' },
	});
}

/**
 * Untagging takes the association's own id, which the contract says to find in the object's
 * `with=tags`. Tallyfy's MCP server (server/tools/tag_management.py) also asks only for the
 * tag and the blueprint or process, leaving the lookup to its Python SDK, whose code is not
 * public here. Each entry is read as the association record POST /checklists/tags answers
 * with: `id` the association, `tag_id` the tag.
 */
export async function untagSubject(this: IExecuteFunctions, i: number, subject: Subject) {
	const subjectId = requiredId.call(this, subject.parameter, i, subject.label);
	const tagId = requiredId.call(this, 'tagId', i, 'Tag');
	const record = await apiRequest.call(this, 'GET', subject.path(subjectId), {
		qs: { with: 'tags' },
	});
	const tags = ((record.tags as IDataObject | undefined)?.data ?? []) as IDataObject[];
	const association = tags.find((entry) => String(entry.tag_id) === tagId);
	if (!association) {
		const names = tags.map(
			(entry) => `"${String(entry.title ?? entry.tag_id)}" (${String(entry.tag_id)})`,
		);
		throw new NodeOperationError(
			this.getNode(),
			`The ${subject.label.toLowerCase()} ${subjectId} does not have the tag ${tagId}`,
			{
				itemIndex: i,
				description: names.length
					? `Its tags are: ${names.join(', ')}.`
					: `The ${subject.label.toLowerCase()} has no tags.`,
			},
		);
	}
	const answer = await apiRequest.call(
		this,
		'DELETE',
		org`/checklists/tags/${String(association.id)}`,
	);
	return Object.keys(answer).length
		? answer
		: {
				deleted: true,
				id: association.id,
				tag_id: tagId,
				subject_type: subject.type,
				subject_id: subjectId,
			};
}
