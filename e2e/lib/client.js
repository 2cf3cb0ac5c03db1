'use strict';
// Talks to a running n8n the way a headless user would: owner setup or login (cookie), an API
// key, then n8n's public API (credentials, workflows, executions) and production webhooks.
// The editor's REST API (cookie) is used only where the public API has nothing: list searches.

class HttpFailure extends Error {
	constructor(method, url, status, body) {
		super(`${method} ${url} answered ${status}: ${JSON.stringify(body)?.slice(0, 500)}`);
		this.status = status;
		this.body = body;
	}
}

async function request(method, url, { body, headers = {}, expect = [200, 201], form } = {}) {
	const init = { method, headers: { ...headers } };
	if (form) {
		init.body = form;
	} else if (body !== undefined) {
		init.headers['content-type'] = 'application/json';
		init.body = JSON.stringify(body);
	}
	const response = await fetch(url, init);
	const text = await response.text();
	let parsed;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		parsed = text;
	}
	if (expect && !expect.includes(response.status)) {
		throw new HttpFailure(method, url, response.status, parsed);
	}
	return { status: response.status, body: parsed, headers: response.headers };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns something truthy; `check` may throw while waiting. */
async function waitFor(what, check, { timeoutMs = 20_000, intervalMs = 250 } = {}) {
	const end = Date.now() + timeoutMs;
	let lastError;
	for (;;) {
		try {
			const value = await check();
			if (value) return value;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() > end) {
			throw new Error(
				`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`,
			);
		}
		await sleep(intervalMs);
	}
}

const OWNER = {
	email: 'owner@tallyfy-n8n.example',
	firstName: 'Tallyfy',
	lastName: 'Owner',
	password: 'Tallyfy-n8n-2026',
};

class N8nClient {
	/** `major` is n8n's major version: 1.x names some endpoints differently. */
	constructor(url, { major = 2, apiKey = '', cookie = '' } = {}) {
		this.url = url.replace(/\/+$/, '');
		this.major = major;
		this.apiKey = apiKey;
		this.cookie = cookie;
	}

	async rest(method, path, options = {}) {
		const answer = await request(method, `${this.url}/rest${path}`, {
			...options,
			headers: { cookie: this.cookie, ...options.headers },
		});
		const setCookie = answer.headers.get('set-cookie');
		if (setCookie?.includes('n8n-auth=')) this.cookie = setCookie.split(';')[0];
		return answer.body;
	}

	async api(method, path, body, expect) {
		const answer = await request(method, `${this.url}/api/v1${path}`, {
			body,
			expect,
			headers: { 'X-N8N-API-KEY': this.apiKey },
		});
		return answer.body;
	}

	/** Creates the owner on a fresh instance, or logs in as the owner on a used one. */
	async signIn(owner = OWNER) {
		const settings = (await this.rest('GET', '/settings')).data;
		if (settings.userManagement.showSetupOnFirstLoad) {
			await this.rest('POST', '/owner/setup', { body: owner });
			return 'created';
		}
		await this.rest('POST', '/login', {
			// 2.x names the field emailOrLdapLoginId, 1.x email.
			body: { emailOrLdapLoginId: owner.email, email: owner.email, password: owner.password },
		});
		return 'signed-in';
	}

	/** A new API key with every scope the owner may grant (2.x requires an explicit list). */
	async createApiKey(label = `tallyfy-${Date.now()}`) {
		const scopes = (await this.rest('GET', '/api-keys/scopes')).data;
		const created = await this.rest('POST', '/api-keys', {
			body: { label, expiresAt: null, scopes },
		});
		this.apiKey = created.data.rawApiKey;
		return this.apiKey;
	}

