import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';
import { actionHelpers } from '../support/actions';

const t = useSandbox();

const { orgPath, run, only } = actionHelpers(t);

const tagParameters = (operation: string, tag: string, extra: IDataObject = {}) => ({
	resource: 'tag',
	operation,
	tagId: { mode: 'id', value: tag },
	...extra,
});

const onBlueprint = (operation: string, tag: string, blueprint?: string) =>
	tagParameters(operation, tag, {
		blueprintId: { mode: 'list', value: blueprint ?? t.sandbox.fixtures.blueprints.onboarding },
	});

const onProcess = (operation: string, tag: string) =>
	tagParameters(operation, tag, {
		processId: { mode: 'id', value: t.sandbox.fixtures.processes.initech },
	});

describe('Tag > Create', () => {
	it('posts the title and color and returns the tag', async () => {
		const result = await run({
			resource: 'tag',
			operation: 'create',
			title: 'legal',
			color: '#00803d',
		});
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe(orgPath('/tags'));
		expect(request.body).toEqual({ title: 'legal', color: '#00803d' });
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: expect.stringMatching(/^[0-9a-f]{32}$/),
				title: 'legal',
				color: '#00803d',
				auto_generated: false,
			}),
		]);
	});

	it('refuses a title over 30 characters or a color that is not #rrggbb before any request', async () => {
		const long = await run({ resource: 'tag', operation: 'create', title: 't'.repeat(31) });
		expect(long.error?.message).toBe('The parameter "Title" is longer than 30 characters');
		for (const color of ['#f53', 'red', '#ff5733aa']) {
			const bad = await run({ resource: 'tag', operation: 'create', title: 'legal', color });
			expect(bad.error?.message).toBe(`The parameter "Color" is not a #rrggbb color: "${color}"`);
			expect(bad.error?.description).toBe(
				'Use a hex color of exactly seven characters, such as #3498db.',
			);
		}
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes Tallyfy’s refusal of a taken title through', async () => {
		const result = await run({ resource: 'tag', operation: 'create', title: 'Urgent' });
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): title: The title has already been taken.',
		);
	});
});

describe('Tag > Get', () => {
	it('reads a tag with its usage statistics', async () => {
		const { tags } = t.sandbox.fixtures;
		await run(onBlueprint('tagBlueprint', tags.vip));
		t.sandbox.requests.length = 0;
		const result = await run(tagParameters('get', tags.vip, { includeStatistics: true }));
		const request = only();
		expect(request.path).toBe(orgPath(`/tags/${tags.vip}`));
		expect(request.query).toEqual({ with: 'statistics' });
		expect(jsonOf(result)[0]).toMatchObject({
			id: tags.vip,
			title: 'vip',
			statistics: {
				data: { active_template: 1, archived_template: 0, active_process: 0, archived_process: 0 },
			},
		});
	});
});

describe('Tag > Get Many', () => {
	it('sends the documented filters and returns one item per tag', async () => {
		const result = await run({
			resource: 'tag',
			operation: 'getAll',
			returnAll: true,
			includeStatistics: true,
			filters: { q: 'q', all: true, sort: '-created_at' },
		});
		expect(only().query).toEqual({
			q: 'q',
			all: 'true',
			sort: '-created_at',
			with: 'statistics',
			page: '1',
			per_page: '100',
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ title: 'q4', color: '#1e88e5', statistics: expect.any(Object) }),
		]);
	});

	it('stops at the limit', async () => {
		const result = await run({ resource: 'tag', operation: 'getAll', limit: 2 });
		expect(only().query).toEqual({ page: '1', per_page: '2' });
		expect(jsonOf(result).map((tag) => tag.title)).toEqual(['q4', 'urgent']);
	});
});

