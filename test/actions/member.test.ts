import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';
import { actionHelpers } from '../support/actions';

const t = useSandbox();

const { orgPath, run, only } = actionHelpers(t);

const member = (operation: string, id: number | string, extra: IDataObject = {}) => ({
	resource: 'member',
	operation,
	memberId: { mode: 'id', value: String(id) },
	...extra,
});

const SEAT_HELP = (pool: string) =>
	`Your organization has reached its committed ${pool} seat limit. Free a ${pool} seat by disabling a member, ask your Tallyfy administrator to add seats, or use a role from another seat pool.`;

describe('Member > Get', () => {
	it('reads a member with the includes asked for', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(member('get', users.standard, { include: ['groups', 'stats'] }));
		const request = only();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(orgPath(`/users/${users.standard}`));
		expect(request.query).toEqual({ with: 'groups,stats' });
		const [sam] = jsonOf(result);
		expect(sam).toMatchObject({ id: users.standard, email: 'sam@acme.example', role: 'standard' });
		expect((sam.groups as { data: IDataObject[] }).data.map((g) => g.name)).toEqual([
			'Finance',
			'Onboarding Team',
		]);
		expect(sam.stats).toEqual({ data: expect.objectContaining({ tasks_completed: 0 }) });
	});

	it('refuses a member ID that is not a number before any request', async () => {
		const result = await run(member('get', '={{ "sam@acme.example" }}'));
		expect(result.error?.message).toBe(
			'The parameter "Member" is not a member ID: "sam@acme.example"',
		);
		expect(result.error?.description).toMatch(/whole numbers/);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('explains that reading a member profile needs the Administrator role', async () => {
		const { users, tokens } = t.sandbox.fixtures;
		const result = await run(member('get', users.light), tokens.standard);
		expect(result.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): Only admin members can view member profiles.',
		);
		expect(result.error?.description).toBe(
			'Managing members needs the Administrator role in Tallyfy.',
		);
	});
});

describe('Member > Get Many', () => {
	it('searches and sorts with the documented parameters, simplified plus the includes', async () => {
		const result = await run({
			resource: 'member',
			operation: 'getAll',
			limit: 2,
			include: ['groups'],
			filters: { q: 'acme.example', sort: '-created_at' },
		});
		expect(only().query).toEqual({
			q: 'acme.example',
			sort: '-created_at',
			with: 'groups',
			page: '1',
			per_page: '2',
		});
		const members = jsonOf(result);
		expect(members).toHaveLength(2);
		expect(Object.keys(members[0]).sort()).toEqual(
			[
				'created_at',
				'email',
				'first_name',
				'full_name',
				'groups',
				'id',
				'job_title',
				'last_login_at',
				'last_name',
				'role',
				'status',
				'timezone',
			].sort(),
		);
	});

	it('reads every page with Return All, one item per member, unsimplified', async () => {
		const result = await run({
			resource: 'member',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
		});
		expect(only().query).toEqual({ page: '1', per_page: '100' });
		const members = jsonOf(result);
		expect(members.map((m) => m.email)).toEqual([
			'ada@acme.example',
			'sam@acme.example',
			'lee@acme.example',
			'dana@acme.example',
			'bot+4242@apps.tallyfy.example',
		]);
		expect(members[0]).toHaveProperty('is_default_admin', true);
		expect(result.items.map((item) => item.pairedItem)).toEqual(members.map(() => ({ item: 0 })));
	});
});

describe('Member > Get Current', () => {
	it('reads /me, outside the organization path', async () => {
		const result = await run({ resource: 'member', operation: 'getCurrent' });
		const request = only();
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/api/me');
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: t.sandbox.fixtures.users.admin, email: 'ada@acme.example' }),
		]);
	});
});

