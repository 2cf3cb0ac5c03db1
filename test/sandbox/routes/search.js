'use strict';
// Search: one request over several record types. The answer is keyed by type, each bucket a
// list of its own with `data` and `meta.pagination` (Fractal), so each type pages on its own.
const { errors, list } = require('../http');
const { present } = require('../state');
const { ofOrg } = require('../records');
const seed = require('../seed');
const { hexId } = require('../ids');

const TYPES = ['blueprint', 'process', 'task', 'snippet', 'step', 'capture'];

const SNIPPETS = [
	{
		key: 'welcome',
		title: 'Welcome email',
		content: '<p>Welcome aboard! Your onboarding starts today.</p>',
	},
	{ key: 'nda', title: 'NDA reminder', content: '<p>Please sign the NDA before the kick-off.</p>' },
];

const pick = (record, keys) => Object.fromEntries(keys.map((key) => [key, record[key]]));
const contains = (value, term) =>
	String(value ?? '')
		.toLowerCase()
		.includes(term);

/** The records of one type whose name matches, as that type's search hits. */
function hitsOf(ctx, type, term) {
	const blueprints = ofOrg(ctx, ctx.state.checklists).filter((c) => !c.archived_at);
	switch (type) {
		case 'blueprint':
			return blueprints
				.filter((c) => contains(c.title, term))
				.map((c) => pick(c, ['id', 'title', 'summary', 'type', 'status', 'last_updated']));
		case 'process':
			return ofOrg(ctx, ctx.state.runs)
				.filter((r) => !r.archived_at && contains(r.name, term))
				.map((r) =>
					pick(r, ['id', 'name', 'status', 'checklist_id', 'checklist_title', 'created_at']),
				);
		case 'task':
			// Tallyfy's task hits carry no run_id (tallyfy/mcp-public issue #157).
			return ofOrg(ctx, ctx.state.tasks)
				.filter((t) => !t.archived_at && contains(t.title, term))
				.map((t) => {
					const { run_id: _omitted, ...hit } = present(t);
					return hit;
				});
		case 'snippet':
			return ofOrg(ctx, ctx.state.snippets)
				.filter((s) => contains(s.title, term) || contains(s.content, term))
				.map(present);
		case 'step':
			return blueprints.flatMap((c) => c._steps.filter((s) => contains(s.title, term)));
		case 'capture':
			return blueprints
				.flatMap((c) => c._steps.flatMap((s) => s.captures))
				.filter((field) => contains(field.label, term));
		default:
			return [];
	}
}

module.exports = (sandbox) => {
	sandbox.afterReset((sb) => {
		sb.state.snippets = new Map(
			SNIPPETS.map((snippet) => {
				const id = hexId(`snippet:${snippet.key}`);
				return [
					id,
					{
						id,
						title: snippet.title,
						content: snippet.content,
						created_at: seed.at(-9000),
						_orgId: seed.MAIN_ORG,
					},
				];
			}),
		);
	});

	sandbox.get('/organizations/:org/search', (ctx) => {
		const term = String(ctx.query.search ?? '')
			.trim()
			.toLowerCase();
		const types = String(ctx.query.on ?? '')
			.split(',')
			.map((type) => type.trim())
			.filter(Boolean);
		const problems = {};
		if (!term) problems.search = ['The search field is required.'];
		if (!types.length) problems.on = ['The on field is required.'];
		else if (types.some((type) => !TYPES.includes(type)))
			problems.on = ['The selected on is invalid.'];
		if (Object.keys(problems).length) throw errors.invalid(problems);
		const body = {};
		for (const type of types) body[type] = list(ctx, hitsOf(ctx, type, term)).body;
		return { status: 200, body };
	});
};