	async listAll(path) {
		const records = [];
		let cursor;
		do {
			const query = `limit=250${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
			const page = await this.api('GET', `${path}${path.includes('?') ? '&' : '?'}${query}`);
			records.push(...page.data);
			cursor = page.nextCursor;
		} while (cursor);
		return records;
	}

	async createCredential(name, type, data) {
		// n8n 1.x's public-API schema demands allowedDomains unless this is given.
		const body = {
			name,
			type,
			data: this.major < 2 ? { allowedHttpRequestDomains: 'all', ...data } : data,
		};
		return await this.api('POST', '/credentials', body);
	}

	/** Creates the credential, or replaces the data of the one with this name and type. */
	async upsertCredential(name, type, data) {
		// n8n 1.x's public API cannot list credentials: there, always create.
		if (this.major < 2) return await this.createCredential(name, type, data);
		const existing = (await this.listAll('/credentials')).find(
			(credential) => credential.name === name && credential.type === type,
		);
		if (!existing) return await this.createCredential(name, type, data);
		await this.api('PATCH', `/credentials/${existing.id}`, { name, type, data });
		return existing;
	}

	/**
	 * n8n's credential test (the credential type's `test` request), by the public API on 2.x;
	 * 1.x has only the editor's endpoint, which needs the credential's data and a login.
	 */
	async testCredential(id, credential) {
		if (this.major >= 2) return await this.api('POST', `/credentials/${id}/test`);
		const answer = await this.rest('POST', '/credentials/test', {
			body: { credentials: { id, ...credential } },
		});
		return answer.data;
	}

	async createWorkflow(workflow) {
		const settings = {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'all',
			saveDataErrorExecution: 'all',
			saveManualExecutions: true,
			...workflow.settings,
		};
		return await this.api('POST', '/workflows', {
			name: workflow.name,
			nodes: workflow.nodes,
			connections: workflow.connections ?? {},
			settings,
		});
	}

	/** Publishes (2.x) or activates (1.x) a workflow: its triggers and webhooks go live. */
	async publish(id) {
		return await this.api('POST', `/workflows/${id}/${this.major >= 2 ? 'publish' : 'activate'}`);
	}

	async unpublish(id) {
		return await this.api(
			'POST',
			`/workflows/${id}/${this.major >= 2 ? 'unpublish' : 'deactivate'}`,
		);
	}

	/** Deletes a workflow; right after unpublishing, n8n answers 409 for a moment. */
	async deleteWorkflow(id) {
		return await waitFor(`deletion of workflow ${id}`, async () => {
			const answer = await request('DELETE', `${this.url}/api/v1/workflows/${id}`, {
				headers: { 'X-N8N-API-KEY': this.apiKey },
				expect: [200, 404, 409],
			});
			return answer.status !== 409;
		});
	}

	/** The workflow's executions, newest first, with their run data. */
	async executions(workflowId, { limit = 50, status } = {}) {
		const query = `workflowId=${workflowId}&includeData=true&limit=${limit}${status ? `&status=${status}` : ''}`;
		return (await this.api('GET', `/executions?${query}`)).data;
	}

	/**
	 * Calls a production webhook. Right after publishing, n8n may not route the path yet
	 * (404), so that is retried; every other answer is returned.
	 */
	async webhook(path, body, { method = 'POST', timeoutMs = 20_000 } = {}) {
		return await waitFor(
			`webhook /webhook/${path}`,
			async () => {
				const answer = await request(method, `${this.url}/webhook/${path}`, {
					body,
					expect: null,
				});
				return answer.status === 404 ? undefined : answer;
			},
			{ timeoutMs },
		);
	}

	/** A resource-locator list search, run by the main process as the editor would. */
	async listSearch({ nodeType, methodName, parameters, credentials, filter }) {
		const answer = await this.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
			body: {
				nodeTypeAndVersion: { name: nodeType, version: 1 },
				path: 'parameters.id',
				methodName,
				currentNodeParameters: parameters,
				credentials,
				filter,
			},
		});
		return answer.data;
	}

	/** Every node type the instance loaded (editor endpoint, cookie). */
	async nodeTypes() {
		const answer = await request('GET', `${this.url}/types/nodes.json`, {
			headers: { cookie: this.cookie },
		});
		return answer.body;
	}
}

module.exports = { N8nClient, HttpFailure, OWNER, request, waitFor, sleep };
