'use strict';
// Members (API: users): list, read, invite, profile, role, enable/disable, remove, delete,
// convert to guest. Member management is for administrators (contract §3.2). Seats are
// counted per pool (full: admin and standard, light: light); a pool's limit, set with
// `sandbox.setSeatLimits({ full, light })` or POST /__sandbox/seat-limits, makes invites,
// role changes and enabling answer 409 SEAT_POOL_EXHAUSTED once the pool is full.
const { HttpError, errors, item, list } = require('../http');
const { present } = require('../state');
const { includes, wrapped, requireRole, roleOf } = require('../records');
const { validate } = require('../validation');
const seed = require('../seed');

const ROLES = ['admin', 'standard', 'light'];
const DEFAULT_ADMIN = 1001;
const poolOf = (role) => (role === 'light' ? 'light' : 'full');

const refused = (message) => new HttpError(400, { error: true, message });

function isTimeZone(name) {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: String(name) });
		return true;
	} catch {
		return false;
	}
}

function showMember(ctx, user) {
	const out = present(user);
	for (const include of includes(ctx)) {
		if (include === 'groups') {
			out.groups = wrapped(
				[...ctx.state.groups.values()].filter(
					(group) => group._orgId === ctx.orgId && group.members.includes(user.id),
				),
			);
		} else if (include === 'stats') {
			const count = (map, test) => [...map.values()].filter(test).length;
			out.stats = {
				data: {
					steps_created: 0,
					tasks_completed: count(ctx.state.tasks, (t) => t.completer_id === user.id),
					processes_launched: count(ctx.state.runs, (r) => r.started_by === user.id),
					checklists_created: count(ctx.state.checklists, (c) => c.created_by === user.id),
					last_step_created_at: null,
				},
			};
		} else if (include === 'organizations') {
			out.organizations = wrapped(user._orgIds.map((id) => ctx.state.orgs.get(id)));
		} else if (include === 'country') {
			out.country = { data: null };
		} else {
			out[include] = { data: [] };
		}
	}
	return out;
}

/** The member of the path, in the request's organization, or 404. */
function memberOf(ctx) {
	const user = ctx.state.member(ctx.orgId, ctx.params.user);
	if (!user) throw errors.notFound();
	return user;
}

function requireSeat(ctx, role) {
	const pool = poolOf(role);
	const limit = ctx.state.seatLimits?.[pool];
	if (limit === undefined || limit === null) return;
	const used = ctx.state
		.membersOf(ctx.orgId)
		.filter((u) => !u._bot && u.status !== 'disabled' && poolOf(u.role) === pool).length;
	if (used >= limit) throw errors.seatPoolExhausted(pool);
}

function protect(user, { bots = false } = {}) {
	if (user.id === DEFAULT_ADMIN)
		throw refused(
			'Cannot modify the default administrator. Please assign another member as default administrator first.',
		);
	if (bots && user._bot) throw refused("You can't remove a bot user from this organization!");
}

const manage = (ctx) => requireRole(ctx, ['admin'], 'manage members');
const touch = (ctx, user) => {
	user.updated_at = ctx.state.now();
	user.full_name = `${user.first_name} ${user.last_name}`.trim();
	return item(showMember(ctx, user));
};

