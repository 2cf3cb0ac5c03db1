'use strict';
// The current user and organizations.
const { item, list } = require('../http');
const { present } = require('../state');

module.exports = (sandbox) => {
	sandbox.get('/me', (ctx) => item(present(ctx.user)));

	sandbox.get('/me/organizations', (ctx) => {
		const orgs = ctx.user._orgIds.map((id) => ({
			...ctx.state.orgs.get(id),
			user_role: ctx.user.role,
			user_status: ctx.user.status,
			users_count: ctx.state.membersOf(id).length,
		}));
		return list(ctx, orgs);
	});

	sandbox.get('/organizations/:org', (ctx) => item(ctx.state.orgs.get(ctx.orgId)));
};