describe('Tag > Update', () => {
	it('keeps the current title Tallyfy requires when only the color changes', async () => {
		const { tags } = t.sandbox.fixtures;
		const result = await run(
			tagParameters('update', tags.vip, { updateFields: { color: '#000000' } }),
		);
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${orgPath(`/tags/${tags.vip}`)}`,
			`PUT ${orgPath(`/tags/${tags.vip}`)}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({ title: 'vip', color: '#000000' });
		expect(jsonOf(result)[0]).toMatchObject({ title: 'vip', color: '#000000' });
	});

	it('sends a new title in one PUT', async () => {
		const { tags } = t.sandbox.fixtures;
		const result = await run(
			tagParameters('update', tags.q4, { updateFields: { title: 'Q4 2026' } }),
		);
		expect(only().body).toEqual({ title: 'Q4 2026' });
		expect(jsonOf(result)[0]).toMatchObject({ title: 'Q4 2026', color: '#1e88e5' });
	});

	it('refuses an update without a title or color', async () => {
		const result = await run(
			tagParameters('update', t.sandbox.fixtures.tags.q4, { updateFields: {} }),
		);
		expect(result.error?.message).toBe('No fields to update');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Tag > Delete', () => {
	it('deletes the tag and reports it, as Tallyfy answers 204', async () => {
		const { tags } = t.sandbox.fixtures;
		const result = await run(tagParameters('delete', tags.q4));
		expect(only()).toMatchObject({ method: 'DELETE', path: orgPath(`/tags/${tags.q4}`) });
		expect(jsonOf(result)).toEqual([{ deleted: true, id: tags.q4 }]);
	});
});

describe('Tag > Tag and Untag Blueprint', () => {
	it('tags a blueprint through the shared association endpoint', async () => {
		const { tags, blueprints } = t.sandbox.fixtures;
		const result = await run(onBlueprint('tagBlueprint', tags.urgent));
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe(orgPath('/checklists/tags'));
		expect(request.body).toEqual({
			subject_id: blueprints.onboarding,
			subject_type: 'Checklist',
			tag_id: tags.urgent,
			tag_type: 'private',
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: expect.stringMatching(/^[0-9a-f]{32}$/),
				tag_id: tags.urgent,
				subject_id: blueprints.onboarding,
				subject_type: 'Checklist',
			}),
		]);
	});

	it('passes Tallyfy’s refusal to tag an archived blueprint through', async () => {
		const { tags, blueprints } = t.sandbox.fixtures;
		const result = await run(onBlueprint('tagBlueprint', tags.urgent, blueprints.archived));
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): subject_id: Subject not found',
		);
	});

	it('untags by the tag: finds the association in with=tags and deletes it', async () => {
		const { tags, blueprints } = t.sandbox.fixtures;
		await run(onBlueprint('tagBlueprint', tags.urgent));
		const [vip] = jsonOf(await run(onBlueprint('tagBlueprint', tags.vip)));
		t.sandbox.requests.length = 0;

		const result = await run(onBlueprint('untagBlueprint', tags.vip));
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${orgPath(`/checklists/${blueprints.onboarding}`)}`,
			`DELETE ${orgPath(`/checklists/tags/${String(vip.id)}`)}`,
		]);
		expect(t.sandbox.requests[0].query).toEqual({ with: 'tags' });
		expect(jsonOf(result)).toEqual([
			{
				deleted: true,
				id: vip.id,
				tag_id: tags.vip,
				subject_type: 'Checklist',
				subject_id: blueprints.onboarding,
			},
		]);

		t.sandbox.requests.length = 0;
		const again = await run(onBlueprint('untagBlueprint', tags.vip));
		expect(again.error?.message).toBe(
			`The blueprint ${blueprints.onboarding} does not have the tag ${tags.vip}`,
		);
		expect(again.error?.description).toBe(`Its tags are: "urgent" (${tags.urgent}).`);
		expect(t.sandbox.requests.map((r) => r.method)).toEqual(['GET']);
	});
});

describe('Tag > Tag and Untag Process', () => {
	it('tags and untags a process', async () => {
		const { tags, processes } = t.sandbox.fixtures;
		const tagged = await run(onProcess('tagProcess', tags.q4));
		expect(only().body).toEqual({
			subject_id: processes.initech,
			subject_type: 'Run',
			tag_id: tags.q4,
			tag_type: 'private',
		});
		const association = jsonOf(tagged)[0];
		t.sandbox.requests.length = 0;

		const result = await run(onProcess('untagProcess', tags.q4));
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${orgPath(`/runs/${processes.initech}`)}`,
			`DELETE ${orgPath(`/checklists/tags/${String(association.id)}`)}`,
		]);
		expect(jsonOf(result)[0]).toMatchObject({
			deleted: true,
			id: association.id,
			subject_type: 'Run',
		});
	});

	it('says the process has no tags when there is nothing to untag', async () => {
		const { tags, processes } = t.sandbox.fixtures;
		const result = await run(onProcess('untagProcess', tags.q4));
		expect(result.error?.message).toBe(
			`The process ${processes.initech} does not have the tag ${tags.q4}`,
		);
		expect(result.error?.description).toBe('The process has no tags.');
	});
});

describe('Tag list search', () => {
	it('searches tags by title', async () => {
		const found = await t.harness.listSearch(
			'searchTags',
			{ credential: t.harness.pat(), parameters: { resource: 'tag', operation: 'get' } },
			'vi',
		);
		expect(t.sandbox.requests[0].query).toEqual({ q: 'vi', page: '1', per_page: '50' });
		expect(found.results).toEqual([{ name: 'vip', value: t.sandbox.fixtures.tags.vip }]);
	});
});
