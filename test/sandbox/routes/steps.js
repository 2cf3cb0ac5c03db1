'use strict';
// Steps of a blueprint: list, read, create, update (title, description, assignees).
const { errors, item } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');
const { EMAIL } = require('../records');

const STEP_TYPES = ['task', 'approval', 'expiring', 'email', 'expiring_email'];

/**
 * Tallyfy's MCP server reads a step's assignees as top-level `assignees` (member ids),
 * `guests` (emails) and `groups` (ids), as api-v2's StepTransformer emits them; the
 * seeded steps keep them in `owners`, which launching a process reads, so both are shown.
 */
function showStep(step) {
	return {
		...present(step),
		assignees: [...step.owners.users],
		guests: [...step.owners.guests],
		groups: [...step.owners.groups],
	};
}

function stepOf(ctx, checklist, id = ctx.params.step) {
	const step = checklist._steps.find((s) => s.id === id);
	if (!step) throw errors.notFound();
	return step;
}

/** Puts `entry` at 1-based `position` (or last) and renumbers the list. */
function place(list, entry, position) {
	const at = position ? Math.min(Math.max(Number(position), 1), list.length + 1) - 1 : list.length;
	list.splice(at, 0, entry);
	list.forEach((e, index) => (e.position = index + 1));
}

module.exports = (sandbox) => {
	sandbox.showStep = showStep;
	sandbox.stepOf = stepOf;
	sandbox.place = place;

	// Not paginated: Tallyfy's CLI reads the whole list in one request.
	sandbox.get('/organizations/:org/checklists/:checklist/steps', (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		return { status: 200, body: { data: checklist._steps.map(showStep) } };
	});

	sandbox.get('/organizations/:org/checklists/:checklist/steps/:step', (ctx) =>
		item(showStep(stepOf(ctx, sandbox.liveBlueprint(ctx)))),
	);

	sandbox.post('/organizations/:org/checklists/:checklist/steps', (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		sandbox.canEditBlueprint(ctx);
		const body = ctx.body ?? {};
		const problems = {};
		if (!body.checklist_id) problems.checklist_id = ['The checklist id field is required.'];
		else if (body.checklist_id !== checklist.id)
			problems.checklist_id = ['The selected checklist id is invalid.'];
		if (!body.title) problems.title = ['The title field is required.'];
		if (body.step_type !== undefined && !STEP_TYPES.includes(body.step_type))
			problems.step_type = ['The selected step type is invalid.'];
		if (Object.keys(problems).length) throw errors.invalid(problems);
		const now = ctx.state.now();
		const step = {
			id: newHexId(),
			checklist_id: checklist.id,
			alias: `step_${checklist._steps.length + 1}`,
			title: body.title,
			summary: body.summary ?? null,
			position: 0,
			step_type: body.step_type ?? 'task',
			owners: { users: [], guests: [], groups: [] },
			deadline: { value: 3, unit: 'days' },
			captures: [],
			created_at: now,
			last_updated: now,
		};
		place(checklist._steps, step, body.position);
		checklist.steps_count = checklist._steps.length;
		return item(showStep(step));
	});

	/**
	 * `title` is required on every step update, and a missing `assignees`, `guests` or
	 * `groups` list detaches everyone in it (api-v2 BaseAssignees::newFromArray, as Tallyfy's
	 * MCP server documents).
	 */
	sandbox.put('/organizations/:org/checklists/:checklist/steps/:step', (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		const step = stepOf(ctx, checklist);
		sandbox.canEditBlueprint(ctx);
		const body = ctx.body ?? {};
		const problems = {};
		if (!body.title) problems.title = ['The title field is required.'];
		const users = body.assignees ?? [];
		const guests = body.guests ?? [];
		const groups = body.groups ?? [];
		users.forEach((user, index) => {
			if (!ctx.state.member(ctx.orgId, user))
				problems[`assignees.${index}`] = [`The selected assignees.${index} is invalid.`];
		});
		guests.forEach((guest, index) => {
			if (!EMAIL.test(String(guest)))
				problems[`guests.${index}`] = [`The guests.${index} must be a valid email address.`];
		});
		if (Object.keys(problems).length) throw errors.invalid(problems);
		step.title = body.title;
		if ('summary' in body) step.summary = body.summary;
		step.owners = {
			users: users.map(Number),
			guests: guests.map(String),
			groups: groups.map(String),
		};
		step.last_updated = ctx.state.now();
		return item(showStep(step));
	});
};