describe('Member > Invite', () => {
	const invite = (extra: IDataObject = {}) => ({
		resource: 'member',
		operation: 'invite',
		email: ' nia@acme.example ',
		firstName: 'Nia',
		lastName: 'New',
		role: 'standard',
		message: 'Welcome aboard!',
		...extra,
	});

	it('sends the documented body and returns the invited member', async () => {
		const result = await run(invite());
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe(orgPath('/users/invite'));
		expect(request.body).toEqual({
			email: 'nia@acme.example',
			first_name: 'Nia',
			last_name: 'New',
			role: 'standard',
			message: 'Welcome aboard!',
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				email: 'nia@acme.example',
				status: 'invited',
				role: 'standard',
				invited_by: t.sandbox.fixtures.users.admin,
			}),
		]);
	});

	it('refuses a bad email or a name longer than 32 characters before any request', async () => {
		const badEmail = await run(invite({ email: 'nia at acme' }));
		expect(badEmail.error?.message).toBe(
			'The parameter "Email" is not an email address: "nia at acme"',
		);
		const longName = await run(invite({ lastName: 'x'.repeat(33) }));
		expect(longName.error?.message).toBe('The parameter "Last Name" is longer than 32 characters');
		expect(longName.error?.description).toBe(
			'Tallyfy accepts at most 32 characters here; this value has 33. Shorten it.',
		);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes Tallyfy’s refusal of an existing member through', async () => {
		const result = await run(invite({ email: 'sam@acme.example' }));
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): email: The email has already been taken.',
		);
	});

	it('shows the seat-pool message when the full seats are used up', async () => {
		// Ada (admin) and Sam (standard) hold the two full seats; disabled members and bots hold none.
		t.sandbox.setSeatLimits({ full: 2 });
		const result = await run(invite());
		expect(result.error?.message).toBe(
			'Your Tallyfy organization has no free full seats left (409 SEAT_POOL_EXHAUSTED)',
		);
		expect(result.error?.description).toBe(SEAT_HELP('full'));
		const light = await run(invite({ role: 'light' }));
		expect(jsonOf(light)).toEqual([expect.objectContaining({ role: 'light' })]);
	});
});

describe('Member > Create (as the application)', () => {
	const create = (extra: IDataObject = {}) => ({
		resource: 'member',
		operation: 'create',
		email: 'nina@acme.example',
		firstName: 'Nina',
		lastName: 'New',
		role: 'light',
		timezone: 'Europe/Berlin',
		...extra,
	});

	it('provisions a member with the application token, without an invitation', async () => {
		const result = await t.harness.run({ credential: t.harness.oauth(), parameters: create() });
		const [provision] = t.sandbox.requestsTo('/applications/', 'POST');
		expect(provision.path).toBe(`/api/applications/${t.sandbox.fixtures.orgId}/users`);
		expect(provision.body).toEqual({
			email: 'nina@acme.example',
			first_name: 'Nina',
			last_name: 'New',
			role: 'light',
			timezone: 'Europe/Berlin',
		});
		const appToken = t.sandbox.state.tokens.get(provision.headers.authorization.slice(7));
		expect(appToken).toMatchObject({ kind: 'app' });
		const [created] = jsonOf(result);
		expect(created).toMatchObject({ email: 'nina@acme.example', role: 'light', status: 'active' });
		expect((t.sandbox.state.users as Map<unknown, IDataObject>).get(created.id)).toMatchObject({
			first_name: 'Nina',
		});
	});

	it('passes on Tallyfy’s refusal of an email that is taken', async () => {
		const result = await t.harness.run({
			credential: t.harness.oauth(),
			parameters: create({ email: t.sandbox.fixtures.emails.standard }),
		});
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): email: The email has already been taken.',
		);
	});

	it.each([
		[
			'a personal token',
			() => t.harness.pat(),
			/Set Authentication to "OAuth2 \(Client Credentials\)"/,
		],
		[
			'a credential acting as a user',
			() => t.harness.oauth({ actAsUserEmail: t.sandbox.fixtures.emails.admin }),
			/whose "Act as User \(Email\)" is empty/,
		],
	])('refuses %s before any request', async (_, credential, hint) => {
		const result = await t.harness.run({ credential: credential(), parameters: create() });
		expect(result.error?.message).toBe(
			'Member > Create needs the client-credentials credential acting as the application',
		);
		expect(result.error?.description).toMatch(hint);
		expect(t.sandbox.requestsTo('/applications/')).toHaveLength(0);
	});

	it('refuses a time zone that does not exist before any request', async () => {
		const result = await t.harness.run({
			credential: t.harness.oauth(),
			parameters: create({ timezone: 'Mars/Olympus' }),
		});
		expect(result.error?.message).toBe(
			'The parameter "Time Zone" is not a time zone: "Mars/Olympus"',
		);
		expect(t.sandbox.requestsTo('/applications/')).toHaveLength(0);
	});
});

