'use strict';
// Tags and their associations with blueprints and processes (contract §3.11). Managing
// tags needs a Standard or Administrator role.
const { errors, item, list, noContent } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');
const { find, ofOrg, includes, requireRole } = require('../records');
const { validate } = require('../validation');

const COLOR = /^#[0-9a-fA-F]{6}$/;

function showTag(ctx, tag) {
	const out = present(tag);
	if (includes(ctx).includes('statistics')) {
		const links = [...ctx.state.tagLinks.values()].filter((link) => link.tag_id === tag.id);
		const count = (type, archived) =>
			links.filter((link) => {
				const subject = (type === 'Run' ? ctx.state.runs : ctx.state.checklists).get(
					link.subject_id,
				);
				return link.subject_type === type && Boolean(subject?.archived_at) === archived;
			}).length;
		out.statistics = {
			data: {
				active_template: count('Checklist', false),
				archived_template: count('Checklist', true),
				active_process: count('Run', false),
				archived_process: count('Run', true),
			},
		};
	}
	return out;
}

/** title (required, unique, ≤30) and color (exactly `#rrggbb`). */
function checkTag(ctx, body, current) {
	const rules = validate(body).required('title').max('title', 30);
	if (body.color !== undefined && body.color !== null && !COLOR.test(String(body.color)))
		rules.fail('color', 'The color must be 7 characters.');
	const title = String(body.title ?? '').toLowerCase();
	if (ofOrg(ctx, ctx.state.tags).some((t) => t !== current && t.title.toLowerCase() === title))
		rules.fail('title', 'The title has already been taken.');
	return rules.check();
}

/** The blueprint or process a tag association points at, if it is alive. */
function subjectOf(ctx, type, id) {
	const map = type === 'Run' ? ctx.state.runs : ctx.state.checklists;
	const subject = map.get(id);
	return subject && subject._orgId === ctx.orgId && !subject.archived_at ? subject : undefined;
}

const manage = (ctx) => requireRole(ctx, ['admin', 'standard'], 'manage tags');

module.exports = (sandbox) => {
	sandbox.get('/organizations/:org/tags', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.tags);
		if (String(q.all) !== 'true') records = records.filter((t) => !t.auto_generated);
		if (q.q) records = records.filter((t) => t.title.toLowerCase().includes(q.q.toLowerCase()));
		const sort = q.sort ?? 'title';
		const desc = sort.startsWith('-');
		const key = sort.replace(/^-/, '');
		records = [...records].sort(
			(a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')) * (desc ? -1 : 1),
		);
		const response = list(ctx, records);
		response.body.data = response.body.data.map((t) => showTag(ctx, t));
		return response;
	});

	sandbox.get('/organizations/:org/tags/:tag', (ctx) =>
		item(showTag(ctx, find(ctx, ctx.state.tags, ctx.params.tag))),
	);

	sandbox.post('/organizations/:org/tags', (ctx) => {
		manage(ctx);
		const body = checkTag(ctx, ctx.body ?? {});
		const tag = {
			id: newHexId(),
			title: body.title,
			color: body.color ?? null,
			auto_generated: false,
			created_at: ctx.state.now(),
			deleted_at: null,
			_orgId: ctx.orgId,
		};
		ctx.state.tags.set(tag.id, tag);
		return item(showTag(ctx, tag), 201);
	});

	sandbox.put('/organizations/:org/tags/:tag', (ctx) => {
		manage(ctx);
		const tag = find(ctx, ctx.state.tags, ctx.params.tag);
		const body = checkTag(ctx, ctx.body ?? {}, tag);
		tag.title = body.title;
		if ('color' in body) tag.color = body.color;
		return item(showTag(ctx, tag));
	});

	// DOCS: a hard delete that answers 204 even for an unknown id.
	sandbox.delete('/organizations/:org/tags/:tag', (ctx) => {
		manage(ctx);
		const tag = ctx.state.tags.get(ctx.params.tag);
		if (tag?._orgId === ctx.orgId) {
			ctx.state.tags.delete(tag.id);
			for (const [id, link] of ctx.state.tagLinks)
				if (link.tag_id === tag.id) ctx.state.tagLinks.delete(id);
		}
		return noContent();
	});

	/** One endpoint tags blueprints (`Checklist`) and processes (`Run`); re-tagging is not duplicated. */
	sandbox.post('/organizations/:org/checklists/tags', (ctx) => {
		manage(ctx);
		const body = validate(ctx.body)
			.required('subject_id', 'subject_type', 'tag_id')
			.in('subject_type', ['Checklist', 'Run'])
			.check();
		const tag = ctx.state.tags.get(body.tag_id);
		if (tag?._orgId !== ctx.orgId)
			throw errors.invalid({ tag_id: ['The selected tag id is invalid.'] });
		if (!subjectOf(ctx, body.subject_type, body.subject_id))
			throw errors.invalid({ subject_id: ['Subject not found'] });
		const link = ctx.state.linkTag(
			ctx.orgId,
			body.subject_type,
			body.subject_id,
			tag.id,
			body.tag_type ?? 'private',
		);
		return item(present(link));
	});

	sandbox.delete('/organizations/:org/checklists/tags/:association', (ctx) => {
		manage(ctx);
		const link = find(ctx, ctx.state.tagLinks, ctx.params.association);
		ctx.state.tagLinks.delete(link.id);
		return { status: 200, body: undefined };
	});
};
