'use strict';
// What `npm start` (and the e2e setup) puts into a fresh n8n: the two Tallyfy credentials and
// the example workflows in examples/, wired to those credentials. Run again, it updates the
// credentials and adds only the examples that are missing, so a user's own edits survive.
const fs = require('fs');
const path = require('path');

const { ROOT } = require('./runtime');

const EXAMPLES_DIR = path.join(ROOT, 'examples');
const PACKAGE_PREFIX = 'n8n-nodes-tallyfy.';

const CREDENTIAL_NAMES = {
	tallyfyApi: 'Tallyfy personal access token',
	tallyfyOAuth2Api: 'Tallyfy client credentials',
};

/** Which credential type each value of the nodes' Authentication parameter uses. */
const AUTHENTICATION = { accessToken: 'tallyfyApi', oAuth2: 'tallyfyOAuth2Api' };

/** Credential data for the sandbox: its admin's personal token and its OAuth client. */
function sandboxCredentials(sandbox) {
	const f = sandbox.fixtures;
	return {
		tallyfyApi: {
			accessToken: f.tokens.admin,
			organizationId: f.orgId,
			baseUrl: `${sandbox.url}/api`,
		},
		tallyfyOAuth2Api: {
			tokenUrl: `${sandbox.url}/oauth/token`,
			clientId: f.client.id,
			clientSecret: f.client.secret,
			organizationId: f.orgId,
			baseUrl: `${sandbox.url}/api`,
			actAsUserEmail: '',
		},
	};
}

/**
 * Credential data for a real Tallyfy, from TALLYFY_* variables. The personal-token credential
 * needs TALLYFY_ACCESS_TOKEN; the client-credentials one TALLYFY_CLIENT_ID and _SECRET.
 */
function realCredentials(env = process.env) {
	const organizationId = env.TALLYFY_ORGANIZATION_ID ?? '';
	const baseUrl = env.TALLYFY_BASE_URL || 'https://go.tallyfy.com/api';
	const data = {};
	if (env.TALLYFY_ACCESS_TOKEN) {
		data.tallyfyApi = { accessToken: env.TALLYFY_ACCESS_TOKEN, organizationId, baseUrl };
	}
	if (env.TALLYFY_CLIENT_ID && env.TALLYFY_CLIENT_SECRET) {
		data.tallyfyOAuth2Api = {
			tokenUrl: env.TALLYFY_TOKEN_URL || 'https://go.tallyfy.com/oauth/token',
			clientId: env.TALLYFY_CLIENT_ID,
			clientSecret: env.TALLYFY_CLIENT_SECRET,
			organizationId,
			baseUrl,
			actAsUserEmail: env.TALLYFY_ACT_AS_EMAIL ?? '',
		};
	}
	return data;
}

function loadExamples() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({
			file,
			...JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')),
		}));
}

/**
 * An example made concrete: `@fixture:<path>` strings become sandbox ids (or empty, for the user
 * to pick, against a real Tallyfy), and every Tallyfy node gets the credential of its
 * Authentication choice.
 */
function materialize(example, { fixtures, credentials }) {
	const resolve = (value) => {
		if (typeof value === 'string' && value.startsWith('@fixture:')) {
			const found = value
				.slice('@fixture:'.length)
				.split('.')
				.reduce((node, key) => node?.[key], fixtures);
			return typeof found === 'string' ? found : '';
		}
		if (Array.isArray(value)) return value.map(resolve);
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
		}
		return value;
	};
	const nodes = resolve(example.nodes).map((node) => {
		if (!node.type.startsWith(PACKAGE_PREFIX)) return node;
		const type = AUTHENTICATION[node.parameters.authentication ?? 'accessToken'];
		const credential = credentials[type];
		return credential
			? { ...node, credentials: { [type]: { id: credential.id, name: credential.name } } }
			: node;
	});
	return { ...example, nodes };
}

/** The webhook and form URLs of a published example, for the start banner. */
function entryPoints(workflow, baseUrl) {
	const urls = [];
	for (const node of workflow.nodes) {
		if (node.type === 'n8n-nodes-base.webhook') {
			urls.push(
				`${node.parameters.httpMethod ?? 'GET'} ${baseUrl}/webhook/${node.parameters.path}`,
			);
		}
		if (node.type === 'n8n-nodes-base.formTrigger') {
			urls.push(`form ${baseUrl}/form/${node.parameters.options?.path ?? node.webhookId}`);
		}
	}
	return urls;
}

/**
 * Upserts the credentials and imports the missing examples. `tallyfy.sandbox`: point everything
 * at this sandbox and publish the examples; otherwise real-Tallyfy credentials from the
 * environment and examples left unpublished, since their ids must be picked first.
 */
async function provision(client, { tallyfy, publish = Boolean(tallyfy.sandbox), log = () => {} }) {
	const data = tallyfy.sandbox ? sandboxCredentials(tallyfy.sandbox) : realCredentials();
	const credentials = {};
	for (const [type, values] of Object.entries(data)) {
		const record = await client.upsertCredential(CREDENTIAL_NAMES[type], type, values);
		credentials[type] = { id: record.id, name: CREDENTIAL_NAMES[type] };
	}
	const existing = new Map(
		(await client.listAll('/workflows')).map((workflow) => [workflow.name, workflow]),
	);
	const examples = [];
	for (const example of loadExamples()) {
		let workflow = existing.get(example.name);
		if (!workflow) {
			workflow = await client.createWorkflow(
				materialize(example, { fixtures: tallyfy.sandbox?.fixtures ?? {}, credentials }),
			);
			log(`imported example workflow "${example.name}"`);
			if (publish) await client.publish(workflow.id);
		}
		examples.push({
			id: workflow.id,
			name: example.name,
			file: example.file,
			urls: entryPoints(workflow, client.url),
		});
	}
	return { credentials, examples };
}

module.exports = {
	CREDENTIAL_NAMES,
	provision,
	materialize,
	loadExamples,
	sandboxCredentials,
	realCredentials,
};
