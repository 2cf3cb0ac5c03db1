'use strict';
// Groups of members and guests (contract §3.4). Writing needs the Administrator role.
const { item, list, noContent } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped, requireRole, EMAIL } = require('../records');
const { validate } = require('../validation');

function showGroup(ctx, group) {
	const out = present(group);
	const wanted = includes(ctx);
	if (wanted.includes('users'))
		out.users = wrapped(group.members.map((id) => ctx.state.users.get(id)).filter(Boolean));
	if (wanted.includes('assets')) out.assets = { data: [] };
	return out;
}

/** name (unique, ≤200), description, members (member ids), guests (emails). */
function checkGroup(ctx, body, current) {
	const rules = validate(body)
		.required('description')
		.max('name', 200)
		.array('members')
		.array('guests');
	if (!current) rules.required('name');
	if (body.name && ofOrg(ctx, ctx.state.groups).some((g) => g !== current && g.name === body.name))
		rules.fail('name', 'The name has already been taken.');
	(Array.isArray(body.members) ? body.members : []).forEach((id, index) => {
		if (!ctx.state.member(ctx.orgId, id))
			rules.fail(`members.${index}`, `The selected members.${index} is invalid.`);
	});
	(Array.isArray(body.guests) ? body.guests : []).forEach((email, index) => {
		if (!EMAIL.test(String(email)))
			rules.fail(`guests.${index}`, `The guests.${index} must be a valid email address.`);
	});
	return rules.check();
}

const manage = (ctx) => requireRole(ctx, ['admin'], 'manage groups');

module.exports = (sandbox) => {
	sandbox.get('/organizations/:org/groups', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.groups);
		if (q.q) records = records.filter((g) => g.name.toLowerCase().includes(q.q.toLowerCase()));
		if (q.sort_by) {
			const desc = q.sort_by.startsWith('-');
			const field = q.sort_by.replace(/^-/, '');
			const key = field === 'updated_at' ? 'last_updated' : field;
			records = [...records].sort(
				(a, b) => String(a[key]).localeCompare(String(b[key])) * (desc ? -1 : 1),
			);
		}
		const response = list(ctx, records);
		response.body.data = response.body.data.map((g) => showGroup(ctx, g));
		return response;
	});

	sandbox.get('/organizations/:org/groups/:group', (ctx) =>
		item(showGroup(ctx, find(ctx, ctx.state.groups, ctx.params.group))),
	);

	sandbox.post('/organizations/:org/groups', (ctx) => {
		manage(ctx);
		const body = checkGroup(ctx, ctx.body ?? {});
		const now = ctx.state.now();
		const group = {
			id: newHexId(),
			name: body.name,
			description: body.description,
			logo: null,
			members: (body.members ?? []).map(Number),
			guests: body.guests ?? [],
			created_at: now,
			last_updated: now,
			_orgId: ctx.orgId,
		};
		ctx.state.groups.set(group.id, group);
		return item(showGroup(ctx, group), 201);
	});

	// Arrays replace what was there; DOCS give 201 for this update.
	sandbox.put('/organizations/:org/groups/:group', (ctx) => {
		manage(ctx);
		const group = find(ctx, ctx.state.groups, ctx.params.group);
		const body = checkGroup(ctx, ctx.body ?? {}, group);
		if (body.name) group.name = body.name;
		group.description = body.description;
		if (body.members) group.members = body.members.map(Number);
		if (body.guests) group.guests = body.guests;
		group.last_updated = ctx.state.now();
		return item(showGroup(ctx, group), 201);
	});

	sandbox.delete('/organizations/:org/groups/:group', (ctx) => {
		manage(ctx);
		const group = find(ctx, ctx.state.groups, ctx.params.group);
		ctx.state.groups.delete(group.id);
		return noContent();
	});
};
