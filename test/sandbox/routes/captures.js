'use strict';
// Form fields of blueprint steps (API: captures): add, update, move, delete. api-v2 serves
// them only for store, update and destroy; reading goes through the step.
const { errors, item } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');

const FIELD_TYPES = [
	'text',
	'textarea',
	'radio',
	'dropdown',
	'multiselect',
	'date',
	'email',
	'file',
	'table',
	'assignees_form',
];
const CHOICES = ['radio', 'dropdown', 'multiselect'];
const WRITABLE = [
	'label',
	'field_type',
	'required',
	'guidance',
	'options',
	'columns',
	'default_value',
	'default_value_enabled',
	'collect_time',
	'use_wysiwyg_editor',
	'field_validation',
	'prefix',
	'suffix',
	'settings',
	'list',
];

const isInteger = (value) => Number.isInteger(value);

/** CaptureRequestValidator as Tallyfy's MCP server and n8n live tests describe it. */
function validateCapture(body, existing) {
	const problems = {};
	if (!body.label) problems.label = ['The label field is required.'];
	if (!body.field_type) problems.field_type = ['The field type field is required.'];
	else if (!FIELD_TYPES.includes(body.field_type))
		problems.field_type = ['The selected field type is invalid.'];
	else if (existing && body.field_type !== existing.field_type)
		problems.field_type = ['The field type cannot be changed.'];
	if (body.required === undefined) problems.required = ['The required field is required.'];
	else if (typeof body.required !== 'boolean')
		problems.required = ['The required field must be true or false.'];
	if (CHOICES.includes(body.field_type)) {
		const options = Array.isArray(body.options) ? body.options : [];
		if (!options.length) problems.options = ['The options field is required.'];
		else if (body.field_type === 'radio' && options.length < 2)
			problems.options = ['The options must have at least 2 items.'];
		options.forEach((option, index) => {
			if (!isInteger(option?.id)) problems[`options.${index}.id`] = ['The id must be an integer.'];
			if (!option?.text) problems[`options.${index}.text`] = ['The text field is required.'];
		});
	}
	if (body.field_type === 'table') {
		const columns = Array.isArray(body.columns) ? body.columns : [];
		if (!columns.length) problems.columns = ['The columns field is required.'];
		columns.forEach((column, index) => {
			if (!isInteger(column?.id)) problems[`columns.${index}.id`] = ['The id must be an integer.'];
			if (!column?.label) problems[`columns.${index}.label`] = ['The label field is required.'];
		});
	}
	if (Object.keys(problems).length) throw errors.invalid(problems);
}

const writable = (body) =>
	Object.fromEntries(WRITABLE.filter((key) => key in body).map((key) => [key, body[key]]));

/** A field an automation rule looks at or acts on cannot be deleted (403, per Tallyfy's MCP server). */
function refuseIfInRule(checklist, id) {
	const used = (checklist.automated_actions ?? []).some((rule) =>
		rule.conditions.some((condition) => condition.conditionable_id === id),
	);
	if (used)
		throw errors.forbidden('Cannot delete this field because there are rules dependent on it.');
}

module.exports = (sandbox) => {
	sandbox.refuseIfInRule = refuseIfInRule;

	const located = (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		const step = sandbox.stepOf(ctx, checklist);
		sandbox.canEditBlueprint(ctx);
		return { checklist, step };
	};
	const captureOf = (ctx, step) => {
		const capture = step.captures.find((c) => c.id === ctx.params.capture);
		if (!capture) throw errors.notFound();
		return capture;
	};

	sandbox.post('/organizations/:org/checklists/:checklist/steps/:step/captures', (ctx) => {
		const { checklist, step } = located(ctx);
		const body = ctx.body ?? {};
		validateCapture(body);
		const now = ctx.state.now();
		const capture = {
			id: newHexId(),
			checklist_id: checklist.id,
			alias: `${String(body.label)
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '_')}_${step.captures.length + 1}`,
			guidance: null,
			options: [],
			columns: [],
			...writable(body),
			position: 0,
			created_at: now,
			last_updated: now,
		};
		sandbox.place(step.captures, capture, body.position);
		return item(present(capture));
	});

	sandbox.put('/organizations/:org/checklists/:checklist/steps/:step/captures/:capture', (ctx) => {
		const { step } = located(ctx);
		const capture = captureOf(ctx, step);
		const body = ctx.body ?? {};
		validateCapture(body, capture);
		Object.assign(capture, writable(body), { last_updated: ctx.state.now() });
		if (body.position) {
			step.captures.splice(step.captures.indexOf(capture), 1);
			sandbox.place(step.captures, capture, body.position);
		}
		return item(present(capture));
	});

	sandbox.put(
		'/organizations/:org/checklists/:checklist/steps/:step/captures/:capture/move-out',
		(ctx) => {
			const { checklist, step } = located(ctx);
			const capture = captureOf(ctx, step);
			const body = ctx.body ?? {};
			const target = checklist._steps.find((s) => s.id === body.target_step_id);
			if (!body.target_step_id)
				throw errors.invalid({ target_step_id: ['The target step id field is required.'] });
			if (!target)
				throw errors.invalid({ target_step_id: ['The selected target step id is invalid.'] });
			step.captures.splice(step.captures.indexOf(capture), 1);
			step.captures.forEach((c, index) => (c.position = index + 1));
			sandbox.place(target.captures, capture, body.position);
			capture.last_updated = ctx.state.now();
			return item(present(capture));
		},
	);

	sandbox.delete(
		'/organizations/:org/checklists/:checklist/steps/:step/captures/:capture',
		(ctx) => {
			const { checklist, step } = located(ctx);
			const capture = captureOf(ctx, step);
			refuseIfInRule(checklist, capture.id);
			step.captures.splice(step.captures.indexOf(capture), 1);
			step.captures.forEach((c, index) => (c.position = index + 1));
			return { status: 200, body: undefined };
		},
	);
};