module.exports = (sandbox) => {
	sandbox.afterReset((sb) => {
		sb.state.seatLimits = { full: null, light: null };
		const bots = new Set(seed.people.filter((p) => p.bot).map((p) => p.id));
		for (const user of sb.state.users.values()) {
			user.is_default_admin = user.id === DEFAULT_ADMIN;
			user._bot = bots.has(user.id);
		}
	});

	/** Seats per pool from now until the next reset; null or undefined means unlimited. */
	sandbox.setSeatLimits = (limits = {}) => Object.assign(sandbox.state.seatLimits, limits);

	sandbox.post(
		'/__sandbox/seat-limits',
		(ctx) => ({ status: 200, body: sandbox.setSeatLimits(ctx.body ?? {}) }),
		{ auth: false },
	);

	sandbox.get('/organizations/:org/users', (ctx) => {
		const q = ctx.query;
		let records = ctx.state.membersOf(ctx.orgId);
		if (q.q) {
			const term = q.q.toLowerCase();
			records = records.filter((u) =>
				[u.first_name, u.last_name, u.email].some((v) => v.toLowerCase().includes(term)),
			);
		}
		const sort = q.sort ?? 'id';
		const desc = sort.startsWith('-');
		const key = sort.replace(/^-/, '');
		records = [...records].sort(
			(a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')) * (desc ? -1 : 1),
		);
		// DOCS: this list's default page is 9999 members.
		const response = list(ctx, records, { defaultPerPage: 9999, maxPerPage: 9999 });
		response.body.data = response.body.data.map((u) => showMember(ctx, u));
		return response;
	});

	sandbox.get('/organizations/:org/users/:user', (ctx) => {
		requireRole(ctx, ['admin'], 'view member profiles');
		return item(showMember(ctx, memberOf(ctx)));
	});

	sandbox.post('/organizations/:org/users/invite', (ctx) => {
		requireRole(ctx, ['admin', 'standard'], 'invite members');
		const body = validate(ctx.body)
			.required('email', 'first_name', 'last_name', 'role', 'message')
			.email('email')
			.max('first_name', 32)
			.max('last_name', 32)
			.max('message', 5000)
			.in('role', ROLES)
			.check();
		if (body.role === 'admin' && roleOf(ctx) !== 'admin')
			throw errors.forbidden('Only administrators can invite administrators.');
		const email = String(body.email).toLowerCase();
		const existing = [...ctx.state.users.values()].find((u) => u.email.toLowerCase() === email);
		if (existing?._orgIds.includes(ctx.orgId))
			throw errors.invalid({ email: ['The email has already been taken.'] });
		requireSeat(ctx, body.role);
		const now = ctx.state.now();
		const user = existing ?? {
			id: ctx.state.next('user'),
			email,
			username: null,
			first_name: body.first_name,
			last_name: body.last_name,
			full_name: `${body.first_name} ${body.last_name}`,
			profile_pic: null,
			job_title: null,
			phone: null,
			timezone: 'UTC',
			last_login_at: null,
			created_at: now,
			is_default_admin: false,
			_orgIds: [],
		};
		Object.assign(user, {
			role: body.role,
			status: 'invited',
			is_active: true,
			invited_by: ctx.userId,
			approved_at: null,
			updated_at: now,
		});
		user._orgIds.push(ctx.orgId);
		ctx.state.users.set(user.id, user);
		return item(showMember(ctx, user));
	});

	sandbox.put('/organizations/:org/users/:user', (ctx) => {
		manage(ctx);
		const user = memberOf(ctx);
		const body = validate(ctx.body)
			.required('first_name', 'last_name', 'timezone')
			.max('first_name', 32)
			.max('last_name', 32)
			.max('phone', 20)
			.in('date_format', ['mm/dd/yyyy', 'dd/mm/yyyy']);
		if (body.has('timezone') && !isTimeZone(ctx.body.timezone))
			body.fail('timezone', 'The timezone must be a valid zone.');
		const values = body.check();
		const editable = [
			'first_name',
			'last_name',
			'timezone',
			'phone',
			'job_title',
			'job_description',
			'team',
			'country_id',
			'date_format',
			'step_preferences',
		];
		for (const key of editable) if (key in values) user[key] = values[key];
		return touch(ctx, user);
	});

	sandbox.put('/organizations/:org/users/:user/role', (ctx) => {
		manage(ctx);
		const user = memberOf(ctx);
		const { role } = validate(ctx.body).required('role').in('role', ROLES).check();
		protect(user);
		if (user.status !== 'disabled' && poolOf(role) !== poolOf(user.role)) requireSeat(ctx, role);
		user.role = role;
		return touch(ctx, user);
	});

	sandbox.put('/organizations/:org/users/:user/enable', (ctx) => {
		manage(ctx);
		const user = memberOf(ctx);
		if (user.status === 'disabled') {
			requireSeat(ctx, user.role);
			Object.assign(user, { status: 'active', is_active: true });
		}
		return touch(ctx, user);
	});

	sandbox.delete('/organizations/:org/users/:user/disable', (ctx) => {
		manage(ctx);
		const user = memberOf(ctx);
		protect(user);
		Object.assign(user, { status: 'disabled', is_active: false });
		return touch(ctx, user);
	});

	sandbox.delete('/organizations/:org/users/:user', (ctx) => {
		manage(ctx);
		const user = memberOf(ctx);
		protect(user, { bots: true });
		if (String(ctx.query.with_reassignment) === 'true') {
			const to = ctx.state.member(ctx.orgId, ctx.query.to);
			if (!to || to.id === user.id || to.status === 'disabled')
				throw errors.invalid({ to: ['The selected to is invalid.'] });
			for (const task of ctx.state.tasks.values()) {
				if (task._orgId !== ctx.orgId || !task.owners.users.includes(user.id)) continue;
				task.owners.users = [
					...new Set(task.owners.users.map((id) => (id === user.id ? to.id : id))),
				];
			}
		}
		user._orgIds = user._orgIds.filter((id) => id !== ctx.orgId);
		Object.assign(user, { status: 'disabled', is_active: false });
		return touch(ctx, user);
	});

	sandbox.delete('/organizations/:org/users/:user/delete', (ctx) => {
		manage(ctx);
		const user = memberOf(ctx);
		protect(user, { bots: true });
		if (user.status !== 'disabled')
			throw errors.invalid({
				user: ['Only disabled members can be deleted. Disable the member first.'],
			});
		ctx.state.users.delete(user.id);
		for (const [token, record] of ctx.state.tokens)
			if (record.userId === user.id) ctx.state.tokens.delete(token);
		return { status: 200, body: undefined };
	});

	sandbox.put('/organizations/:org/users/:user/to/guest', (ctx) => {
		manage(ctx);
		const user = memberOf(ctx);
		protect(user, { bots: true });
		user._orgIds = user._orgIds.filter((id) => id !== ctx.orgId);
		const guest = ctx.state.addGuest(ctx.orgId, {
			email: user.email,
			first_name: user.first_name,
			last_name: user.last_name,
		});
		return item(present(guest));
	});
};
