import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';
import { actionHelpers } from '../support/actions';

const t = useSandbox();

const { orgPath, run, only } = actionHelpers(t);

const guest = (operation: string, email: string, extra: IDataObject = {}) => ({
	resource: 'guest',
	operation,
	guestEmail: { mode: 'email', value: email },
	...extra,
});

const GINA = 'gina@client.example';

describe('Guest > Create', () => {
	it('posts the guest with its additional fields and returns it', async () => {
		const result = await run({
			resource: 'guest',
			operation: 'create',
			email: 'ivy+ops@partner.example',
			firstName: 'Ivy',
			lastName: 'Ops',
			additionalFields: { company_name: 'Partner Ltd', phone_1: '+44 20 7946 0000' },
		});
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe(orgPath('/guests'));
		expect(request.body).toEqual({
			email: 'ivy+ops@partner.example',
			first_name: 'Ivy',
			last_name: 'Ops',
			company_name: 'Partner Ltd',
			phone_1: '+44 20 7946 0000',
		});
		const [created] = jsonOf(result);
		expect(created).toMatchObject({ email: 'ivy+ops@partner.example', first_name: 'Ivy' });
		expect(created.details).toMatchObject({
			company_name: 'Partner Ltd',
			phone_1: '+44 20 7946 0000',
		});
	});

	it('refuses a bad email or a long phone number before any request', async () => {
		const email = await run({ resource: 'guest', operation: 'create', email: 'gina' });
		expect(email.error?.message).toBe('The parameter "Email" is not an email address: "gina"');
		const phone = await run({
			resource: 'guest',
			operation: 'create',
			email: 'new@client.example',
			additionalFields: { phone_2: '0'.repeat(21) },
		});
		expect(phone.error?.message).toBe('The parameter "Phone 2" is longer than 20 characters');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes Tallyfy’s refusal of a member’s email through', async () => {
		const result = await run({ resource: 'guest', operation: 'create', email: 'sam@acme.example' });
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): email: This email belongs to a member of the organization.',
		);
	});

	it('says which role managing guests needs when a light member tries', async () => {
		const result = await run(
			{ resource: 'guest', operation: 'create', email: 'new@client.example' },
			t.sandbox.fixtures.tokens.light,
		);
		expect(result.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): Only admin or standard members can manage guests.',
		);
		expect(result.error?.description).toBe(
			'Managing guests needs a Standard or Administrator role in Tallyfy.',
		);
	});
});

