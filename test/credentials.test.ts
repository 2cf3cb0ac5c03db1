import { jsonOf } from './harness';
import { useSandbox } from './harness/setup';

const t = useSandbox();

const getBlueprint = () => ({
	resource: 'blueprint',
	operation: 'get',
	blueprintId: { mode: 'id', value: t.sandbox.fixtures.blueprints.onboarding },
});

const tokenRequests = () => t.sandbox.requestsTo('/oauth/token', 'POST');

describe('personal access token credential', () => {
	it('passes the test for a good token and organization, reading the organization itself', async () => {
		const result = await t.harness.testCredential(t.harness.pat());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = t.sandbox.requests;
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`/api/organizations/${t.sandbox.fixtures.orgId}`);
		expect(request.headers).toMatchObject({
			authorization: `Bearer ${t.sandbox.fixtures.tokens.admin}`,
			accept: 'application/json',
			'x-tallyfy-client': 'APIClient',
		});
	});

	it('fails the test for a bad token, saying to create a new one', async () => {
		const result = await t.harness.testCredential(t.harness.pat({ accessToken: 'not-a-token' }));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/rejected the token \(401\).*create a new one/);
	});

	it('fails the test for an organization the user is not a member of', async () => {
		const result = await t.harness.testCredential(
			t.harness.pat({ organizationId: t.sandbox.fixtures.otherOrgId }),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/not a member of this organization \(403\).*Organization ID/);
	});

	it('fails the test for an organization that does not exist', async () => {
		const result = await t.harness.testCredential(
			t.harness.pat({ organizationId: '0'.repeat(32) }),
		);
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(/does not know this organization \(404\)/),
		});
	});

	it.each([
		['trailing slashes', (url: string) => `${url}/api///`],
		['a doubled /api', (url: string) => `${url}/api/api`],
		['no /api at all', (url: string) => url],
	])('normalises a base URL with %s', async (_, baseUrl) => {
		const credential = t.harness.pat({ baseUrl: baseUrl(t.sandbox.url) });
		expect(await t.harness.testCredential(credential)).toMatchObject({ status: 'OK' });
		const run = await t.harness.run({ credential, parameters: getBlueprint() });
		expect(run.status).toBe('success');
		expect(t.sandbox.requests.map((r) => r.routePath)).toEqual([
			`/organizations/${t.sandbox.fixtures.orgId}`,
			`/organizations/${t.sandbox.fixtures.orgId}/checklists/${t.sandbox.fixtures.blueprints.onboarding}`,
		]);
	});
});

describe('client credentials credential', () => {
	it('fetches a token form-encoded once and reuses it across two executions', async () => {
		const credential = t.harness.oauth();
		const first = await t.harness.run({ credential, parameters: getBlueprint() });
		const second = await t.harness.run({ credential, parameters: getBlueprint() });
		expect(jsonOf(first)[0].title).toBe('Client Onboarding');
		expect(jsonOf(second)[0].title).toBe('Client Onboarding');

		expect(tokenRequests()).toHaveLength(1);
		const [tokenRequest] = tokenRequests();
		expect(tokenRequest.headers['content-type']).toContain('application/x-www-form-urlencoded');
		expect(tokenRequest.body).toEqual({
			grant_type: 'client_credentials',
			client_id: t.sandbox.fixtures.client.id,
			client_secret: t.sandbox.fixtures.client.secret,
			scope: '*',
		});
		const token = t.harness.credentials.get(credential.id).data.accessToken as string;
		expect(token).toMatch(/^eyJ/);
		for (const request of t.sandbox.apiRequests()) {
			expect(request.headers.authorization).toBe(`Bearer ${token}`);
			expect(request.headers['x-tallyfy-client']).toBe('APIClient');
		}
	});

	it('fetches a new token once after Tallyfy revokes the old one, and retries the request', async () => {
		const credential = t.harness.oauth();
		await t.harness.run({ credential, parameters: getBlueprint() });
		const firstToken = t.harness.credentials.get(credential.id).data.accessToken;
		t.sandbox.revokeTokens({ kind: 'app' });

		const run = await t.harness.run({ credential, parameters: getBlueprint() });
		expect(run.status).toBe('success');
		expect(jsonOf(run)[0].id).toBe(t.sandbox.fixtures.blueprints.onboarding);
		expect(tokenRequests()).toHaveLength(2);
		const secondToken = t.harness.credentials.get(credential.id).data.accessToken;
		expect(secondToken).not.toBe(firstToken);
		const blueprintReads = t.sandbox.requestsTo('/checklists/');
		expect(blueprintReads.map((r) => r.headers.authorization)).toEqual([
			`Bearer ${firstToken}`,
			`Bearer ${firstToken}`,
			`Bearer ${secondToken}`,
		]);
	});

	it('acts as a user by exchanging the application token for that user’s token', async () => {
		const credential = t.harness.oauth({ actAsUserEmail: t.sandbox.fixtures.emails.standard });
		const run = await t.harness.run({ credential, parameters: getBlueprint() });
		expect(run.status).toBe('success');
		const exchange = t.sandbox.requestsTo('/users/', 'POST');
		expect(exchange).toHaveLength(1);
		expect(exchange[0].path).toBe(
			`/api/applications/${t.sandbox.fixtures.orgId}/users/${encodeURIComponent(t.sandbox.fixtures.emails.standard)}/token`,
		);
		const appToken = exchange[0].headers.authorization;
		const userToken = `Bearer ${t.harness.credentials.get(credential.id).data.accessToken as string}`;
		expect(appToken).toMatch(/^Bearer eyJ/);
		expect(userToken).not.toBe(appToken);
		expect(t.sandbox.requestsTo('/checklists/')[0].headers.authorization).toBe(userToken);
		expect(t.sandbox.state.tokens.get(userToken.slice(7))).toMatchObject({
			kind: 'user',
			userId: t.sandbox.fixtures.users.standard,
		});
	});

	it('passes the credential test and always mints a fresh token for it', async () => {
		const credential = t.harness.oauth();
		expect(await t.harness.testCredential(credential)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(await t.harness.testCredential(credential)).toMatchObject({ status: 'OK' });
		expect(tokenRequests()).toHaveLength(2);
	});

	it('explains a wrong secret without ever showing it', async () => {
		const wrongValue = `not-${t.sandbox.fixtures.client.secret}`;
		const credential = t.harness.oauth({ clientSecret: wrongValue });
		const test = await t.harness.testCredential(credential);
		expect(test.status).toBe('Error');
		expect(test.message).toMatch(/rejected the client ID or client secret \(invalid_client\)/);
		expect(test.message).not.toContain(wrongValue);

		const run = await t.harness.run({ credential, parameters: getBlueprint() });
		expect(run.status).toBe('error');
		expect(run.error?.message).toMatch(/rejected the client ID or client secret/);
		expect(JSON.stringify(run.error)).not.toContain(wrongValue);
		expect(JSON.stringify(run.error)).not.toContain(t.sandbox.fixtures.client.secret);
	});

	it('says which user cannot be acted as', async () => {
		const credential = t.harness.oauth({ actAsUserEmail: t.sandbox.fixtures.emails.otherOrgAdmin });
		const run = await t.harness.run({ credential, parameters: getBlueprint() });
		expect(run.error?.message).toBe(
			`Cannot act as ${t.sandbox.fixtures.emails.otherOrgAdmin}: the user exists but is not a member of this organization. Check "Act as User (Email)" and the Organization ID.`,
		);
	});
});
