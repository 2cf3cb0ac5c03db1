'use strict';
// Test controls over HTTP, for runs outside the test process (npm start, e2e):
// reset, request log, rate limit, injected faults, token revocation, fixtures.
const noAuth = { auth: false };

module.exports = (sandbox) => {
	const ok = (body = { ok: true }) => ({ status: 200, body });
	sandbox.post(
		'/__sandbox/reset',
		() => {
			sandbox.reset();
			return ok();
		},
		noAuth,
	);
	sandbox.get('/__sandbox/requests', () => ok(sandbox.requests), noAuth);
	sandbox.get('/__sandbox/fixtures', () => ok(sandbox.fixtures), noAuth);
	sandbox.post(
		'/__sandbox/rate-limit',
		(ctx) => {
			sandbox.rateLimit(ctx.body ?? {});
			return ok();
		},
		noAuth,
	);
	sandbox.post(
		'/__sandbox/faults',
		(ctx) => {
			sandbox.fault(ctx.body ?? {});
			return ok();
		},
		noAuth,
	);
	sandbox.post(
		'/__sandbox/tokens/revoke',
		(ctx) => {
			sandbox.revokeTokens(ctx.body ?? {});
			return ok();
		},
		noAuth,
	);
};
