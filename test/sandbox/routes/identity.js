'use strict';
// The current user and organizations.
const { item, list } = require('../http');
const { hexId } = require('../ids');
const { present } = require('../state');
const seed = require('../seed');

// A second organization of the admin, so lists of "my organizations" have more than one.
const LABS_ORG = hexId('org:labs');

module.exports = (sandbox) => {
	sandbox.afterReset((sb) => {
		sb.state.orgs.set(LABS_ORG, {
			...sb.state.orgs.get(seed.MAIN_ORG),
			id: LABS_ORG,
			name: 'Acme Labs',
			slug: 'acme-labs',
			timezone: 'Europe/London',
		});
		sb.state.users.get(1001)._orgIds.push(LABS_ORG);
	});

	sandbox.get('/me', (ctx) => item(present(ctx.user)));

	sandbox.get('/me/organizations', (ctx) => {
		const orgs = ctx.user._orgIds.map((id) => ({
			...ctx.state.orgs.get(id),
			user_role: ctx.user.role,
			user_status: ctx.user.status,
			users_count: ctx.state.membersOf(id).length,
			description: null,
			industry: null,
			org_logo: null,
			joined_on: ctx.user.created_at,
			last_accessed: ctx.user.last_login_at,
		}));
		return list(ctx, orgs);
	});

	sandbox.get('/organizations/:org', (ctx) => item(ctx.state.orgs.get(ctx.orgId)));
};
