'use strict';
// Guests: people outside the organization, addressed by email in the path (contract §3.3).
// Managing guests needs a Standard or Administrator role.
const { errors, item, list } = require('../http');
const { present } = require('../state');
const { ofOrg, includes, requireRole } = require('../records');
const { validate } = require('../validation');

const GUEST_FIELDS = [
	'phone_1',
	'phone_2',
	'company_name',
	'company_url',
	'contact_url',
	'image_url',
	'opportunity_url',
	'opportunity_name',
	'timezone',
	'status',
];

function showGuest(ctx, guest) {
	const out = present(guest);
	if (includes(ctx).includes('stats')) {
		const tasks = [...ctx.state.tasks.values()].filter((t) =>
			t.owners.guests.includes(guest.email),
		);
		out.stats = {
			data: {
				assigned_tasks: tasks.length,
				tasks_completed: tasks.filter((t) => t.status === 'completed').length,
				last_task_completed_at: null,
				one_off_tasks_completed: 0,
				last_one_off_task_completed_at: null,
			},
		};
	}
	return out;
}

function findGuest(ctx, email = ctx.params.email) {
	const wanted = String(email).toLowerCase();
	return ofOrg(ctx, ctx.state.guests).find((g) => g.email.toLowerCase() === wanted);
}

function guestOf(ctx) {
	const guest = findGuest(ctx);
	if (!guest) throw errors.notFound();
	return guest;
}

const manage = (ctx) => requireRole(ctx, ['admin', 'standard'], 'manage guests');

module.exports = (sandbox) => {
	sandbox.get('/organizations/:org/guests', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.guests);
		if (q.q) records = records.filter((g) => g.email.toLowerCase().includes(q.q.toLowerCase()));
		const sort = q.sort ?? q.sort_by ?? 'created_at';
		const desc = sort.startsWith('-');
		const key = sort.replace(/^-/, '');
		records = [...records].sort(
			(a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')) * (desc ? -1 : 1),
		);
		// DOCS: this list's default page is 999 guests.
		const response = list(ctx, records, { defaultPerPage: 999, maxPerPage: 999 });
		response.body.data = response.body.data.map((g) => showGuest(ctx, g));
		return response;
	});

	sandbox.post('/organizations/:org/guests', (ctx) => {
		manage(ctx);
		const body = validate(ctx.body)
			.required('email')
			.email('email')
			.max('first_name', 200)
			.max('last_name', 200)
			.max('phone_1', 20)
			.max('phone_2', 20)
			.check();
		const email = String(body.email).toLowerCase();
		if (ctx.state.membersOf(ctx.orgId).some((u) => u.email.toLowerCase() === email))
			throw errors.invalid({ email: ['This email belongs to a member of the organization.'] });
		const guest = ctx.state.addGuest(ctx.orgId, { ...body, email });
		for (const key of GUEST_FIELDS) if (key in body) guest.details[key] = body[key];
		return item(showGuest(ctx, guest), 201);
	});

	sandbox.get('/organizations/:org/guests/:email', (ctx) => item(showGuest(ctx, guestOf(ctx))));

	// The contract flags a conflict (DOCS: only associated_members; CLI and n8n: names)
	// and asks for both shapes to be accepted. DOCS give 201 for this update.
	sandbox.put('/organizations/:org/guests/:email', (ctx) => {
		manage(ctx);
		const guest = guestOf(ctx);
		const body = validate(ctx.body)
			.max('first_name', 200)
			.max('last_name', 200)
			.array('associated_members')
			.check();
		if (Array.isArray(body.associated_members)) {
			const unknown = body.associated_members.filter((id) => !ctx.state.member(ctx.orgId, id));
			if (unknown.length)
				throw errors.invalid({
					associated_members: ['The selected associated members is invalid.'],
				});
			guest.details.associated_members = body.associated_members.map(Number);
		}
		for (const key of ['first_name', 'last_name']) if (key in body) guest[key] = body[key];
		return item(showGuest(ctx, guest), 201);
	});

	sandbox.delete('/organizations/:org/guests/:email', (ctx) => {
		manage(ctx);
		const guest = findGuest(ctx);
		// DOCS: an unknown email answers 422, not 404.
		if (!guest) throw errors.invalid({ email: ['The selected email is invalid.'] });
		ctx.state.guests.delete(`${ctx.orgId}:${guest.email}`);
		for (const task of ctx.state.tasks.values()) {
			if (task._orgId === ctx.orgId)
				task.owners.guests = task.owners.guests.filter((g) => g !== guest.email);
		}
		guest.deleted_at = ctx.state.now();
		return item(present(guest));
	});

	sandbox.put('/organizations/:org/guests/:email/enable', (ctx) => {
		manage(ctx);
		const guest = guestOf(ctx);
		Object.assign(guest.details, {
			status: 'active',
			disabled_at: null,
			reactivated_at: ctx.state.now(),
			reactivated_by: ctx.userId,
		});
		return item(showGuest(ctx, guest));
	});

	sandbox.delete('/organizations/:org/guests/:email/disable', (ctx) => {
		manage(ctx);
		const guest = guestOf(ctx);
		Object.assign(guest.details, {
			status: 'disabled',
			disabled_at: ctx.state.now(),
			disabled_by: ctx.userId,
		});
		return item(showGuest(ctx, guest));
	});

	/** The new member gets the light role: a guest worked on assigned tasks only. */
	sandbox.post('/organizations/:org/guests/:email/to/member', (ctx) => {
		requireRole(ctx, ['admin'], 'convert guests to members');
		const guest = guestOf(ctx);
		const now = ctx.state.now();
		const user = {
			id: ctx.state.next('user'),
			email: guest.email,
			username: null,
			first_name: guest.first_name ?? '',
			last_name: guest.last_name ?? '',
			full_name: [guest.first_name, guest.last_name].filter(Boolean).join(' '),
			profile_pic: null,
			job_title: null,
			phone: null,
			timezone: guest.details.timezone ?? 'UTC',
			role: 'light',
			status: 'active',
			is_active: true,
			is_default_admin: false,
			last_login_at: null,
			created_at: now,
			updated_at: now,
			_orgIds: [ctx.orgId],
		};
		ctx.state.users.set(user.id, user);
		ctx.state.guests.delete(`${ctx.orgId}:${guest.email}`);
		return item(present(user));
	});
};
