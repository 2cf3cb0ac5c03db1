import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

describe('Organization > Get', () => {
	it('reads the organization of the credential', async () => {
		const result = await t.harness.run({
			credential: t.harness.pat(),
			parameters: { resource: 'organization', operation: 'get' },
		});
		expect(t.sandbox.requests).toHaveLength(1);
		const [request] = t.sandbox.requests;
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`/api/organizations/${t.sandbox.fixtures.orgId}`);
		expect(request.query).toEqual({});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: t.sandbox.fixtures.orgId, name: 'Acme Operations' }),
		]);
	});

	it('names the organization ID Tallyfy does not know', async () => {
		const result = await t.harness.run({
			credential: t.harness.pat({ organizationId: '0123456789abcdef0123456789abcdef' }),
			parameters: { resource: 'organization', operation: 'get' },
		});
		expect(result.error?.message).toBe(
			"Tallyfy could not find the organization with ID '0123456789abcdef0123456789abcdef' (404)",
		);
	});

	it('says so when the user does not belong to the organization', async () => {
		const result = await t.harness.run({
			credential: t.harness.pat({ organizationId: t.sandbox.fixtures.otherOrgId }),
			parameters: { resource: 'organization', operation: 'get' },
		});
		expect(result.error?.message).toBe(
			"Your Tallyfy user is not allowed to do this (403): You don't have access to this organization.",
		);
	});
});

describe('Organization > Get Many', () => {
	it('lists the user’s organizations from /me/organizations, simplified', async () => {
		const result = await t.harness.run({
			credential: t.harness.pat(),
			parameters: { resource: 'organization', operation: 'getAll', returnAll: true },
		});
		expect(t.sandbox.requests).toHaveLength(1);
		const [request] = t.sandbox.requests;
		expect(request.path).toBe('/api/me/organizations');
		expect(request.query).toEqual({ page: '1', per_page: '100' });
		const organizations = jsonOf(result);
		expect(organizations.map((o) => o.name)).toEqual(['Acme Operations', 'Acme Labs']);
		expect(organizations[0]).toEqual({
			id: t.sandbox.fixtures.orgId,
			name: 'Acme Operations',
			slug: 'acme-operations',
			timezone: 'UTC',
			users_count: 5,
			user_role: 'admin',
			user_status: 'active',
			created_on: expect.any(String),
			last_updated: expect.any(String),
		});
	});

	it('stops at the limit and keeps every field without Simplify', async () => {
		const result = await t.harness.run({
			credential: t.harness.pat(),
			parameters: { resource: 'organization', operation: 'getAll', limit: 1, simplify: false },
		});
		expect(t.sandbox.requests).toHaveLength(1);
		expect(t.sandbox.requests[0].query).toEqual({ page: '1', per_page: '1' });
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				name: 'Acme Operations',
				joined_on: expect.any(String),
				org_logo: null,
			}),
		]);
	});
});
