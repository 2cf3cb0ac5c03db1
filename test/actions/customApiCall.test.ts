import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const call = (parameters: IDataObject) => ({
	resource: 'customApiCall',
	operation: 'call',
	...parameters,
});
const org = () => `/organizations/${t.sandbox.fixtures.orgId}`;

describe('Custom API Call', () => {
	it('sends a GET under the organization with the query parameters, one item per record', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({
				method: 'GET',
				path: `runs/${initech}/tasks`,
				queryParameters: {
					parameter: [
						{ name: 'sort', value: 'position' },
						{ name: 'with', value: 'step' },
					],
				},
			}),
		});
		const [request] = t.sandbox.requests;
		expect([request.method, request.path, request.query]).toEqual([
			'GET',
			`/api${org()}/runs/${initech}/tasks`,
			{ sort: 'position', with: 'step' },
		]);
		expect(request.headers.authorization).toBe(`Bearer ${t.sandbox.fixtures.tokens.admin}`);
		expect(request.headers['x-tallyfy-client']).toBe('APIClient');
		expect(jsonOf(run).map((task) => task.title)).toEqual([
			'Welcome call',
			'Approve contract',
			'Kick-off meeting',
		]);
		expect((jsonOf(run)[0].step as IDataObject).data).toMatchObject({ alias: 'welcome' });
	});

	it('reaches root endpoints such as /me', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'GET', scope: 'root', path: '/me' }),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/me']);
		expect(jsonOf(run)[0]).toMatchObject({ email: t.sandbox.fixtures.emails.admin });
	});

	it('sends a JSON body with POST', async () => {
		const taskId = t.sandbox.taskId(null, 'Approve budget exception');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({
				method: 'POST',
				path: `/tasks/${taskId}/comment`,
				body: '{ "content": "Checked by the bot", "state": "open" }',
			}),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.body])).toEqual([
			[
				'POST',
				`${org()}/tasks/${taskId}/comment`,
				{ content: 'Checked by the bot', state: 'open' },
			],
		]);
		expect(jsonOf(run)[0]).toMatchObject({ content: 'Checked by the bot', task_id: taskId });
	});

	it('takes a body object from an expression', async () => {
		const taskId = t.sandbox.taskId(null, 'Approve budget exception');
		await t.harness.run(
			{
				credential: t.harness.pat(),
				parameters: call({
					method: 'POST',
					path: `/tasks/${taskId}/comment`,
					body: '={{ { content: $json.note } }}',
				}),
			},
			[{ note: 'From the previous node' }],
		);
		expect(t.sandbox.requests[0].body).toEqual({ content: 'From the previous node' });
	});

	it('sends no body for an empty JSON object', async () => {
		await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'PUT', path: '/tasks/nothing', body: '{}' }),
			continueOnFail: true,
		});
		expect(t.sandbox.requests[0].body).toBeUndefined();
		expect(t.sandbox.requests[0].headers['content-type']).toBeUndefined();
	});

	it('URL-encodes each part of the path, once', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'GET', path: '/guests/gina@client.example' }),
		});
		await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'GET', path: '/guests/gina%40client.example' }),
		});
		expect(t.sandbox.requests.map((r) => r.path)).toEqual(
			Array(2).fill(`/api${org()}/guests/gina%40client.example`),
		);
		expect(jsonOf(run)[0]).toMatchObject({ email: 'gina@client.example' });
	});

	it('returns the whole answer with Full Response', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({
				method: 'GET',
				path: '/runs',
				queryParameters: { parameter: [{ name: 'per_page', value: '2' }] },
				options: { fullResponse: true },
			}),
		});
		const [answer] = jsonOf(run);
		expect(run.items).toHaveLength(1);
		expect(answer.data).toHaveLength(2);
		expect(answer.meta).toMatchObject({ pagination: { per_page: 2, current_page: 1, total: 3 } });
	});

	it('retries and explains failures like every other operation', async () => {
		t.sandbox.fault({ status: 503, times: 1, path: '/runs/' });
		const retried = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'GET', path: `/runs/${t.sandbox.fixtures.processes.globex}` }),
		});
		expect(retried.status).toBe('success');
		expect(t.sandbox.requestsTo('/runs/')).toHaveLength(2);
		const missing = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'GET', path: '/runs/0000' }),
		});
		expect(missing.error?.message).toBe("Tallyfy could not find the process with ID '0000' (404)");
	});

	it.each([
		['https://evil.example/steal', 'The parameter "Path" must be a path, not a full URL'],
		['//evil.example/steal', 'The parameter "Path" must be a path, not a full URL'],
		['javascript:alert(1)', 'The parameter "Path" must be a path, not a full URL'],
		['/runs\\..\\..\\me', 'The parameter "Path" must be a path, not a full URL'],
		['/runs/../../oauth/token', 'The parameter "Path" must not contain "." or ".." segments'],
		['/runs/%2e%2e/%2E%2E/me', 'The parameter "Path" must not contain "." or ".." segments'],
		['/runs?status=active', 'The parameter "Path" contains a query string'],
		['/runs/%zz', 'The parameter "Path" has a malformed %-escape'],
		['/organizations/abc/runs', 'The parameter "Path" already starts with /organizations'],
		['={{ "/" }}', 'The parameter "Path" is empty'],
	])('refuses the path %s before any request', async (path, message) => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'GET', path }),
		});
		expect(run.error?.message).toBe(message);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses a body that is not JSON before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({ method: 'POST', path: '/tags', body: '{ title: ' }),
		});
		expect(run.error?.message).toBe('The parameter "Body (JSON)" is not valid JSON');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses a query parameter without a name before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: call({
				method: 'GET',
				path: '/runs',
				queryParameters: { parameter: [{ name: ' ', value: 'x' }] },
			}),
		});
		expect(run.error?.message).toBe('A query parameter in "Query Parameters" has no name');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});
