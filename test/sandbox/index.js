'use strict';
// The Tallyfy sandbox: a real HTTP server on loopback that behaves like the API contract in
// shared/reference/tallyfy-api.md, plus controls for tests (rate limits, faults, token
// revocation, a log of every request). Routes live in ./routes, one file per resource.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { parse: parseQuery } = require('querystring');

const { HttpError, errors, Router } = require('./http');
const { parseMultipart } = require('./multipart');
const { State } = require('./state');
const seed = require('./seed');
const { hexId } = require('./ids');

const CONTROL_PREFIX = '/__sandbox';

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function parseBody(raw, contentType = '') {
	if (!raw.length) return { body: undefined };
	if (contentType.includes('application/json')) {
		try {
			return { body: JSON.parse(raw.toString('utf8')) };
		} catch {
			return { invalidJson: true, body: raw.toString('utf8') };
		}
	}
	if (contentType.includes('application/x-www-form-urlencoded')) {
		return { body: { ...parseQuery(raw.toString('utf8')) } };
	}
	if (contentType.includes('multipart/form-data')) {
		const parts = parseMultipart(raw, contentType);
		return { body: parts?.fields ?? {}, files: parts?.files ?? [] };
	}
	return { body: raw.toString('utf8') };
}

function queryObject(url) {
	const query = {};
	for (const [key, value] of url.searchParams) query[key] = value;
	return query;
}

function lowerHeaders(headers) {
	const out = {};
	for (const [key, value] of Object.entries(headers)) out[key.toLowerCase()] = value;
	return out;
}

function fixtures() {
	return {
		orgId: seed.MAIN_ORG,
		otherOrgId: seed.OTHER_ORG,
		tokens: { admin: 'pat-ada', standard: 'pat-sam', light: 'pat-lee', otherOrgAdmin: 'pat-olga' },
		users: { admin: 1001, standard: 1002, light: 1003, disabled: 1004, bot: 1099 },
		emails: {
			admin: 'ada@acme.example',
			standard: 'sam@acme.example',
			light: 'lee@acme.example',
			otherOrgAdmin: 'olga@other.example',
		},
		client: { id: seed.clients[0].id, secret: seed.clients[0].secret },
		otherClient: { id: seed.clients[1].id, secret: seed.clients[1].secret },
		blueprints: Object.fromEntries(
			seed.blueprints.map((b) => [b.key, hexId(`blueprint:${b.key}`)]),
		),
		processes: Object.fromEntries(seed.processes.map((p) => [p.key, hexId(`process:${p.key}`)])),
		groups: Object.fromEntries(seed.groups.map((g) => [g.key, hexId(`group:${g.key}`)])),
		tags: Object.fromEntries(seed.tags.map((t) => [t.key, hexId(`tag:${t.key}`)])),
		folders: Object.fromEntries(seed.folders.map((f) => [f.key, hexId(`folder:${f.key}`)])),
		guests: seed.guests.map((g) => g.email),
		// The follow-ups plus one one-off approval task.
		oneOffTaskCount: seed.followUpTaskCount + 1,
	};
}

class Sandbox {
	constructor({ latencyMs = 0, jitterMs = 0 } = {}) {
		this.startLatency = { latencyMs, jitterMs };
		this.router = new Router();
		this.fixtures = fixtures();
		this.reset();
		for (const file of fs.readdirSync(path.join(__dirname, 'routes')).sort()) {
			if (file.endsWith('.js')) require(path.join(__dirname, 'routes', file))(this);
		}
	}

	/** Fresh seeded state, empty request log, no limits or faults, the latency it started with. */
	reset() {
		this.state = new State();
		this.requests = [];
		this.faults = [];
		this.rateLimitWindow = undefined;
		this.latency = { ...this.startLatency };
		this.inFlight = 0;
		this.peakInFlight = 0;
		this.onReset?.forEach((listener) => listener(this));
	}

	/** Runs `listener(sandbox)` after every reset, for routes that keep their own state. */
	afterReset(listener) {
		this.onReset = [...(this.onReset ?? []), listener];
		listener(this);
	}

	get(pattern, handler, options) {
		this.router.add('GET', pattern, handler, options);
	}

	post(pattern, handler, options) {
		this.router.add('POST', pattern, handler, options);
	}

	put(pattern, handler, options) {
		this.router.add('PUT', pattern, handler, options);
	}

	patch(pattern, handler, options) {
		this.router.add('PATCH', pattern, handler, options);
	}

	delete(pattern, handler, options) {
		this.router.add('DELETE', pattern, handler, options);
	}

