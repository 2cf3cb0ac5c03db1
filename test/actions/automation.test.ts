import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const byId = (value: string) => ({ mode: 'id', value });
const calls = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);
const onboarding = () => t.sandbox.fixtures.blueprints.onboarding;
const blueprintPath = () => `/organizations/${t.sandbox.fixtures.orgId}/checklists/${onboarding()}`;
const stored = () => t.sandbox.state.checklists.get(onboarding())!;
const rules = () => stored().automated_actions as IDataObject[];
const stepId = (title: string) =>
	(stored()._steps as IDataObject[]).find((step) => step.title === title)!.id as string;
const outcomeId = () =>
	((stored()._steps as IDataObject[])[0].captures as IDataObject[]).find(
		(field) => field.label === 'Outcome',
	)!.id as string;

const notesId = () =>
	(stored().prerun as IDataObject[]).find((field) => field.label === 'Notes')!.id as string;

const ruleRun = (operation: string, parameters: Record<string, unknown>) =>
	t.harness.run({
		credential: t.harness.pat(),
		parameters: {
			resource: 'automation',
			operation,
			blueprintId: byId(onboarding()),
			...parameters,
		},
	});

const rule = () => ({
	ruleName: 'Escalate negative calls',
	conditions: {
		condition: [
			{ subject: 'Step', subjectId: stepId('Welcome call'), stepEvent: 'completed' },
			{
				subject: 'Capture',
				subjectId: outcomeId(),
				fieldCheck: 'equals',
				value: 'Negative',
				logic: 'or',
			},
		],
	},
	actions: {
		action: [
			{ perform: 'visibility:show', targetStepId: stepId('Approve contract') },
			{
				perform: 'deadline:deadline',
				targetStepId: stepId('Approve contract'),
				deadlineValue: 2,
				deadlineUnit: 'hours',
				deadlineOption: 'from',
			},
			{
				perform: 'assignment:assign',
				targetStepId: stepId('Approve contract'),
				memberIds: String(t.sandbox.fixtures.users.standard),
				guestEmails: t.sandbox.fixtures.guests[0],
			},
			{
				perform: 'webhook:emit_webhook',
				targetStepId: stepId('Approve contract'),
				webhookUrl: 'https://example.com/escalations',
				webhookName: 'Escalation',
			},
		],
	},
});

const ruleBody = () => ({
	automated_alias: 'Escalate negative calls',
	conditions: [
		{
			conditionable_id: stepId('Welcome call'),
			conditionable_type: 'Step',
			operation: 'completed',
			statement: 'any_time',
			logic: 'and',
		},
		{
			conditionable_id: outcomeId(),
			conditionable_type: 'Capture',
			operation: 'equals',
			statement: 'Negative',
			logic: 'or',
		},
	],
	then_actions: [
		{ action_type: 'visibility', action_verb: 'show', target_step_id: stepId('Approve contract') },
		{
			action_type: 'deadline',
			action_verb: 'deadline',
			target_step_id: stepId('Approve contract'),
			deadline: { value: 2, unit: 'hours', option: 'from' },
		},
		{
			action_type: 'assignment',
			action_verb: 'assign',
			target_step_id: stepId('Approve contract'),
			assignees: {
				users: [t.sandbox.fixtures.users.standard],
				guests: [t.sandbox.fixtures.guests[0]],
				groups: [],
			},
		},
		{
			action_type: 'webhook',
			action_verb: 'emit_webhook',
			target_step_id: stepId('Approve contract'),
			webhook_url: 'https://example.com/escalations',
			alias_name: 'Escalation',
		},
	],
});

describe('Automation Rule > Get Many', () => {
	it('reads the rules off the blueprint, one item per rule', async () => {
		const run = await ruleRun('getAll', { returnAll: true });
		expect(calls()).toEqual([`GET ${blueprintPath()}`]);
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({
				automated_alias: 'Show kick-off meeting for Enterprise',
				then_actions: [expect.objectContaining({ action_verb: 'show' })],
			}),
		]);
	});

	it('gives nothing for a blueprint without rules', async () => {
		const run = await ruleRun('getAll', {
			blueprintId: byId(t.sandbox.fixtures.blueprints.purchase),
			returnAll: false,
			limit: 5,
		});
		expect(jsonOf(run)).toEqual([]);
	});
});

