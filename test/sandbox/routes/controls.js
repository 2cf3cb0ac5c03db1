'use strict';
// Test controls over HTTP, for runs outside the test process (npm start, e2e):
// reset, request log, rate limit (and what it refused), latency (and the most requests it
// answered at once), injected faults, token revocation, fixtures.
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
	// `?since=N`: only the requests from the N-th on (the log of a long run is large).
	sandbox.get(
		'/__sandbox/requests',
		(ctx) => ok(sandbox.requests.slice(Number(ctx.query.since) || 0)),
		noAuth,
	);
	sandbox.get('/__sandbox/requests/count', () => ok({ count: sandbox.requests.length }), noAuth);
	sandbox.get('/__sandbox/fixtures', () => ok(sandbox.fixtures), noAuth);
	sandbox.post(
		'/__sandbox/rate-limit',
		(ctx) => {
			sandbox.rateLimit(ctx.body ?? {});
			return ok();
		},
		noAuth,
	);
	sandbox.get(
		'/__sandbox/rate-limit',
		() => {
			const window = sandbox.rateLimitWindow;
			if (!window) return ok(null);
			const { limit, windowMs, rolling, accepted, refused } = window;
			return ok({ limit, windowMs, rolling, accepted, refused });
		},
		noAuth,
	);
	sandbox.post(
		'/__sandbox/latency',
		(ctx) => {
			sandbox.setLatency(ctx.body ?? {});
			return ok();
		},
		noAuth,
	);
	sandbox.get(
		'/__sandbox/latency',
		() => ok({ ...sandbox.latency, peakInFlight: sandbox.peakInFlight }),
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
