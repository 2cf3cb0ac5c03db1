import { credentialData, env, n8n, sandbox, uniqueId, type CredentialType } from './support/e2e';

beforeAll(async () => {
	// n8n 1.x tests credentials only through the editor's endpoint, which needs a login.
	await n8n.signIn();
});

/** n8n's own credential test (the Test button), run by the n8n server against the sandbox. */
async function testCredential(type: CredentialType, overrides: Record<string, unknown> = {}) {
	const name = `e2e test ${uniqueId().slice(0, 8)}`;
	const data = await credentialData(type, overrides);
	const credential = await n8n.createCredential(name, type, data);
	return await n8n.testCredential(credential.id, { name, type, data });
}

/**
 * A failed test with the pack's message. n8n 1.x's tester applies the credential's
 * status-code rules only when it finds the HTTP answer at `error.cause.response`, which it does
 * not here, so it shows its generic texts ("Forbidden - perhaps check your credentials?"):
 * there only the outcome is checked.
 */
function expectRefusal(result: { status: string; message: string }, message: string | RegExp) {
	expect(result.status).toBe('Error');
	if (env.major < 2) return;
	if (typeof message === 'string') expect(result.message).toBe(message);
	else expect(result.message).toMatch(message);
}

describe.each<CredentialType>(['tallyfyApi', 'tallyfyOAuth2Api'])(
	'the %s credential in n8n',
	(type) => {
		it('passes n8n’s credential test against the sandbox, reading the organization', async () => {
			const f = await sandbox.fixtures();
			const before = (await sandbox.requests()).length;
			expect(await testCredential(type)).toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			const sent = await sandbox.requestsSince(before);
			const read = sent.filter((r) => r.routePath === `/organizations/${f.orgId}`);
			expect(read).toHaveLength(1);
			expect(read[0].method).toBe('GET');
			expect(read[0].headers).toMatchObject({
				accept: 'application/json',
				'x-tallyfy-client': 'APIClient',
				authorization: expect.stringMatching(/^Bearer \S+$/),
			});
		});

		it('fails the test for an organization the credential may not use, naming the Organization ID', async () => {
			const f = await sandbox.fixtures();
			expectRefusal(
				await testCredential(type, { organizationId: f.otherOrgId }),
				'The token works, but its user is not a member of this organization (403). Check the Organization ID under Settings > Organization in Tallyfy.',
			);
		});

		it('fails the test for an organization that does not exist', async () => {
			expectRefusal(
				await testCredential(type, { organizationId: '0'.repeat(32) }),
				/^Tallyfy does not know this organization \(404\)/,
			);
		});
	},
);

describe('wrong secrets', () => {
	it('fails the personal-token test for a wrong token, saying to create a new one', async () => {
		const f = await sandbox.fixtures();
		expectRefusal(
			await testCredential('tallyfyApi', { accessToken: `${f.tokens.admin}-unknown` }),
			'Tallyfy rejected the token (401). It is wrong, expired or was revoked: create a new one and paste it into this credential.',
		);
	});

	it('fails the client-credentials test for a wrong secret without echoing it', async () => {
		// This message comes from the credential's own token request, so n8n 1.x shows it too.
		const f = await sandbox.fixtures();
		const wrong = `${f.client.secret}-wrong`;
		const result = await testCredential('tallyfyOAuth2Api', { clientSecret: wrong });
		expect(result.status).toBe('Error');
		expect(result.message).toContain(
			'Tallyfy rejected the client ID or client secret (invalid_client). Check both values; Tallyfy Support issues them.',
		);
		expect(result.message).not.toContain(wrong);
	});
});