	/**
	 * At most `limit` API requests per `windowMs`; the next get 429 with Retry-After. By default
	 * one fixed window for everyone. `rolling: true` is Tallyfy's documented limiter (contract
	 * §5.3): a rolling window per authenticated user (per token without one), where only
	 * accepted requests count and Retry-After says, in whole seconds, when the oldest of them
	 * leaves the window.
	 */
	rateLimit({ limit, windowMs = 1000, rolling = false } = {}) {
		this.rateLimitWindow = limit
			? {
					limit,
					windowMs,
					rolling,
					start: Date.now(),
					count: 0,
					refused: 0,
					accepted: 0,
					byUser: new Map(),
				}
			: undefined;
	}

	/**
	 * Every API request is answered `latencyMs` later, give or take up to `jitterMs` (uniform),
	 * as a real Tallyfy across the internet answers in hundreds of milliseconds.
	 */
	setLatency({ latencyMs = 0, jitterMs = 0 } = {}) {
		this.latency = { latencyMs, jitterMs };
	}

	latencyDelay() {
		const { latencyMs, jitterMs } = this.latency;
		return Math.max(0, latencyMs + (Math.random() * 2 - 1) * jitterMs);
	}

	/**
	 * The next `times` requests matching `method` and `path` (substring or RegExp) answer
	 * `status` with `body`, after `delayMs` if given (status 0 only delays). `after` lets that
	 * many matching requests through first (a fault mid-run); `revokeTokens` revokes every
	 * token when the fault strikes, so that request and the next ones answer 401.
	 */
	fault({
		status = 503,
		times = 1,
		after = 0,
		method,
		path: pathMatch,
		body,
		delayMs = 0,
		headers = {},
		revokeTokens = false,
	} = {}) {
		this.faults.push({
			status,
			times,
			after,
			method,
			path: pathMatch,
			body,
			delayMs,
			headers,
			revokeTokens,
		});
	}

	/** Makes tokens answer 401 from now on: one token, every token of a kind, or all. */
	revokeTokens({ token, kind } = {}) {
		for (const [value, record] of this.state.tokens) {
			if ((token && value === token) || (!token && (!kind || record.kind === kind)))
				record.revoked = true;
		}
	}

	/** The requests received so far, optionally only those whose path contains `pathPart`. */
	requestsTo(pathPart, method) {
		return this.requests.filter(
			(r) => (!pathPart || r.path.includes(pathPart)) && (!method || r.method === method),
		);
	}

	/** The id of the task for step `alias` in process `runId`, or of the one-off task titled `alias`. */
	taskId(runId, alias) {
		const task = [...this.state.tasks.values()].find(
			(t) => t.run_id === (runId ?? null) && (t.alias === alias || t.title === alias),
		);
		if (!task) throw new Error(`No task ${alias} in ${runId}`);
		return task.id;
	}

	apiRequests() {
		return this.requests.filter((r) => !r.path.includes('/oauth/token'));
	}

	takeFault(method, routePath) {
		const matches = (f) =>
			(!f.method || f.method === method) &&
			(!f.path || (f.path instanceof RegExp ? f.path.test(routePath) : routePath.includes(f.path)));
		const fault = this.faults.find((f) => f.times > 0 && matches(f));
		if (!fault) return undefined;
		if (fault.after > 0) {
			fault.after -= 1;
			return undefined;
		}
		fault.times -= 1;
		if (fault.revokeTokens) this.revokeTokens();
		return fault;
	}

	rateLimited(headers) {
		const window = this.rateLimitWindow;
		if (!window) return undefined;
		const now = Date.now();
		const waitMs = window.rolling
			? this.rollingWait(window, headers, now)
			: this.fixedWait(window, now);
		if (waitMs === undefined) {
			window.accepted += 1;
			return undefined;
		}
		window.refused += 1;
		const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
		return new HttpError(
			429,
			{
				message: "You've reached the limit for API requests. Please try again later.",
				code: 'RATE_LIMIT_EXCEEDED',
			},
			{ 'Retry-After': String(retryAfter), 'X-RateLimit-Remaining': '0' },
		);
	}

	/** Milliseconds until the fixed window resets, or undefined when the request fits. */
	fixedWait(window, now) {
		if (now - window.start >= window.windowMs) {
			window.start = now;
			window.count = 0;
		}
		window.count += 1;
		return window.count <= window.limit ? undefined : window.start + window.windowMs - now;
	}

