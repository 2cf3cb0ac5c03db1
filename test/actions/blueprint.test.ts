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

const blueprintRun = (
	operation: string,
	parameters: Record<string, unknown>,
	credential = t.harness.pat(),
) => t.harness.run({ credential, parameters: { resource: 'blueprint', operation, ...parameters } });
const byId = (value: string) => ({ mode: 'id', value });
const org = () => `/organizations/${t.sandbox.fixtures.orgId}`;
const calls = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);

describe('Blueprint > Create', () => {
	it('creates a blueprint with its type and the additional fields that were set', async () => {
		const run = await blueprintRun('create', {
			title: 'Vendor Review',
			type: 'form',
			additionalFields: { summary: 'Yearly review', starred: true, owner_id: 0, guidance: '' },
		});
		expect(calls()).toEqual([`POST ${org()}/checklists`]);
		expect(t.sandbox.requests[0].body).toEqual({
			title: 'Vendor Review',
			type: 'form',
			summary: 'Yearly review',
			starred: true,
		});
		const [blueprint] = jsonOf(run);
		expect(blueprint).toMatchObject({ title: 'Vendor Review', type: 'form', starred: true });
		expect(t.sandbox.state.checklists.get(blueprint.id as string)?.summary).toBe('Yearly review');
	});

	it.each([
		['an empty title', '={{ "  " }}', 'The parameter "Title" is empty'],
		['a title over 250 characters', 'x'.repeat(251), 'The title is longer than 250 characters'],
	])('refuses %s before any request', async (_case, title, message) => {
		const run = await blueprintRun('create', { title, type: 'procedure' });
		expect(run.error?.message).toBe(message);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('tells a light member which role changing blueprints needs', async () => {
		const run = await blueprintRun(
			'create',
			{ title: 'Nope', type: 'procedure' },
			t.harness.pat({ accessToken: t.sandbox.fixtures.tokens.light }),
		);
		expect(run.error?.message).toMatch(/^Your Tallyfy user is not allowed to do this \(403\)/);
		expect(run.error?.description).toMatch(/light members cannot edit blueprints/);
	});
});

describe('Blueprint > Update', () => {
	it('sends the current title, members and groups with the change, so none is lost', async () => {
		const id = t.sandbox.fixtures.blueprints.onboarding;
		const stored = t.sandbox.state.checklists.get(id)!;
		stored.users = [t.sandbox.fixtures.users.standard];
		stored.groups = [t.sandbox.fixtures.groups.finance];
		const run = await blueprintRun('update', {
			blueprintId: byId(id),
			updateFields: { summary: 'New summary', webhook: 'https://example.com/hook' },
		});
		expect(calls()).toEqual([`GET ${org()}/checklists/${id}`, `PUT ${org()}/checklists/${id}`]);
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Client Onboarding',
			users: [t.sandbox.fixtures.users.standard],
			groups: [t.sandbox.fixtures.groups.finance],
			summary: 'New summary',
			webhook: 'https://example.com/hook',
		});
		expect(jsonOf(run)[0]).toMatchObject({
			title: 'Client Onboarding',
			summary: 'New summary',
			webhook: 'https://example.com/hook',
		});
	});

	it('renames a blueprint', async () => {
		const id = t.sandbox.fixtures.blueprints.purchase;
		const run = await blueprintRun('update', {
			blueprintId: byId(id),
			updateFields: { title: '  Purchase Order  ' },
		});
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Purchase Order',
			users: [t.sandbox.fixtures.users.standard, t.sandbox.fixtures.users.light],
			groups: [t.sandbox.fixtures.groups.finance],
		});
		expect(jsonOf(run)[0].title).toBe('Purchase Order');
	});

	it('refuses an empty update before any request', async () => {
		const run = await blueprintRun('update', {
			blueprintId: byId(t.sandbox.fixtures.blueprints.purchase),
			updateFields: {},
		});
		expect(run.error?.message).toBe('The parameter "Update Fields" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('sends nothing when Tallyfy does not say who can use the blueprint', async () => {
		const id = t.sandbox.fixtures.blueprints.purchase;
		delete t.sandbox.state.checklists.get(id)!.users;
		const run = await blueprintRun('update', {
			blueprintId: byId(id),
			updateFields: { summary: 'x' },
		});
		expect(run.error?.message).toBe(
			'Tallyfy did not return who can use the blueprint "Purchase Request"',
		);
		expect(calls()).toEqual([`GET ${org()}/checklists/${id}`]);
	});
});

