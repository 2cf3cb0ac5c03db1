import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';
import { actionHelpers } from '../support/actions';

const t = useSandbox();

const { orgPath, run, only } = actionHelpers(t);

const group = (operation: string, id: string, extra: IDataObject = {}) => ({
	resource: 'group',
	operation,
	groupId: { mode: 'list', value: id },
	...extra,
});

const create = (extra: IDataObject = {}) => ({
	resource: 'group',
	operation: 'create',
	name: 'Legal',
	description: 'Reviews contracts',
	memberIds: '1001, 1003',
	guestEmails: 'hank@client.example',
	...extra,
});

describe('Group > Create', () => {
	it('posts name, description, member IDs and guest emails', async () => {
		const result = await run(create());
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe(orgPath('/groups'));
		expect(request.body).toEqual({
			name: 'Legal',
			description: 'Reviews contracts',
			members: [1001, 1003],
			guests: ['hank@client.example'],
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: expect.stringMatching(/^[0-9a-f]{32}$/),
				name: 'Legal',
				members: [1001, 1003],
				guests: ['hank@client.example'],
			}),
		]);
	});

	it('refuses a missing description, a bad guest email or a long name before any request', async () => {
		const noDescription = await run(create({ description: '={{ "  " }}' }));
		expect(noDescription.error?.message).toBe('The parameter "Description" is empty');
		expect(noDescription.error?.description).toBe(
			'Tallyfy requires a description for every group; say in a few words what it is for.',
		);
		const badGuest = await run(create({ guestEmails: 'hank@client.example, hank' }));
		expect(badGuest.error?.message).toBe(
			'The parameter "Guest Emails" is not an email address: "hank"',
		);
		const longName = await run(create({ name: 'n'.repeat(201) }));
		expect(longName.error?.message).toBe('The parameter "Name" is longer than 200 characters');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes Tallyfy’s refusal of a taken name through', async () => {
		const result = await run(create({ name: 'Finance' }));
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): name: The name has already been taken.',
		);
	});

	it('says which role managing groups needs', async () => {
		const result = await run(create(), t.sandbox.fixtures.tokens.standard);
		expect(result.error?.message).toBe(
			'Your Tallyfy user is not allowed to do this (403): Only admin members can manage groups.',
		);
		expect(result.error?.description).toBe(
			'Managing groups needs the Administrator role (or the "manage groups" permission) in Tallyfy.',
		);
	});
});

describe('Group > Get', () => {
	it('reads a group, with its files when asked', async () => {
		const { groups } = t.sandbox.fixtures;
		const result = await run(group('get', groups.finance, { includeAssets: true }));
		const request = only();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(orgPath(`/groups/${groups.finance}`));
		expect(request.query).toEqual({ with: 'assets' });
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: groups.finance,
				name: 'Finance',
				members: [1002],
				assets: { data: [] },
			}),
		]);
	});

	it('names the group Tallyfy could not find', async () => {
		const result = await run(group('get', 'no-such-group'));
		expect(result.error?.message).toBe(
			"Tallyfy could not find the group with ID 'no-such-group' (404)",
		);
	});
});

describe('Group > Get Many', () => {
	it('searches and sorts with the documented parameters, one item per group', async () => {
		const result = await run({
			resource: 'group',
			operation: 'getAll',
			returnAll: true,
			include: ['users'],
			filters: { q: 'team', sort_by: 'name' },
		});
		expect(only().query).toEqual({
			q: 'team',
			sort_by: 'name',
			with: 'users',
			page: '1',
			per_page: '100',
		});
		const found = jsonOf(result);
		expect(found.map((g) => g.name)).toEqual(['Onboarding Team']);
		expect((found[0].users as { data: IDataObject[] }).data.map((u) => u.id)).toEqual([1001, 1002]);
	});
});

describe('Group > Update', () => {
	it('adds a member without wiping the others, reading the group first', async () => {
		const { groups } = t.sandbox.fixtures;
		const result = await run(
			group('update', groups.onboarding, { memberChange: 'add', memberIds: '1003, 1002' }),
		);
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${orgPath(`/groups/${groups.onboarding}`)}`,
			`PUT ${orgPath(`/groups/${groups.onboarding}`)}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			description: 'Runs client onboarding',
			members: [1001, 1002, 1003],
		});
		expect(jsonOf(result)[0]).toMatchObject({
			members: [1001, 1002, 1003],
			guests: ['gina@client.example'],
		});
	});

	it('renames and replaces guests in one PUT when nothing needs reading', async () => {
		const { groups } = t.sandbox.fixtures;
		const result = await run(
			group('update', groups.onboarding, {
				updateFields: { name: 'Onboarding Crew', description: 'Welcomes clients' },
				guestChange: 'replace',
				guestEmails: 'hank@client.example',
			}),
		);
		expect(only()).toMatchObject({
			method: 'PUT',
			body: {
				name: 'Onboarding Crew',
				description: 'Welcomes clients',
				guests: ['hank@client.example'],
			},
		});
		expect(jsonOf(result)[0]).toMatchObject({
			name: 'Onboarding Crew',
			members: [1001, 1002],
			guests: ['hank@client.example'],
		});
	});

	it('removes guests, and clears members with an empty replacement', async () => {
		const { groups } = t.sandbox.fixtures;
		const result = await run(
			group('update', groups.onboarding, {
				guestChange: 'remove',
				guestEmails: 'gina@client.example',
				memberChange: 'replace',
				memberIds: '',
			}),
		);
		expect(t.sandbox.requests[1].body).toEqual({
			description: 'Runs client onboarding',
			members: [],
			guests: [],
		});
		expect(jsonOf(result)[0]).toMatchObject({ members: [], guests: [] });
	});

	it('refuses an update that changes nothing, or a bad member ID, before any request', async () => {
		const { groups } = t.sandbox.fixtures;
		const nothing = await run(group('update', groups.finance));
		expect(nothing.error?.message).toBe('Nothing to update');
		const badId = await run(
			group('update', groups.finance, { memberChange: 'add', memberIds: 'sam' }),
		);
		expect(badId.error?.message).toBe(
			'The parameter "Member IDs" has "sam", which is not a member ID',
		);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Group > Delete', () => {
	it('deletes the group and reports it, as Tallyfy answers 204', async () => {
		const { groups } = t.sandbox.fixtures;
		const result = await run(group('delete', groups.finance));
		expect(only()).toMatchObject({ method: 'DELETE', path: orgPath(`/groups/${groups.finance}`) });
		expect(jsonOf(result)).toEqual([{ deleted: true, id: groups.finance }]);
		const again = await run(group('get', groups.finance));
		expect(again.error?.message).toBe(
			`Tallyfy could not find the group with ID '${groups.finance}' (404)`,
		);
	});
});

describe('Group list search', () => {
	it('searches groups by name', async () => {
		const found = await t.harness.listSearch(
			'searchGroups',
			{ credential: t.harness.pat(), parameters: { resource: 'group', operation: 'get' } },
			'fin',
		);
		expect(t.sandbox.requests[0].query).toEqual({ q: 'fin', page: '1', per_page: '50' });
		expect(found.results).toEqual([{ name: 'Finance', value: t.sandbox.fixtures.groups.finance }]);
	});
});
