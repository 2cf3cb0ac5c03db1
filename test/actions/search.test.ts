import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const search = (operation: string, parameters: IDataObject) => ({
	resource: 'search',
	operation,
	...parameters,
});
const searchPath = () => `/organizations/${t.sandbox.fixtures.orgId}/search`;
const tasksTitled = (part: string) =>
	[...t.sandbox.state.tasks.values()].filter((task) =>
		String(task.title).toLowerCase().includes(part),
	);

describe('Search > Everything', () => {
	it('searches the default types in one request, one item per hit with its type', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search('everything', { search: 'onboarding' }),
		});
		expect(t.sandbox.requests.map((r) => [r.method, r.routePath, r.query])).toEqual([
			[
				'GET',
				searchPath(),
				{ search: 'onboarding', on: 'blueprint,process,task,snippet', page: '1', per_page: '50' },
			],
		]);
		expect(jsonOf(run).map((hit) => [hit.search_type, hit.title ?? hit.name])).toEqual([
			['blueprint', 'Client Onboarding'],
			['process', 'Onboarding - Globex'],
			['process', 'Onboarding - Initech'],
			['snippet', 'Welcome email'],
		]);
		expect(jsonOf(run)[0]).toMatchObject({
			id: t.sandbox.fixtures.blueprints.onboarding,
			type: 'procedure',
		});
	});

	it('pages until the last page of every type, without repeating the shorter ones', async () => {
		const tasks = tasksTitled('o');
		expect(tasks.length).toBeGreaterThan(200);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search('everything', {
				search: 'o',
				types: ['process', 'task'],
				returnAll: true,
			}),
		});
		const pages = Math.ceil(tasks.length / 100);
		expect(t.sandbox.requests.map((r) => r.query)).toEqual(
			Array.from({ length: pages }, (_, index) => ({
				search: 'o',
				on: 'process,task',
				page: String(index + 1),
				per_page: '100',
			})),
		);
		const hits = jsonOf(run);
		expect(hits.filter((hit) => hit.search_type === 'process').map((hit) => hit.name)).toEqual([
			'Onboarding - Globex',
			'Onboarding - Initech',
			'Purchase - Laptops',
		]);
		const taskIds = hits.filter((hit) => hit.search_type === 'task').map((hit) => hit.id);
		expect(new Set(taskIds)).toEqual(new Set(tasks.map((task) => task.id)));
		expect(taskIds).toHaveLength(tasks.length);
	});

	it('searches steps and form fields when asked', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search('everything', { search: 'order', types: ['step', 'capture'] }),
		});
		expect(t.sandbox.requests[0].query.on).toBe('step,capture');
		expect(jsonOf(run).map((hit) => [hit.search_type, hit.title ?? hit.label])).toEqual([
			['step', 'Place order'],
			['capture', 'Order Number'],
		]);
	});

	it('refuses an empty type list before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search('everything', { search: 'onboarding', types: [] }),
		});
		expect(run.error?.message).toBe('The parameter "Types" is empty');
		expect(run.error?.description).toBe('Choose at least one kind of record to search.');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses an empty search term before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search('everything', { search: '={{ "  " }}' }),
		});
		expect(run.error?.message).toBe('The parameter "Search Term" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Search > Tasks', () => {
	it('reads every page of 100, one item per task', async () => {
		const leads = tasksTitled('lead');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search('tasks', { search: 'lead', returnAll: true }),
		});
		expect(t.sandbox.requests.map((r) => [r.routePath, r.query])).toEqual(
			[1, 2, 3].map((page) => [
				searchPath(),
				{ search: 'lead', on: 'task', page: String(page), per_page: '100' },
			]),
		);
		expect(jsonOf(run).map((hit) => hit.id)).toEqual(leads.map((task) => task.id));
		expect(jsonOf(run).every((hit) => hit.search_type === 'task')).toBe(true);
	});

	it('stops after one request once the Limit is reached', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search('tasks', { search: 'lead', returnAll: false, limit: 30 }),
		});
		expect(jsonOf(run)).toHaveLength(30);
		expect(t.sandbox.requests.map((r) => r.query)).toEqual([
			{ search: 'lead', on: 'task', page: '1', per_page: '30' },
		]);
	});
});

describe.each([
	['blueprints', 'blueprint', 'purchase', ['Purchase Request']],
	['processes', 'process', 'laptop', ['Purchase - Laptops']],
	['snippets', 'snippet', 'NDA', ['NDA reminder']],
])('Search > %s', (operation, on, term, names) => {
	it(`searches only ${on} records`, async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: search(operation, { search: term }),
		});
		expect(t.sandbox.requests.map((r) => [r.routePath, r.query])).toEqual([
			[searchPath(), { search: term, on, page: '1', per_page: '50' }],
		]);
		expect(jsonOf(run).map((hit) => [hit.search_type, hit.title ?? hit.name])).toEqual(
			names.map((name) => [on, name]),
		);
	});
});
