import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

describe('Blueprint > Get', () => {
	it('reads a blueprint with its kick-off fields and the includes asked for', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'blueprint',
				operation: 'get',
				blueprintId: { mode: 'list', value: t.sandbox.fixtures.blueprints.onboarding },
				include: ['steps'],
			},
		});
		const [request] = t.sandbox.requests;
		expect(request.method).toBe('GET');
		expect(request.path).toBe(
			`/api/organizations/${t.sandbox.fixtures.orgId}/checklists/${t.sandbox.fixtures.blueprints.onboarding}`,
		);
		expect(request.query).toEqual({ with: 'steps' });
		const [blueprint] = jsonOf(run);
		expect(blueprint.title).toBe('Client Onboarding');
		expect((blueprint.prerun as Array<{ field_type: string }>).map((f) => f.field_type)).toEqual([
			'text',
			'textarea',
			'email',
			'date',
			'radio',
			'dropdown',
			'multiselect',
			'table',
			'file',
			'assignees_form',
		]);
		expect(
			(blueprint.steps as { data: Array<{ title: string }> }).data.map((s) => s.title),
		).toEqual(['Welcome call', 'Approve contract', 'Kick-off meeting']);
	});

	it('refuses an empty blueprint before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'blueprint',
				operation: 'get',
				blueprintId: { mode: 'id', value: '={{ "" }}' },
			},
		});
		expect(run.error?.message).toBe('The parameter "Blueprint" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Blueprint > Get Many', () => {
	it('searches with the documented filters, one item per blueprint', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'blueprint',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				filters: { q: 'on', type: 'procedure' },
			},
		});
		expect(t.sandbox.requests[0].query).toEqual({
			q: 'on',
			type: 'procedure',
			page: '1',
			per_page: '5',
		});
		expect(jsonOf(run).map((b) => b.title)).toEqual(['Client Onboarding']);
		expect(Object.keys(jsonOf(run)[0]).sort()).toEqual([
			'archived_at',
			'created_at',
			'id',
			'is_published_state',
			'last_updated',
			'owner_id',
			'status',
			'steps_count',
			'summary',
			'title',
			'type',
		]);
	});

	it('lists only archived blueprints when asked, with every field when not simplified', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'blueprint',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { archived: 'only' },
			},
		});
		expect(t.sandbox.requests[0].query).toMatchObject({ archived: 'only' });
		expect(jsonOf(run)).toEqual([expect.objectContaining({ title: 'Old Policy', prerun: [] })]);
	});
});
