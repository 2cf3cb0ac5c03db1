'use strict';
// Blueprints (API: checklists).
const { errors, item, list } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped, requireRole } = require('../records');

function showBlueprint(ctx, checklist) {
	const out = present(checklist);
	const wanted = includes(ctx);
	if (wanted.includes('steps')) out.steps = wrapped(checklist._steps);
	if (wanted.includes('tags')) out.tags = wrapped(ctx.state.tagsOf('Checklist', checklist.id));
	if (wanted.includes('folder'))
		out.folder = {
			data: checklist.folder_id
				? present(ctx.state.folders.get(checklist.folder_id) ?? null)
				: null,
		};
	return out;
}

const TYPES = ['procedure', 'form', 'document'];

/** Light members cannot change blueprints. */
const canEdit = (ctx) => requireRole(ctx, ['admin', 'standard'], 'change blueprints');

/** Tallyfy's answer to archiving and deleting: the references it detached, no record. */
const detached = (message) => ({ status: 200, body: { message, deleted_references: {} } });

function validateNew(body) {
	const problems = {};
	if (!body.title) problems.title = ['The title field is required.'];
	else if (String(body.title).length > 250)
		problems.title = ['The title may not be greater than 250 characters.'];
	if (!body.type) problems.type = ['The type field is required.'];
	else if (!TYPES.includes(body.type)) problems.type = ['The selected type is invalid.'];
	if (Object.keys(problems).length) throw errors.invalid(problems);
}

/** A new blueprint record, shaped like the seeded ones. */
function newBlueprint(ctx, fields) {
	const now = ctx.state.now();
	return {
		id: newHexId(),
		increment_id: ctx.state.next('increment'),
		summary: null,
		status: 'draft',
		starred: false,
		webhook: null,
		guidance: null,
		alias: String(fields.title)
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_'),
		folder_id: null,
		prerun: [],
		automated_actions: [],
		created_by: ctx.userId,
		owner_id: ctx.userId,
		started_processes: 0,
		steps_count: 0,
		is_public: false,
		is_published_state: false,
		is_pinned: false,
		users: [],
		groups: [],
		created_at: now,
		last_updated: now,
		archived_at: null,
		...fields,
		_orgId: ctx.orgId,
		_steps: fields._steps ?? [],
	};
}

/**
 * A copy with fresh ids for the blueprint, its steps, form fields and kick-off fields;
 * automation rules come along, pointing at the copies.
 */
function cloneBlueprint(ctx, source, title) {
	const ids = new Map();
	const fresh = (id) => {
		if (!ids.has(id)) ids.set(id, newHexId());
		return ids.get(id);
	};
	const copy = newBlueprint(ctx, { title, type: source.type, summary: source.summary });
	copy.prerun = source.prerun.map((field) => ({
		...field,
		id: fresh(field.id),
		checklist_id: copy.id,
	}));
	copy._steps = source._steps.map((step) => ({
		...step,
		id: fresh(step.id),
		checklist_id: copy.id,
		owners: structuredClone(step.owners),
		captures: step.captures.map((capture) => ({ ...capture, id: fresh(capture.id) })),
	}));
	copy.steps_count = copy._steps.length;
	const remap = (value) => (typeof value === 'string' && ids.has(value) ? ids.get(value) : value);
	copy.automated_actions = source.automated_actions.map((rule) => ({
		...rule,
		id: newHexId(),
		conditions: rule.conditions.map((c) => ({ ...c, conditionable_id: remap(c.conditionable_id) })),
		then_actions: rule.then_actions.map((a) => ({ ...a, target_step_id: remap(a.target_step_id) })),
	}));
	return copy;
}

/** A blueprint that exists and is not archived, or 404 as Tallyfy answers. */
function liveBlueprint(ctx, id = ctx.params.checklist) {
	const checklist = find(ctx, ctx.state.checklists, id);
	if (checklist.archived_at) throw errors.notFound();
	return checklist;
}

