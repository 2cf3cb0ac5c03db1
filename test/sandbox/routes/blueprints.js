'use strict';
// Blueprints (API: checklists).
const { errors, item, list } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped } = require('../records');

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

/** A blueprint that exists and is not archived, or 404 as Tallyfy answers. */
function liveBlueprint(ctx, id = ctx.params.checklist) {
	const checklist = find(ctx, ctx.state.checklists, id);
	if (checklist.archived_at) throw errors.notFound();
	return checklist;
}

module.exports = (sandbox) => {
	sandbox.showBlueprint = showBlueprint;
	sandbox.liveBlueprint = liveBlueprint;

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

	/** Tallyfy requires `title` on every PUT; `prerun`, `users` and `groups` replace what was there. */
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
};
