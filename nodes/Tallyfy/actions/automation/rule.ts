import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkId } from '../../helpers/parameters';
import { assigneeLists, assigneeProperties } from '../step/shared';

/*
 * The rule body api-v2 validates (AutomatedActionRequest / DoableActionValidator), as
 * Tallyfy's MCP server documents it in server/tools/automation.py: `automated_alias`
 * (required, at most 300 characters); `conditions[]` of conditionable_id,
 * conditionable_type (Step | Capture | Prerun), operation, statement (the key must be
 * present) and logic (and | or); `then_actions[]` whose action_type fixes the allowed
 * action_verb, each with target_step_id.
 */

const STEP_EVENTS = [
	{ name: 'Acknowledged', value: 'acknowledged' },
	{ name: 'Approved', value: 'approved' },
	{ name: 'Completed', value: 'completed' },
	{ name: 'Expired', value: 'expired' },
	{ name: 'Not Assigned', value: 'not_assigned' },
	{ name: 'Rejected', value: 'rejected' },
	{ name: 'Reopened', value: 'reopened' },
];

const FIELD_CHECKS = [
	{ name: 'Contains', value: 'contains' },
	{ name: 'Does Not Contain', value: 'not_contains' },
	{ name: 'Does Not Equal', value: 'not_equals' },
	{ name: 'Equals', value: 'equals' },
	{ name: 'Equals Any Of', value: 'equals_any' },
	{ name: 'Greater Than', value: 'greater_than' },
	{ name: 'Is Empty', value: 'is_empty' },
	{ name: 'Is Not Empty', value: 'is_not_empty' },
	{ name: 'Less Than', value: 'less_than' },
];

const VALUELESS_CHECKS = ['is_empty', 'is_not_empty'];
const FIELD_SUBJECTS = ['Capture', 'Prerun'];
const ASSIGNING = ['assignment:assign', 'assignment:assign_only', 'assignment:unassign'];

const conditionValues: INodeProperties[] = [
	{
		displayName: 'When',
		name: 'subject',
		type: 'options',
		default: 'Step',
		description: 'What the condition looks at',
		options: [
			{ name: 'Form Field', value: 'Capture', description: 'A form field of a step' },
			{ name: 'Kick-Off Field', value: 'Prerun', description: 'A field of the kick-off form' },
			{ name: 'Step', value: 'Step', description: 'What happens to a step’s task' },
		],
	},
	{
		displayName: 'Step, Form Field or Kick-Off Field ID',
		name: 'subjectId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f9',
		description:
			'ID of the step or field; Step > Get Many, Step > Get and Blueprint > Get Kick-Off Fields show them',
	},
	{
		displayName: 'Step Event',
		name: 'stepEvent',
		type: 'options',
		default: 'completed',
		displayOptions: { show: { subject: ['Step'] } },
		options: STEP_EVENTS,
	},
	{
		displayName: 'Timing',
		name: 'timing',
		type: 'options',
		default: 'any_time',
		description:
			'When the step event counts. Any Time is what Tallyfy’s editor sets; a step condition without a timing never fires.',
		displayOptions: { show: { subject: ['Step'] } },
		options: [
			{ name: 'Any Time', value: 'any_time' },
			{ name: 'Early (24 Hours)', value: 'early_24' },
			{ name: 'Late (24 Hours)', value: 'late_24' },
			{ name: 'On Time', value: 'on-time' },
		],
	},
	{
		displayName: 'Check',
		name: 'fieldCheck',
		type: 'options',
		default: 'equals',
		displayOptions: { show: { subject: FIELD_SUBJECTS } },
		options: FIELD_CHECKS,
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		placeholder: 'e.g. Enterprise',
		description: 'The value the field is compared with',
		displayOptions: {
			show: { subject: FIELD_SUBJECTS },
			hide: { fieldCheck: VALUELESS_CHECKS },
		},
	},
	{
		displayName: 'Combine Using',
		name: 'logic',
		type: 'options',
		default: 'and',
		description: 'How this condition joins the others of the rule',
		options: [
			{ name: 'And', value: 'and' },
			{ name: 'Or', value: 'or' },
		],
	},
];

const actionValues: INodeProperties[] = [
	{
		displayName: 'Action',
		name: 'perform',
		type: 'options',
		default: 'visibility:show',
		options: [
			{ name: 'Add Assignees', value: 'assignment:assign' },
			{
				name: 'Assign Only',
				value: 'assignment:assign_only',
				description: 'Assign only the members, guests and groups given',
			},
			{ name: 'Clear Assignees', value: 'assignment:clear_assignees' },
			{ name: 'Hide Step', value: 'visibility:hide' },
			{ name: 'Remove Assignees', value: 'assignment:unassign' },
			{ name: 'Reopen Step', value: 'status:reopen' },
			{ name: 'Send Webhook', value: 'webhook:emit_webhook' },
			{ name: 'Set Deadline', value: 'deadline:deadline' },
			{ name: 'Show Step', value: 'visibility:show' },
		],
	},
	{
		displayName: 'Target Step ID',
		name: 'targetStepId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f9',
		description: 'ID of the step the action applies to (every action has one)',
	},
	...assigneeProperties.map((property) => ({
		...property,
		displayOptions: { show: { perform: ASSIGNING } },
	})),
	{
		displayName: 'Deadline Amount',
		name: 'deadlineValue',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
		displayOptions: { show: { perform: ['deadline:deadline'] } },
	},
	{
		displayName: 'Deadline Unit',
		name: 'deadlineUnit',
		type: 'options',
		default: 'days',
		displayOptions: { show: { perform: ['deadline:deadline'] } },
		options: [
			{ name: 'Days', value: 'days' },
			{ name: 'Hours', value: 'hours' },
			{ name: 'Minutes', value: 'minutes' },
			{ name: 'Months', value: 'months' },
			{ name: 'Weeks', value: 'weeks' },
		],
	},
	{
		displayName: 'Deadline Direction',
		name: 'deadlineOption',
		type: 'options',
		default: 'from',
		description: 'Whether the amount counts forwards or backwards',
		displayOptions: { show: { perform: ['deadline:deadline'] } },
		options: [
			{ name: 'Before', value: 'before' },
			{ name: 'From', value: 'from' },
		],
	},
	{
		displayName: 'Webhook URL',
		name: 'webhookUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/tallyfy-rule',
		displayOptions: { show: { perform: ['webhook:emit_webhook'] } },
	},
	{
		displayName: 'Webhook Name',
		name: 'webhookName',
		type: 'string',
		default: '',
		description: 'A name for the webhook, sent as its alias',
		displayOptions: { show: { perform: ['webhook:emit_webhook'] } },
	},
];

