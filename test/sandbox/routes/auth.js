'use strict';
// OAuth client credentials and the application endpoints that mint user tokens.
const { randomBytes } = require('crypto');
const { HttpError, errors, item } = require('../http');
const { present } = require('../state');
const { EMAIL } = require('../records');

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

	/** The application behind an app token, checked against the organization in the path. */
	const applicationOf = (ctx) => {
		sandbox.authenticate(ctx);
		if (ctx.token.kind !== 'app') throw errors.unauthenticated();
		const client = ctx.state.clients.get(ctx.token.clientId);
		if (client.orgId !== ctx.params.appOrg) {
			throw errors.forbidden("You don't have application's permissions for this organization!");
		}
		return client;
	};

	/** POST /applications/{org}/users: an application provisions a member (contract §2.3). */
	sandbox.post(
		'/applications/:appOrg/users',
		(ctx) => {
			const client = applicationOf(ctx);
			const body = ctx.body ?? {};
			const problems = {};
			for (const key of ['first_name', 'last_name']) {
				if (!body[key]) problems[key] = [`The ${key.replace('_', ' ')} field is required.`];
				else if (String(body[key]).length > 32)
					problems[key] = [`The ${key.replace('_', ' ')} may not be greater than 32 characters.`];
			}
			if (!body.email || !EMAIL.test(body.email))
				problems.email = ['The email must be a valid email address.'];
			else if ([...ctx.state.users.values()].some((u) => u.email === body.email))
				problems.email = ['The email has already been taken.'];
			if (body.role !== undefined && !['admin', 'standard', 'light'].includes(body.role))
				problems.role = ['The selected role is invalid.'];
			if (Object.keys(problems).length) throw errors.invalid(problems);
			const id = ctx.state.next('user');
			const user = {
				id,
				email: body.email,
				username: body.email.split('@')[0],
				first_name: body.first_name,
				last_name: body.last_name,
				full_name: `${body.first_name} ${body.last_name}`,
				timezone: body.timezone ?? 'UTC',
				role: body.role ?? 'standard',
				status: 'active',
				is_active: true,
				created_at: ctx.state.now(),
				updated_at: ctx.state.now(),
				_orgIds: [client.orgId],
			};
			ctx.state.users.set(id, user);
			return item(present(user));
		},
		{ auth: false },
	);

	sandbox.post(
		'/applications/:appOrg/users/:email/token',
		(ctx) => {
			const client = applicationOf(ctx);
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