module.exports = (sandbox) => {
	sandbox.showBlueprint = showBlueprint;
	sandbox.liveBlueprint = liveBlueprint;
	sandbox.canEditBlueprint = canEdit;

	sandbox.get('/organizations/:org/checklists', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.checklists);
		records =
			q.archived === 'only'
				? records.filter((c) => c.archived_at)
				: q.archived
					? records
					: records.filter((c) => !c.archived_at);
		if (q.q) records = records.filter((c) => c.title.toLowerCase().includes(q.q.toLowerCase()));
		for (const key of ['status', 'type', 'folder_id', 'owner_id']) {
			const value = q[key === 'folder_id' ? 'folder' : key];
			if (value) records = records.filter((c) => String(c[key]) === String(value));
		}
		if (q.starred === 'true') records = records.filter((c) => c.starred);
		if (q.sort_by) {
			const desc = q.sort_by.startsWith('-');
			const key = q.sort_by.replace(/^-/, '');
			records = [...records].sort(
				(a, b) => (String(a[key]) < String(b[key]) ? -1 : 1) * (desc ? -1 : 1),
			);
		}
		const response = list(ctx, records);
		response.body.data = response.body.data.map((c) => showBlueprint(ctx, c));
		return response;
	});

	sandbox.get('/organizations/:org/checklists/:checklist', (ctx) =>
		item(showBlueprint(ctx, liveBlueprint(ctx))),
	);

	/** Tallyfy requires `title` on every PUT; `prerun`, `users` and `groups` replace what was there (omitted: emptied). */
	sandbox.put('/organizations/:org/checklists/:checklist', (ctx) => {
		const checklist = liveBlueprint(ctx);
		const body = ctx.body ?? {};
		if (!body.title) throw errors.invalid({ title: ['The title field is required.'] });
		const editable = [
			'title',
			'summary',
			'guidance',
			'webhook',
			'starred',
			'is_public',
			'folder_id',
			'owner_id',
			'icon',
			'users',
			'groups',
			'default_process_name_format',
			'explanation_video',
		];
		for (const key of editable) if (key in body) checklist[key] = body[key];
		// api-v2's ChecklistService::update detaches members and groups a PUT leaves out.
		if (!('users' in body)) checklist.users = [];
		if (!('groups' in body)) checklist.groups = [];
		if (Array.isArray(body.prerun)) {
			checklist.prerun = body.prerun.map((field, index) => ({
				checklist_id: checklist.id,
				guidance: null,
				options: [],
				columns: [],
				required: false,
				created_at: ctx.state.now(),
				...field,
				id: field.id ?? newHexId(),
				position: field.position ?? index + 1,
				last_updated: ctx.state.now(),
			}));
		}
		checklist.last_updated = ctx.state.now();
		return item(showBlueprint(ctx, checklist));
	});

	sandbox.post('/organizations/:org/checklists', (ctx) => {
		canEdit(ctx);
		const body = ctx.body ?? {};
		validateNew(body);
		const fields = {};
		for (const key of [
			'title',
			'type',
			'summary',
			'guidance',
			'webhook',
			'starred',
			'is_public',
			'folder_id',
			'owner_id',
			'default_process_name_format',
		]) {
			if (key in body) fields[key] = body[key];
		}
		const checklist = newBlueprint(ctx, fields);
		ctx.state.checklists.set(checklist.id, checklist);
		return item(showBlueprint(ctx, checklist), 201);
	});

	sandbox.delete('/organizations/:org/checklists/:checklist', (ctx) => {
		const checklist = liveBlueprint(ctx);
		canEdit(ctx);
		checklist.archived_at = ctx.state.now();
		return detached('The Template was deleted, and references were also deleted from:');
	});

	/** Permanent: administrators only, and only once archived. */
	sandbox.delete('/organizations/:org/checklists/:checklist/delete', (ctx) => {
		const checklist = find(ctx, ctx.state.checklists, ctx.params.checklist);
		requireRole(ctx, ['admin'], 'delete blueprints permanently');
		if (!checklist.archived_at) {
			throw errors.invalid({ checklist: ['The template must be archived before it is deleted.'] });
		}
		ctx.state.checklists.delete(checklist.id);
		return detached('The Template was permanently deleted.');
	});

	sandbox.put('/organizations/:org/checklists/:checklist/restore', (ctx) => {
		const checklist = find(ctx, ctx.state.checklists, ctx.params.checklist);
		canEdit(ctx);
		checklist.archived_at = null;
		checklist.last_updated = ctx.state.now();
		return item(showBlueprint(ctx, checklist));
	});

	/** Swagger declares `tenant` required; api-v2 defaults it to the organization in the path. */
	sandbox.post('/organizations/:org/checklists/:checklist/clone', (ctx) => {
		const source = liveBlueprint(ctx);
		canEdit(ctx);
		const body = ctx.body ?? {};
		if (body.tenant !== undefined && body.tenant !== ctx.orgId) {
			throw errors.invalid({ tenant: ['The selected tenant is invalid.'] });
		}
		if (body.title !== undefined && (!body.title || String(body.title).length > 250)) {
			throw errors.invalid({ title: ['The title must be 1 to 250 characters.'] });
		}
		const copy = cloneBlueprint(ctx, source, body.title || `${source.title} (Copy)`);
		ctx.state.checklists.set(copy.id, copy);
		return item(showBlueprint(ctx, copy));
	});

	sandbox.put('/organizations/:org/checklists/:checklist/publish', (ctx) => {
		const checklist = liveBlueprint(ctx);
		canEdit(ctx);
		checklist.status = 'published';
		checklist.is_published_state = true;
		checklist.last_updated = ctx.state.now();
		return item(showBlueprint(ctx, checklist));
	});
};
