'use strict';
// OAuth client credentials and the application endpoints that mint user tokens.
const { randomBytes } = require('crypto');
const { HttpError, errors } = require('../http');

/** Tallyfy's tokens look like JWTs; these only need to look alike and be unguessable. */
function mintToken(kind) {
	const header = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'RS256' })).toString('base64url');
	const claims = Buffer.from(
		JSON.stringify({ kind, jti: randomBytes(6).toString('hex') }),
	).toString('base64url');
	return `${header}.${claims}.${randomBytes(24).toString('base64url')}`;
}

module.exports = (sandbox) => {
	const tokenEndpoint = (ctx) => {
		if (!String(ctx.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
			throw new HttpError(400, {
				error: 'invalid_request',
				message: 'The token request must be form-encoded.',
			});
		}
		const body = ctx.body ?? {};
		if (body.grant_type !== 'client_credentials') {
			throw new HttpError(400, {
				error: 'unsupported_grant_type',
				message: 'The authorization grant type is not supported.',
			});
		}
		const client = /^\d+$/.test(String(body.client_id ?? ''))
			? ctx.state.clients.get(String(body.client_id))
			: undefined;
		if (!client || client.secret !== body.client_secret) {
			throw new HttpError(401, {
				error: 'invalid_client',
				message: 'Client authentication failed',
			});
		}
		const accessToken = mintToken('app');
		ctx.state.tokens.set(accessToken, { kind: 'app', clientId: client.id });
		return {
			status: 200,
			body: { token_type: 'Bearer', expires_in: 604800, access_token: accessToken },
		};
	};
	sandbox.post('/oauth/token', tokenEndpoint, { auth: false });

	sandbox.post(
		'/applications/:appOrg/users/:email/token',
		(ctx) => {
			sandbox.authenticate(ctx);
			if (ctx.token.kind !== 'app') throw errors.unauthenticated();
			const client = ctx.state.clients.get(ctx.token.clientId);
			if (client.orgId !== ctx.params.appOrg) {
				throw errors.forbidden("You don't have application's permissions for this organization!");
			}
			const user = [...ctx.state.users.values()].find((u) => u.email === ctx.params.email);
			if (!user) throw errors.notFound();
			if (!user._orgIds.includes(client.orgId)) {
				throw errors.invalid({ email: ['The user is not a member of this organization.'] });
			}
			const accessToken = mintToken('user');
			ctx.state.tokens.set(accessToken, { kind: 'user', userId: user.id, clientId: client.id });
			return {
				status: 200,
				body: { token_type: 'Bearer', expires_in: 7776000, access_token: accessToken },
			};
		},
		{ auth: false },
	);
};