describe('Member > Update', () => {
	it('keeps the current name and time zone Tallyfy requires when only other fields change', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(
			member('update', users.standard, { updateFields: { job_title: 'Buyer', phone: '555-0100' } }),
		);
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${orgPath(`/users/${users.standard}`)}`,
			`PUT ${orgPath(`/users/${users.standard}`)}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			job_title: 'Buyer',
			phone: '555-0100',
			first_name: 'Sam',
			last_name: 'Standard',
			timezone: 'UTC',
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ job_title: 'Buyer', phone: '555-0100', first_name: 'Sam' }),
		]);
	});

	it('sends one PUT when the three required fields are given', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(
			member('update', users.light, {
				updateFields: {
					first_name: 'Leona',
					last_name: 'Light',
					timezone: 'Europe/Berlin',
					date_format: 'dd/mm/yyyy',
				},
			}),
		);
		expect(only().body).toEqual({
			first_name: 'Leona',
			last_name: 'Light',
			timezone: 'Europe/Berlin',
			date_format: 'dd/mm/yyyy',
		});
		expect(jsonOf(result)[0]).toMatchObject({
			full_name: 'Leona Light',
			timezone: 'Europe/Berlin',
		});
	});

	it('refuses no fields, an unknown time zone or a long phone before any request', async () => {
		const { users } = t.sandbox.fixtures;
		const empty = await run(member('update', users.light, { updateFields: {} }));
		expect(empty.error?.message).toBe('No fields to update');
		const zone = await run(
			member('update', users.light, { updateFields: { timezone: 'Mars/Base' } }),
		);
		expect(zone.error?.message).toBe('The parameter "Time Zone" is not a time zone: "Mars/Base"');
		const phone = await run(
			member('update', users.light, { updateFields: { phone: '1'.repeat(21) } }),
		);
		expect(phone.error?.message).toBe('The parameter "Phone" is longer than 20 characters');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Member > Update Role', () => {
	it('puts the role and returns the member', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(member('updateRole', users.light, { role: 'standard' }));
		const request = only();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(orgPath(`/users/${users.light}/role`));
		expect(request.body).toEqual({ role: 'standard' });
		expect(jsonOf(result)[0]).toMatchObject({ id: users.light, role: 'standard' });
	});

	it('shows the seat-pool message when the new role’s pool is full', async () => {
		const { users } = t.sandbox.fixtures;
		t.sandbox.setSeatLimits({ light: 1 });
		const result = await run(member('updateRole', users.standard, { role: 'light' }));
		expect(result.error?.message).toBe(
			'Your Tallyfy organization has no free light seats left (409 SEAT_POOL_EXHAUSTED)',
		);
		expect(result.error?.description).toBe(SEAT_HELP('light'));
	});
});

describe('Member > Enable and Disable', () => {
	it('enables with PUT and disables with DELETE', async () => {
		const { users } = t.sandbox.fixtures;
		const enabled = await run(member('enable', users.disabled));
		expect(only()).toMatchObject({
			method: 'PUT',
			path: orgPath(`/users/${users.disabled}/enable`),
		});
		expect(jsonOf(enabled)[0]).toMatchObject({ id: users.disabled, status: 'active' });

		t.sandbox.requests.length = 0;
		const disabled = await run(member('disable', users.standard));
		expect(only()).toMatchObject({
			method: 'DELETE',
			path: orgPath(`/users/${users.standard}/disable`),
		});
		expect(jsonOf(disabled)[0]).toMatchObject({ id: users.standard, status: 'disabled' });
	});

	it('shows the seat-pool message when enabling needs a seat that is not free', async () => {
		t.sandbox.setSeatLimits({ full: 2 });
		const result = await run(member('enable', t.sandbox.fixtures.users.disabled));
		expect(result.error?.message).toBe(
			'Your Tallyfy organization has no free full seats left (409 SEAT_POOL_EXHAUSTED)',
		);
	});
});

