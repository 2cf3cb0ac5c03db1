import type { ICredentialType, INodeType } from 'n8n-workflow';

import pkg from '../package.json';
import { listFiles, load } from './support/files';

describe('the package n8n installs', () => {
	it('is a community node package with no runtime dependencies', () => {
		expect(pkg).toMatchObject({
			name: 'n8n-nodes-tallyfy',
			license: 'MIT',
			files: ['dist'],
			peerDependencies: { 'n8n-workflow': '*' },
			n8n: { n8nNodesApiVersion: 1, strict: true },
		});
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg).not.toHaveProperty('dependencies');
		expect(pkg.devDependencies['n8n-workflow']).toBe('2.41.0');
		expect(pkg.devDependencies['n8n-core']).toBe('2.41.1');
	});

	it('builds every registered node and credential into dist, and loads them', () => {
		const built = listFiles('dist');
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			expect(built).toContain(file);
			const exported = Object.values(load(file));
			expect(exported).toHaveLength(1);
		}
		const nodes = pkg.n8n.nodes.map(
			(file) => new (Object.values(load(file))[0] as new () => INodeType)(),
		);
		expect(nodes.map((node) => node.description.name)).toEqual(
			expect.arrayContaining(['tallyfy', 'tallyfyTrigger', 'tallyfyPollingTrigger']),
		);
		expect(
			nodes.find((node) => node.description.name === 'tallyfy')?.description.usableAsTool,
		).toBe(true);
		const triggers = nodes.filter((node) => node.description.group.includes('trigger'));
		expect(triggers.map((node) => node.description.name).sort()).toEqual([
			'tallyfyPollingTrigger',
			'tallyfyTrigger',
		]);
		for (const trigger of triggers) {
			expect(trigger.description.usableAsTool).toBeUndefined();
			expect(trigger.description.inputs).toEqual([]);
		}
		expect(triggers.find((node) => node.description.polling)?.description.name).toBe(
			'tallyfyPollingTrigger',
		);
		expect(triggers.find((node) => node.description.webhooks)?.description.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		]);
		const credentials = pkg.n8n.credentials.map(
			(file) => new (Object.values(load(file))[0] as new () => ICredentialType)(),
		);
		expect(credentials.map((credential) => credential.name).sort()).toEqual([
			'tallyfyApi',
			'tallyfyOAuth2Api',
		]);
	});

	it('ships the icons and codex files next to the compiled nodes, and nothing from test/', () => {
		const built = listFiles('dist');
		expect(built).toEqual(
			expect.arrayContaining(['dist/icons/tallyfy.svg', 'dist/icons/tallyfy.dark.svg']),
		);
		for (const node of pkg.n8n.nodes) expect(built).toContain(`${node}on`);
		expect(
			built.filter((file) => file.startsWith('dist/test') || file.includes('sandbox')),
		).toEqual([]);
	});
});