describe('Blueprint > Archive, Restore and Delete Permanently', () => {
	it('archives a blueprint and reports what Tallyfy detached', async () => {
		const id = t.sandbox.fixtures.blueprints.purchase;
		const run = await blueprintRun('archive', { blueprintId: byId(id) });
		expect(calls()).toEqual([`DELETE ${org()}/checklists/${id}`]);
		expect(jsonOf(run)).toEqual([
			{
				id,
				archived: true,
				message: 'The Template was deleted, and references were also deleted from:',
				deleted_references: {},
			},
		]);
		expect(t.sandbox.state.checklists.get(id)?.archived_at).toEqual(expect.any(String));
	});

	it('restores an archived blueprint', async () => {
		const id = t.sandbox.fixtures.blueprints.archived;
		const run = await blueprintRun('restore', { blueprintId: byId(id) });
		expect(calls()).toEqual([`PUT ${org()}/checklists/${id}/restore`]);
		expect(jsonOf(run)[0]).toMatchObject({ id, title: 'Old Policy', archived_at: null });
	});

	it('permanently deletes an archived blueprint', async () => {
		const id = t.sandbox.fixtures.blueprints.archived;
		const run = await blueprintRun('deletePermanently', { blueprintId: byId(id) });
		expect(calls()).toEqual([`DELETE ${org()}/checklists/${id}/delete`]);
		expect(jsonOf(run)[0]).toMatchObject({ id, deleted: true });
		expect(t.sandbox.state.checklists.has(id)).toBe(false);
	});

	it('passes on Tallyfy’s refusal to delete a blueprint that is not archived', async () => {
		const id = t.sandbox.fixtures.blueprints.purchase;
		const run = await blueprintRun('deletePermanently', { blueprintId: byId(id) });
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): checklist: The template must be archived before it is deleted.',
		);
		expect(t.sandbox.state.checklists.has(id)).toBe(true);
	});

	it('lists archived blueprints for Restore and Delete Permanently', async () => {
		const result = await t.harness.listSearch('searchArchivedBlueprints', {
			credential: t.harness.pat(),
			parameters: { resource: 'blueprint', operation: 'restore' },
		});
		expect(t.sandbox.requests[0].query).toEqual({ archived: 'only', page: '1', per_page: '50' });
		expect(result.results).toEqual([
			{ name: 'Old Policy', value: t.sandbox.fixtures.blueprints.archived },
		]);
	});
});

describe('Blueprint > Clone', () => {
	it('copies a blueprint into the credential’s organization under a new title', async () => {
		const id = t.sandbox.fixtures.blueprints.onboarding;
		const run = await blueprintRun('clone', { blueprintId: byId(id), title: 'Onboarding v2' });
		expect(calls()).toEqual([`POST ${org()}/checklists/${id}/clone`]);
		expect(t.sandbox.requests[0].body).toEqual({
			tenant: t.sandbox.fixtures.orgId,
			title: 'Onboarding v2',
		});
		const [copy] = jsonOf(run);
		expect(copy).toMatchObject({ title: 'Onboarding v2', steps_count: 3 });
		expect(copy.id).not.toBe(id);
	});

	it('leaves the title to Tallyfy when none is given', async () => {
		const id = t.sandbox.fixtures.blueprints.purchase;
		const run = await blueprintRun('clone', { blueprintId: byId(id), title: '  ' });
		expect(t.sandbox.requests[0].body).toEqual({ tenant: t.sandbox.fixtures.orgId });
		expect(jsonOf(run)[0].title).toBe('Purchase Request (Copy)');
	});
});

describe('Blueprint > Publish', () => {
	it('publishes a blueprint without a body', async () => {
		const id = t.sandbox.fixtures.blueprints.purchase;
		t.sandbox.state.checklists.get(id)!.status = 'draft';
		const run = await blueprintRun('publish', { blueprintId: byId(id) });
		expect(calls()).toEqual([`PUT ${org()}/checklists/${id}/publish`]);
		expect(t.sandbox.requests[0].body).toBeUndefined();
		expect(jsonOf(run)[0]).toMatchObject({ id, status: 'published' });
	});
});

describe('Blueprint > Get Kick-Off Fields', () => {
	it('reads the kick-off fields from the blueprint, one item per field', async () => {
		const id = t.sandbox.fixtures.blueprints.purchase;
		const run = await blueprintRun('getKickoffFields', { blueprintId: byId(id) });
		expect(calls()).toEqual([`GET ${org()}/checklists/${id}`]);
		expect(t.sandbox.requests[0].query).toEqual({});
		expect(jsonOf(run).map((field) => [field.label, field.field_type])).toEqual([
			['Item', 'text'],
			['Quantity Band', 'dropdown'],
		]);
	});

	it('gives no items for a blueprint without a kick-off form', async () => {
		const run = await blueprintRun('getKickoffFields', {
			blueprintId: byId(t.sandbox.fixtures.blueprints.empty),
		});
		expect(run.status).toBe('success');
		expect(jsonOf(run)).toEqual([]);
	});
});