/** Rule Name, Conditions and Actions: the whole rule, for Create and Update. */
export const ruleProperties: INodeProperties[] = [
	{
		displayName: 'Rule Name',
		name: 'ruleName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Show legal review for Enterprise',
		description: 'A short name for the rule (up to 300 characters)',
	},
	{
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description: 'When the rule fires',
		options: [{ displayName: 'Condition', name: 'condition', values: conditionValues }],
	},
	{
		displayName: 'Actions',
		name: 'actions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Action',
		default: {},
		description: 'What the rule does when it fires',
		options: [{ displayName: 'Action', name: 'action', values: actionValues }],
	},
];

/** The rule body from Rule Name, Conditions and Actions, checked before anything is sent. */
export function ruleBody(this: IExecuteFunctions, i: number): IDataObject {
	const fail = (message: string, description: string): never => {
		throw new NodeOperationError(this.getNode(), message, { itemIndex: i, description });
	};
	const name = String(this.getNodeParameter('ruleName', i, '')).trim();
	if (!name || name.length > 300) {
		fail(
			name ? 'The rule name is longer than 300 characters' : 'The parameter "Rule Name" is empty',
			'Give the rule a short name of up to 300 characters.',
		);
	}
	const conditions = this.getNodeParameter('conditions.condition', i, []) as IDataObject[];
	const actions = this.getNodeParameter('actions.action', i, []) as IDataObject[];
	if (!conditions.length) fail('The rule has no conditions', 'Add one with "Add Condition".');
	if (!actions.length) fail('The rule has no actions', 'Add one with "Add Action".');

	return {
		automated_alias: name,
		conditions: conditions.map((condition, index) => {
			const where = `Condition ${index + 1}: `;
			const subjectId = String(condition.subjectId ?? '').trim();
			if (!subjectId) {
				fail(`${where}the step or field ID is empty`, 'Give the ID of the step or field.');
			}
			const isStep = (condition.subject ?? 'Step') === 'Step';
			const operation = isStep
				? (condition.stepEvent ?? 'completed')
				: (condition.fieldCheck ?? 'equals');
			const needsValue = !isStep && !VALUELESS_CHECKS.includes(String(operation));
			if (needsValue && String(condition.value ?? '') === '') {
				fail(`${where}the value is empty`, 'Give the value to compare the field with.');
			}
			checkId.call(this, subjectId, i, 'tallyfy', {
				label: `Condition ${index + 1} > Step, Form Field or Kick-Off Field ID`,
			});
			return {
				conditionable_id: subjectId,
				conditionable_type: condition.subject ?? 'Step',
				operation,
				statement: isStep ? (condition.timing ?? 'any_time') : needsValue ? condition.value : null,
				logic: condition.logic ?? 'and',
			};
		}),
		then_actions: actions.map((action, index) => {
			const where = `Action ${index + 1}: `;
			const [type, verb] = String(action.perform ?? 'visibility:show').split(':');
			const target = String(action.targetStepId ?? '').trim();
			if (!target)
				fail(`${where}the target step ID is empty`, 'Give the ID of the step to act on.');
			const body: IDataObject = { action_type: type, action_verb: verb, target_step_id: target };
			if (ASSIGNING.includes(`${type}:${verb}`)) {
				const { assignees, guests, groups } = assigneeLists.call(
					this,
					i,
					action,
					`Action ${index + 1}`,
				);
				if (!assignees.length && !guests.length && !groups.length) {
					fail(`${where}no member, guest or group is given`, 'Fill in who to assign or unassign.');
				}
				body.assignees = { users: assignees, guests, groups };
			}
			if (type === 'deadline') {
				body.deadline = {
					value: Math.trunc(Number(action.deadlineValue ?? 0)),
					unit: action.deadlineUnit ?? 'days',
					option: action.deadlineOption ?? 'from',
				};
			}
			if (type === 'webhook') {
				const url = String(action.webhookUrl ?? '').trim();
				const alias = String(action.webhookName ?? '').trim();
				if (!/^https?:\/\/\S+$/i.test(url) || !alias) {
					fail(
						`${where}a webhook needs a URL and a name`,
						'Give an http(s) address in "Webhook URL" and a name in "Webhook Name".',
					);
				}
				body.webhook_url = url;
				body.alias_name = alias;
			}
			checkId.call(this, target, i, 'tallyfy', { label: `Action ${index + 1} > Target Step ID` });
			return body;
		}),
	};
}