describe('Member > Convert to Guest', () => {
	it('puts to /to/guest and returns the guest', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(member('convertToGuest', users.light));
		expect(only()).toMatchObject({
			method: 'PUT',
			path: orgPath(`/users/${users.light}/to/guest`),
			body: undefined,
		});
		expect(jsonOf(result)[0]).toMatchObject({ email: 'lee@acme.example', first_name: 'Lee' });
	});
});

describe('Member > Remove', () => {
	it('hands the member’s tasks to another member when asked', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(
			member('remove', users.standard, {
				reassignTo: { mode: 'list', value: String(users.admin) },
			}),
		);
		const request = only();
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe(orgPath(`/users/${users.standard}`));
		expect(request.query).toEqual({ with_reassignment: 'true', to: String(users.admin) });
		expect(jsonOf(result)[0]).toMatchObject({ id: users.standard, status: 'disabled' });
		const followUp = t.sandbox.taskId(null, 'Follow up with lead #1');
		expect((t.sandbox.state.tasks.get(followUp)?.owners as { users: number[] }).users).toEqual([
			users.admin,
		]);
	});

	it('sends no reassignment without a member to take over', async () => {
		await run(member('remove', t.sandbox.fixtures.users.light));
		expect(only().query).toEqual({});
	});

	it('refuses to reassign to the member being removed', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(
			member('remove', users.light, { reassignTo: { mode: 'id', value: String(users.light) } }),
		);
		expect(result.error?.message).toBe('"Reassign Their Tasks To" is the member being removed');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes Tallyfy’s refusal to remove the default administrator through', async () => {
		const result = await run(member('remove', t.sandbox.fixtures.users.admin));
		expect(result.error?.message).toBe(
			'Tallyfy refused the request as malformed (400): Cannot modify the default administrator. Please assign another member as default administrator first.',
		);
	});
});

describe('Member > Delete Permanently', () => {
	it('deletes a disabled member and reports it', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(member('deletePermanently', users.disabled));
		expect(only()).toMatchObject({
			method: 'DELETE',
			path: orgPath(`/users/${users.disabled}/delete`),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true, id: users.disabled }]);
		const again = await run(member('get', users.disabled));
		expect(again.error?.message).toBe(
			`Tallyfy could not find the member with ID '${users.disabled}' (404)`,
		);
	});

	it('passes Tallyfy’s demand to disable the member first through', async () => {
		const result = await run(member('deletePermanently', t.sandbox.fixtures.users.standard));
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): user: Only disabled members can be deleted. Disable the member first.',
		);
	});
});

describe('Member list search', () => {
	it('searches members by Tallyfy’s q and names them with their email', async () => {
		const credential = t.harness.pat();
		const found = await t.harness.listSearch(
			'searchMembers',
			{ credential, parameters: { resource: 'member', operation: 'get' } },
			'a',
		);
		expect(t.sandbox.requests[0].query).toEqual({ q: 'a', page: '1', per_page: '50' });
		expect(found.results).toEqual([
			{ name: 'Ada Admin (ada@acme.example)', value: '1001' },
			{ name: 'Sam Standard (sam@acme.example)', value: '1002' },
			{ name: 'Lee Light (lee@acme.example)', value: '1003' },
			{ name: 'Dana Gone (dana@acme.example) - disabled', value: '1004' },
			{ name: 'Acme Integration (bot+4242@apps.tallyfy.example)', value: '1099' },
		]);
		expect(found.paginationToken).toBeUndefined();
	});
});
