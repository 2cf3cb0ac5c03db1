'use strict';
// Automation rules of a blueprint (API: automated actions): create, update, delete. There is
// no GET route; the blueprint inlines `automated_actions` (Tallyfy's CLI).
const { errors, item } = require('../http');
const { hexId, newHexId } = require('../ids');
const seed = require('../seed');

const CONDITION_TYPES = ['Step', 'Capture', 'Prerun'];
const STEP_OPERATIONS = [
	'completed',
	'reopened',
	'approved',
	'rejected',
	'acknowledged',
	'expired',
	'not_assigned',
];
const FIELD_OPERATIONS = [
	'contains',
	'not_contains',
	'equals',
	'not_equals',
	'equals_any',
	'greater_than',
	'less_than',
	'is_empty',
	'is_not_empty',
];
const VERBS = {
	visibility: ['show', 'hide'],
	deadline: ['deadline'],
	status: ['reopen'],
	assignment: ['assign', 'assign_only', 'clear_assignees', 'unassign'],
	webhook: ['emit_webhook'],
};
const UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'];

/** AutomatedActionRequest and DoableActionValidator, as Tallyfy's MCP server documents them. */
function validateRule(body) {
	const problems = {};
	const add = (key, message) => (problems[key] = [message]);
	if (!body.automated_alias) add('automated_alias', 'The automated alias field is required.');
	else if (String(body.automated_alias).length > 300)
		add('automated_alias', 'The automated alias may not be greater than 300 characters.');
	const conditions = Array.isArray(body.conditions) ? body.conditions : [];
	const actions = Array.isArray(body.then_actions) ? body.then_actions : [];
	if (!conditions.length) add('conditions', 'The conditions field is required.');
	if (!actions.length) add('then_actions', 'The then actions field is required.');
	conditions.forEach((c, n) => {
		const key = (field) => `conditions.${n}.${field}`;
		if (!c.conditionable_id)
			add(key('conditionable_id'), 'The conditionable id field is required.');
		if (!CONDITION_TYPES.includes(c.conditionable_type))
			add(key('conditionable_type'), 'The selected conditionable type is invalid.');
		const operations = c.conditionable_type === 'Step' ? STEP_OPERATIONS : FIELD_OPERATIONS;
		if (!operations.includes(c.operation))
			add(key('operation'), 'The selected operation is invalid.');
		if (!('statement' in c)) add(key('statement'), 'The statement field must be present.');
		if (c.logic !== undefined && !['and', 'or'].includes(c.logic))
			add(key('logic'), 'The selected logic is invalid.');
	});
	actions.forEach((a, n) => {
		const key = (field) => `then_actions.${n}.${field}`;
		const verbs = VERBS[a.action_type];
		if (!verbs) add(key('action_type'), 'The selected action type is invalid.');
		else if (!verbs.includes(a.action_verb))
			add(key('action_verb'), `The action verb only accepts ${verbs.join(', ')}.`);
		if (!a.target_step_id) add(key('target_step_id'), 'The target step id field is required.');
		if (a.action_type === 'deadline') {
			const d = a.deadline ?? {};
			if (!Number.isInteger(d.value)) add(key('deadline.value'), 'The value must be an integer.');
			if (!UNITS.includes(d.unit)) add(key('deadline.unit'), 'The selected unit is invalid.');
			if (!['before', 'from'].includes(d.option))
				add(key('deadline.option'), 'The selected option is invalid.');
		}
		if (['assign', 'assign_only', 'unassign'].includes(a.action_verb) && !a.assignees)
			add(key('assignees'), 'The assignees field is required.');
		if (a.action_type === 'webhook') {
			if (!a.webhook_url) add(key('webhook_url'), 'The webhook url field is required.');
			if (!a.alias_name) add(key('alias_name'), 'The alias name field is required.');
		}
	});
	if (Object.keys(problems).length) throw errors.invalid(problems);
}

function ruleFrom(body, id, now) {
	return {
		id,
		automated_alias: body.automated_alias,
		conditions: body.conditions.map((c) => ({ id: newHexId(), ...c })),
		then_actions: body.then_actions.map((a) => ({ id: newHexId(), ...a })),
		created_at: now,
		last_updated: now,
	};
}

module.exports = (sandbox) => {
	// One rule on Client Onboarding: show the kick-off meeting step for Enterprise plans.
	sandbox.afterReset((sb) => {
		const onboarding = sb.state.checklists.get(hexId('blueprint:onboarding'));
		onboarding.automated_actions = [
			{
				id: hexId('automation:onboarding:enterprise'),
				automated_alias: 'Show kick-off meeting for Enterprise',
				conditions: [
					{
						id: hexId('automation:onboarding:enterprise:condition'),
						conditionable_id: hexId('field:onboarding:plan'),
						conditionable_type: 'Prerun',
						operation: 'equals',
						statement: 'Enterprise',
						logic: 'and',
					},
				],
				then_actions: [
					{
						id: hexId('automation:onboarding:enterprise:action'),
						action_type: 'visibility',
						action_verb: 'show',
						target_step_id: hexId('step:onboarding:kickoff'),
					},
				],
				created_at: seed.at(-9000),
				last_updated: seed.at(-9000),
			},
		];
	});

	const ruleIn = (ctx, checklist) => {
		const rule = checklist.automated_actions.find((r) => r.id === ctx.params.rule);
		if (!rule) throw errors.notFound();
		return rule;
	};

	sandbox.post('/organizations/:org/checklists/:checklist/automated-actions', (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		sandbox.canEditBlueprint(ctx);
		validateRule(ctx.body ?? {});
		const rule = ruleFrom(ctx.body, newHexId(), ctx.state.now());
		checklist.automated_actions.push(rule);
		return item(rule);
	});

	sandbox.put('/organizations/:org/checklists/:checklist/automated-actions/:rule', (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		const rule = ruleIn(ctx, checklist);
		sandbox.canEditBlueprint(ctx);
		validateRule(ctx.body ?? {});
		const updated = {
			...ruleFrom(ctx.body, rule.id, ctx.state.now()),
			created_at: rule.created_at,
		};
		checklist.automated_actions[checklist.automated_actions.indexOf(rule)] = updated;
		return item(updated);
	});

	sandbox.delete('/organizations/:org/checklists/:checklist/automated-actions/:rule', (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		const rule = ruleIn(ctx, checklist);
		sandbox.canEditBlueprint(ctx);
		checklist.automated_actions = checklist.automated_actions.filter((r) => r !== rule);
		return { status: 200, body: undefined };
	});
};
