import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locator } from '../../descriptions/rlc.description';
import { requiredId, textParameter } from '../../helpers/parameters';

/** Tallyfy's comment (thread) ids are integers. */
export const commentLocator = locator({
	name: 'commentId',
	displayName: 'Comment',
	noun: 'comment',
	searchListMethod: 'searchComments',
	idRegex: '[0-9]+',
	idError: 'Not a valid comment ID: Tallyfy comment IDs are whole numbers',
	idPlaceholder: 'e.g. 9012',
	dependsOn: ['taskId.value'],
	description: 'The comment on the task above. Comment IDs are whole numbers.',
});

export const contentProperty: INodeProperties = {
	displayName: 'Content',
	name: 'content',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	required: true,
	placeholder: 'e.g. Sent the contract to @[1001] for review',
	description:
		'The text of the comment; HTML is allowed. Write @[member ID] (for example @[1001]) to mention a member: Tallyfy notifies them and gives them access to the task.',
};

export const labelProperty: INodeProperties = {
	displayName: 'Label',
	name: 'label',
	type: 'options',
	default: 'comment',
	description:
		'What kind of comment this is. To raise or resolve an issue use Report Issue or Resolve Issue, which also change the task’s issue status.',
	options: [
		{ name: 'Advice', value: 'advice' },
		{ name: 'Comment', value: 'comment' },
		{ name: 'Improvement', value: 'improvement' },
	],
};

export const visibilityProperty: INodeProperties = {
	displayName: 'Visibility',
	name: 'state',
	type: 'options',
	default: 'hide-for-guests',
	description:
		'Who sees the comment. Tallyfy hides comments from guests unless told otherwise, so choose Visible to Guests for a comment a guest assignee should read.',
	options: [
		{
			name: 'Collapsed',
			value: 'collapsed',
			description: 'Shown folded in the task’s activity',
		},
		{
			name: 'Hidden From Guests',
			value: 'hide-for-guests',
			description: 'Only members see it (Tallyfy’s default)',
		},
		{
			name: 'Visible to Guests',
			value: 'open',
			description: 'Members and the task’s guests see it',
		},
	],
};

/** The Content parameter, refused when empty. */
export function requiredContent(this: IExecuteFunctions, i: number): string {
	return textParameter.call(this, 'content', i, {
		label: 'Content',
		required: true,
		hint: 'Enter the text to post, or an expression that gives it.',
	});
}

/** A comment locator's value as the integer Tallyfy expects (`requiredId` checks its format). */
export function commentIdOf(this: IExecuteFunctions, i: number, label: string): number {
	return Number(requiredId.call(this, 'commentId', i, label));
}