describe('Guest > Get', () => {
	it('URL-encodes the email in the path and adds statistics when asked', async () => {
		await run({ resource: 'guest', operation: 'create', email: 'ivy+ops@partner.example' });
		t.sandbox.requests.length = 0;
		const result = await run(
			guest('get', ' ivy+ops@partner.example ', { includeStatistics: true }),
		);
		const request = only();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(orgPath('/guests/ivy%2Bops%40partner.example'));
		expect(request.query).toEqual({ with: 'stats' });
		expect(jsonOf(result)[0]).toMatchObject({
			email: 'ivy+ops@partner.example',
			stats: { data: { assigned_tasks: 0 } },
		});
	});

	it('names the guest Tallyfy could not find', async () => {
		const result = await run(guest('get', 'nobody@client.example'));
		expect(result.error?.message).toBe(
			"Tallyfy could not find the guest with ID 'nobody@client.example' (404)",
		);
	});

	it('refuses an empty guest before any request', async () => {
		const result = await run(guest('get', '={{ "" }}'));
		expect(result.error?.message).toBe('The parameter "Guest" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Guest > Get Many', () => {
	it('searches by email and lifts status and company out of details', async () => {
		const result = await run({
			resource: 'guest',
			operation: 'getAll',
			limit: 5,
			filters: { q: 'client.example', sort: 'email' },
		});
		expect(only().query).toEqual({
			q: 'client.example',
			sort: 'email',
			page: '1',
			per_page: '5',
		});
		expect(jsonOf(result)).toEqual([
			{
				id: 501,
				email: GINA,
				first_name: 'Gina',
				last_name: 'Guest',
				link: expect.stringMatching(/^https:\/\/go\.tallyfy\.com\/guest\//),
				last_accessed_at: null,
				created_at: expect.any(String),
				status: 'active',
				company_name: null,
			},
			expect.objectContaining({ email: 'hank@client.example', status: 'active' }),
		]);
	});

	it('returns whole records with statistics when Simplify is off', async () => {
		const result = await run({
			resource: 'guest',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
			includeStatistics: true,
		});
		expect(only().query).toEqual({ with: 'stats', page: '1', per_page: '100' });
		const guests = jsonOf(result);
		expect(guests.map((g) => g.email)).toEqual([
			GINA,
			'hank@client.example',
			'ivy@partner.example',
		]);
		expect(guests[0]).toHaveProperty('details.associated_members', []);
		expect(guests[0]).toHaveProperty('stats.data.assigned_tasks');
	});
});

describe('Guest > Update', () => {
	it('sends names and the associated members, whichever are set', async () => {
		const { users } = t.sandbox.fixtures;
		const result = await run(
			guest('update', GINA, {
				updateFields: {
					first_name: 'Georgina',
					associated_members: `${users.admin}, ${users.standard}`,
				},
			}),
		);
		const request = only();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(orgPath('/guests/gina%40client.example'));
		expect(request.body).toEqual({
			associated_members: [users.admin, users.standard],
			first_name: 'Georgina',
		});
		expect(jsonOf(result)[0]).toMatchObject({
			first_name: 'Georgina',
			details: { associated_members: [users.admin, users.standard] },
		});
	});

	it('refuses a member ID that is not a number, or nothing to update', async () => {
		const badId = await run(
			guest('update', GINA, { updateFields: { associated_members: '1001, sam' } }),
		);
		expect(badId.error?.message).toBe(
			'The parameter "Associated Member IDs" has "sam", which is not a member ID',
		);
		const nothing = await run(guest('update', GINA, { updateFields: { first_name: ' ' } }));
		expect(nothing.error?.message).toBe('No fields to update');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Guest > Delete', () => {
	it('deletes the guest and returns what Tallyfy answers', async () => {
		const result = await run(guest('delete', GINA));
		expect(only()).toMatchObject({
			method: 'DELETE',
			path: orgPath('/guests/gina%40client.example'),
		});
		expect(jsonOf(result)[0]).toMatchObject({ email: GINA, deleted_at: expect.any(String) });
		const again = await run(guest('get', GINA));
		expect(again.error?.message).toBe(`Tallyfy could not find the guest with ID '${GINA}' (404)`);
	});

	it('passes Tallyfy’s 422 for an unknown email through', async () => {
		const result = await run(guest('delete', 'nobody@client.example'));
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): email: The selected email is invalid.',
		);
	});
});

describe('Guest > Enable and Disable', () => {
	it('disables with DELETE and enables with PUT', async () => {
		const disabled = await run(guest('disable', 'hank@client.example'));
		expect(only()).toMatchObject({
			method: 'DELETE',
			path: orgPath('/guests/hank%40client.example/disable'),
		});
		expect(jsonOf(disabled)[0]).toHaveProperty('details.status', 'disabled');
		t.sandbox.requests.length = 0;
		const enabled = await run(guest('enable', 'hank@client.example'));
		expect(only()).toMatchObject({
			method: 'PUT',
			path: orgPath('/guests/hank%40client.example/enable'),
		});
		expect(jsonOf(enabled)[0]).toHaveProperty('details.status', 'active');
	});
});

describe('Guest > Convert to Member', () => {
	it('posts to /to/member and returns the new member', async () => {
		const result = await run(guest('convertToMember', 'ivy@partner.example'));
		expect(only()).toMatchObject({
			method: 'POST',
			path: orgPath('/guests/ivy%40partner.example/to/member'),
			body: undefined,
		});
		expect(jsonOf(result)[0]).toMatchObject({
			email: 'ivy@partner.example',
			first_name: 'Ivy',
			role: 'light',
			status: 'active',
		});
	});
});

describe('Guest list search', () => {
	it('lists guests by name and email, with the email as the value', async () => {
		const found = await t.harness.listSearch(
			'searchGuests',
			{ credential: t.harness.pat(), parameters: { resource: 'guest', operation: 'get' } },
			'partner',
		);
		expect(t.sandbox.requests[0].query).toEqual({ q: 'partner', page: '1', per_page: '50' });
		expect(found.results).toEqual([
			{ name: 'Ivy Partner (ivy@partner.example)', value: 'ivy@partner.example' },
		]);
	});
});