	/** Milliseconds until the caller's oldest accepted request leaves the rolling window. */
	rollingWait(window, headers, now) {
		const bearer = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1] ?? '';
		const token = this.state.tokens.get(bearer);
		const key =
			token?.userId ?? (token?.clientId ? `app:${token.clientId}` : `token:${bearer || 'none'}`);
		const times = (window.byUser.get(key) ?? []).filter((at) => now - at < window.windowMs);
		window.byUser.set(key, times);
		if (times.length < window.limit) {
			times.push(now);
			return undefined;
		}
		return times[0] + window.windowMs - now;
	}

	authenticate(ctx) {
		if (
			!ctx.headers['x-tallyfy-client'] ||
			!String(ctx.headers.accept ?? '').includes('application/json')
		) {
			throw new HttpError(401, { error: true, message: 'missing required headers' });
		}
		const match = /^Bearer (\S+)$/.exec(ctx.headers.authorization ?? '');
		const token = match && this.state.tokens.get(match[1]);
		if (!token || token.revoked) throw errors.unauthenticated();
		ctx.token = token;
		ctx.userId =
			token.kind === 'app' ? this.state.clients.get(token.clientId).botUserId : token.userId;
		ctx.user = this.state.users.get(ctx.userId);
		if (ctx.params.org !== undefined) {
			if (!this.state.orgs.has(ctx.params.org)) throw errors.notFound();
			const allowed =
				token.kind === 'app'
					? this.state.clients.get(token.clientId).orgId === ctx.params.org
					: ctx.user?._orgIds.includes(ctx.params.org);
			if (!allowed) throw errors.forbidden("You don't have access to this organization.");
			ctx.orgId = ctx.params.org;
		}
	}

	async handle(req, res) {
		const url = new URL(req.url, `http://${req.headers.host ?? '127.0.0.1'}`);
		const raw = await readBody(req);
		const headers = lowerHeaders(req.headers);
		const parsed = parseBody(raw, headers['content-type']);
		const isControl = url.pathname.startsWith(CONTROL_PREFIX);
		const routePath = isControl ? url.pathname : url.pathname.replace(/^\/api(?=\/)/, '');
		let recorded;
		if (!isControl) {
			recorded = {
				method: req.method,
				path: url.pathname,
				routePath,
				query: queryObject(url),
				headers,
				body: parsed.files
					? {
							...parsed.body,
							files: parsed.files.map((f) => ({
								field: f.field,
								filename: f.filename,
								contentType: f.contentType,
								size: f.data.length,
							})),
						}
					: parsed.body,
				at: Date.now(),
			};
			this.requests.push(recorded);
		}
		const ctx = {
			method: req.method,
			url,
			path: routePath,
			query: queryObject(url),
			headers,
			body: parsed.body,
			files: parsed.files ?? [],
			raw,
			sandbox: this,
			state: this.state,
			params: {},
		};
		let result;
		// The answer leaves `latencyDelay()` after the request arrived, the work done meanwhile:
		// a real Tallyfy serves requests side by side, this one process only one after another.
		const answerAt = isControl ? 0 : Date.now() + this.latencyDelay();
		if (!isControl) {
			this.inFlight += 1;
			this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
		}
		try {
			if (!isControl) {
				const fault = this.takeFault(req.method, routePath);
				if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
				if (fault?.status)
					throw new HttpError(
						fault.status,
						fault.body ?? { error: true, message: 'Service Unavailable' },
						fault.headers,
					);
				const limited = this.rateLimited(headers);
				if (limited) throw limited;
			}
			if (parsed.invalidJson) throw errors.badRequest('The request body is not valid JSON.');
			const { route, params, pathMatched } = this.router.match(req.method, routePath);
			if (!route)
				throw pathMatched
					? new HttpError(405, { error: true, message: 'Method not allowed' })
					: errors.noRoute();
			ctx.params = params;
			if (route.options?.auth !== false) this.authenticate(ctx);
			result = (await route.handler(ctx)) ?? { status: 204 };
		} catch (error) {
			if (!(error instanceof HttpError)) {
				result = {
					status: 500,
					body: { error: true, message: `Sandbox failure: ${error.message}` },
				};
			} else {
				result = { status: error.status, body: error.body, headers: error.headers };
			}
		} finally {
			const wait = answerAt - Date.now();
			if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
			if (!isControl) this.inFlight -= 1;
		}
		if (recorded) Object.assign(recorded, { status: result.status, answeredAt: Date.now() });
		if (res.destroyed) return;
		const responseHeaders = { ...(result.headers ?? {}) };
		let payload = '';
		if (Buffer.isBuffer(result.body)) {
			payload = result.body;
		} else if (result.body !== undefined && result.status !== 204) {
			payload = JSON.stringify(result.body);
			responseHeaders['Content-Type'] = 'application/json';
		}
		res.writeHead(result.status, responseHeaders);
		res.end(payload);
	}

	listen(port = 0, host = '127.0.0.1') {
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((error) => {
				res.writeHead(500, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ error: true, message: error.message }));
			});
		});
		this.sockets = new Set();
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, host, () => {
				this.port = this.server.address().port;
				this.url = `http://${host}:${this.port}`;
				resolve(this);
			});
		});
	}

	close() {
		for (const socket of this.sockets ?? []) socket.destroy();
		return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}
}

/** Starts a sandbox on `port` (0: any free port), answering after `latencyMs` ± `jitterMs`. */
async function startSandbox({ port = 0, host = '127.0.0.1', latencyMs = 0, jitterMs = 0 } = {}) {
	return await new Sandbox({ latencyMs, jitterMs }).listen(port, host);
}

module.exports = { startSandbox, Sandbox };