describe('Automation Rule > Create', () => {
	it('sends the rule as api-v2 validates it', async () => {
		const run = await ruleRun('create', rule());
		expect(calls()).toEqual([`POST ${blueprintPath()}/automated-actions`]);
		expect(t.sandbox.requests[0].body).toEqual(ruleBody());
		const [created] = jsonOf(run);
		expect(created).toMatchObject({ automated_alias: 'Escalate negative calls' });
		expect(rules().map((r) => r.id)).toContain(created.id);
	});

	it('sends no value for an emptiness check', async () => {
		await ruleRun('create', {
			ruleName: 'Hide approval without notes',
			conditions: {
				condition: [{ subject: 'Prerun', subjectId: notesId(), fieldCheck: 'is_empty' }],
			},
			actions: {
				action: [{ perform: 'visibility:hide', targetStepId: stepId('Approve contract') }],
			},
		});
		expect((t.sandbox.requests[0].body as IDataObject).conditions).toEqual([
			{
				conditionable_id: notesId(),
				conditionable_type: 'Prerun',
				operation: 'is_empty',
				statement: null,
				logic: 'and',
			},
		]);
	});

	it.each([
		['an empty name', { ruleName: '={{ "" }}' }, 'The parameter "Rule Name" is empty'],
		['no conditions', { conditions: {} }, 'The rule has no conditions'],
		['no actions', { actions: {} }, 'The rule has no actions'],
		[
			'a condition without an ID',
			{ conditions: { condition: [{ subject: 'Step', subjectId: ' ' }] } },
			'Condition 1: the step or field ID is empty',
		],
		[
			'a field check without a value',
			{
				conditions: {
					condition: [{ subject: 'Prerun', subjectId: 'abc', fieldCheck: 'contains' }],
				},
			},
			'Condition 1: the value is empty',
		],
		[
			'an action without a target',
			{ actions: { action: [{ perform: 'status:reopen' }] } },
			'Action 1: the target step ID is empty',
		],
		[
			'an assignment to nobody',
			{ actions: { action: [{ perform: 'assignment:unassign', targetStepId: 'abc' }] } },
			'Action 1: no member, guest or group is given',
		],
		[
			'an assignment to a bad member ID',
			{
				actions: {
					action: [{ perform: 'assignment:assign', targetStepId: 'abc', memberIds: 'x1' }],
				},
			},
			'The parameter "Action 1 > Member IDs" has "x1", which is not a member ID',
		],
		[
			'a webhook without a URL',
			{
				actions: {
					action: [{ perform: 'webhook:emit_webhook', targetStepId: 'abc', webhookName: 'n' }],
				},
			},
			'Action 1: a webhook needs a URL and a name',
		],
	])('refuses %s before any request', async (_case, change, message) => {
		const run = await ruleRun('create', { ...rule(), ...change });
		expect(run.error?.message).toBe(message);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Automation Rule > Update', () => {
	it('replaces the rule’s name, conditions and actions', async () => {
		const id = rules()[0].id as string;
		const run = await ruleRun('update', { automationId: byId(id), ...rule() });
		expect(calls()).toEqual([`PUT ${blueprintPath()}/automated-actions/${id}`]);
		expect(t.sandbox.requests[0].body).toEqual(ruleBody());
		expect(jsonOf(run)[0]).toMatchObject({ id, automated_alias: 'Escalate negative calls' });
		expect(rules()).toHaveLength(1);
		expect((rules()[0].then_actions as IDataObject[]).length).toBe(4);
	});
});

describe('Automation Rule > Delete', () => {
	it('deletes a rule and reports it', async () => {
		const id = rules()[0].id as string;
		const run = await ruleRun('delete', { automationId: byId(id) });
		expect(calls()).toEqual([`DELETE ${blueprintPath()}/automated-actions/${id}`]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id }]);
		expect(rules()).toEqual([]);
	});

	it('names the rule and blueprint Tallyfy could not find', async () => {
		const run = await ruleRun('delete', { automationId: byId('missing-rule') });
		expect(run.error?.message).toBe(
			`Tallyfy could not find the automation rule with ID 'missing-rule' (in blueprint '${onboarding()}') (404)`,
		);
	});
});

describe('Automation rule list search', () => {
	it('lists the rules of the chosen blueprint by name', async () => {
		const result = await t.harness.listSearch(
			'searchAutomations',
			{
				credential: t.harness.pat(),
				parameters: {
					resource: 'automation',
					operation: 'delete',
					blueprintId: byId(onboarding()),
				},
			},
			'enterprise',
		);
		expect(calls()).toEqual([`GET ${blueprintPath()}`]);
		expect(result.results).toEqual([
			{ name: 'Show kick-off meeting for Enterprise', value: rules()[0].id },
		]);
	});
});
