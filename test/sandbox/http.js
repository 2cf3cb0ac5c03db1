'use strict';
// The sandbox's HTTP plumbing: a small router, Tallyfy's envelopes and error bodies.

class HttpError extends Error {
	constructor(status, body, headers = {}) {
		super(typeof body?.message === 'string' ? body.message : `HTTP ${status}`);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

const errors = {
	notFound: () =>
		new HttpError(404, { error: true, message: 'Resource not found', code: 'RESOURCE_NOT_FOUND' }),
	noRoute: () =>
		new HttpError(404, {
			error: true,
			message: 'API endpoint not found',
			code: 'ENDPOINT_NOT_FOUND',
		}),
	unauthenticated: (message = 'Unauthenticated.') => new HttpError(401, { error: true, message }),
	forbidden: (message = 'You do not have permission to perform this action.') =>
		new HttpError(403, { error: true, message }),
	badRequest: (message) => new HttpError(400, { error: true, message }),
	/** Laravel-style validation failure: `{ field: [messages] }`. */
	invalid: (fields, message = 'The given data was invalid.') =>
		new HttpError(422, { error: true, message, errors: fields }),
	seatPoolExhausted: (poolType = 'full') =>
		new HttpError(409, {
			error: {
				code: 'SEAT_POOL_EXHAUSTED',
				message: `Your organization has reached its committed ${poolType} seat limit.`,
				details: { pool_type: poolType },
			},
		}),
};

const item = (data, status = 200) => ({ status, body: { data } });
const noContent = () => ({ status: 204, body: undefined });

function intOr(value, fallback) {
	const number = Number.parseInt(value, 10);
	return Number.isFinite(number) ? number : fallback;
}

/**
 * Tallyfy's Fractal list envelope. `links` is `[]` when there is no neighbour page, as
 * PHP serialises an empty associative array.
 */
function list(ctx, records, { defaultPerPage = 10, maxPerPage = 100 } = {}) {
	if (String(ctx.query.without_pagination) === 'true')
		return { status: 200, body: { data: records } };
	const perPage = Math.min(Math.max(intOr(ctx.query.per_page, defaultPerPage), 1), maxPerPage);
	const page = Math.max(intOr(ctx.query.page, 1), 1);
	const total = records.length;
	const totalPages = Math.max(Math.ceil(total / perPage), 1);
	const data = records.slice((page - 1) * perPage, page * perPage);
	const pageUrl = (n) => {
		const url = new URL(ctx.url.href);
		url.searchParams.set('page', String(n));
		return url.href;
	};
	const links = {};
	if (page > 1) links.previous = pageUrl(page - 1);
	if (page < totalPages) links.next = pageUrl(page + 1);
	return {
		status: 200,
		body: {
			data,
			meta: {
				pagination: {
					total,
					count: data.length,
					per_page: perPage,
					current_page: page,
					total_pages: totalPages,
					links: Object.keys(links).length ? links : [],
				},
			},
		},
	};
}

class Router {
	constructor() {
		this.routes = [];
	}

	add(method, pattern, handler, options = {}) {
		const names = [];
		const source = pattern.replace(/:([A-Za-z_]+)/g, (_, name) => {
			names.push(name);
			return '([^/]+)';
		});
		this.routes.push({ method, regex: new RegExp(`^${source}/?$`), names, handler, options });
	}

	match(method, path) {
		let pathMatched = false;
		for (const route of this.routes) {
			const found = route.regex.exec(path);
			if (!found) continue;
			pathMatched = true;
			if (route.method !== method) continue;
			const params = {};
			route.names.forEach((name, index) => {
				params[name] = decodeURIComponent(found[index + 1]);
			});
			return { route, params };
		}
		return { pathMatched };
	}
}

module.exports = { HttpError, errors, item, list, noContent, Router, intOr };
