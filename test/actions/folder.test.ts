import type { IDataObject } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';
import { actionHelpers } from '../support/actions';

const t = useSandbox();

const { orgPath, run, only } = actionHelpers(t);

const folder = (operation: string, id: string, extra: IDataObject = {}) => ({
	resource: 'folder',
	operation,
	folderId: { mode: 'list', value: id },
	...extra,
});

const addProcess = (folderId: string) =>
	folder('addItem', folderId, {
		itemType: 'process',
		processId: { mode: 'id', value: t.sandbox.fixtures.processes.laptops },
	});

/** A "Policies" folder inside HR Templates, made through the node; the request log is cleared after. */
const policiesInHr = async () => {
	const [policies] = jsonOf(
		await run({
			resource: 'folder',
			operation: 'create',
			name: 'Policies',
			parentId: { mode: 'id', value: t.sandbox.fixtures.folders.hr },
		}),
	);
	t.sandbox.requests.length = 0;
	return policies;
};

describe('Folder > Create', () => {
	it('creates a process folder at the top level', async () => {
		const result = await run({
			resource: 'folder',
			operation: 'create',
			name: 'Q1 Purchases',
			folderType: 'run',
		});
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe(orgPath('/folders'));
		expect(request.body).toEqual({ name: 'Q1 Purchases', folder_type: 'run' });
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ name: 'Q1 Purchases', folder_type: 'run', parent_id: null }),
		]);
	});

	it('creates a subfolder in a parent of the same kind', async () => {
		const { folders } = t.sandbox.fixtures;
		const result = await run({
			resource: 'folder',
			operation: 'create',
			name: 'Policies',
			parentId: { mode: 'list', value: folders.hr },
		});
		expect(only().body).toEqual({
			name: 'Policies',
			folder_type: 'checklist',
			parent_id: folders.hr,
		});
		expect(jsonOf(result)[0]).toMatchObject({ parent_id: folders.hr });
	});

	it('refuses a name over 32 characters before any request', async () => {
		const result = await run({ resource: 'folder', operation: 'create', name: 'f'.repeat(33) });
		expect(result.error?.message).toBe('The parameter "Name" is longer than 32 characters');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes Tallyfy’s refusal of a parent of the other kind through', async () => {
		const result = await run({
			resource: 'folder',
			operation: 'create',
			name: 'Mixed',
			folderType: 'run',
			parentId: { mode: 'id', value: t.sandbox.fixtures.folders.hr },
		});
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): parent_id: The selected parent id is invalid.',
		);
	});
});

describe('Folder > Get Many', () => {
	it('sends the documented filters, subfolders and position order', async () => {
		const { folders } = t.sandbox.fixtures;
		await policiesInHr();
		const result = await run({
			resource: 'folder',
			operation: 'getAll',
			returnAll: true,
			includeChildren: true,
			filters: { folder_type: 'checklist', q: 'HR', sortByPosition: true },
		});
		expect(only().query).toEqual({
			folder_type: 'checklist',
			q: 'HR',
			sort: 'position',
			with: 'children',
			page: '1',
			per_page: '100',
		});
		const [hr] = jsonOf(result);
		expect(hr).toMatchObject({ id: folders.hr, name: 'HR Templates', folder_type: 'checklist' });
		expect((hr.children as { data: IDataObject[] }).data.map((f) => f.name)).toEqual(['Policies']);
	});

	it('lists every folder without filters', async () => {
		const result = await run({ resource: 'folder', operation: 'getAll', limit: 10 });
		expect(only().query).toEqual({ page: '1', per_page: '10' });
		expect(jsonOf(result).map((f) => f.name)).toEqual(['HR Templates', 'Active Clients']);
	});
});

describe('Folder > Update', () => {
	it('renames and moves a folder to the top level', async () => {
		const child = await policiesInHr();
		const result = await run(
			folder('update', String(child.id), { name: 'Company Policies', location: 'top' }),
		);
		const request = only();
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(orgPath(`/folders/${String(child.id)}`));
		expect(request.body).toEqual({ name: 'Company Policies', parent_id: null });
		expect(jsonOf(result)[0]).toMatchObject({ name: 'Company Policies', parent_id: null });
	});

	it('moves a folder into another folder', async () => {
		const { folders } = t.sandbox.fixtures;
		const [created] = jsonOf(await run({ resource: 'folder', operation: 'create', name: 'Forms' }));
		t.sandbox.requests.length = 0;
		await run(
			folder('update', String(created.id), {
				location: 'into',
				parentId: { mode: 'list', value: folders.hr },
			}),
		);
		expect(only().body).toEqual({ parent_id: folders.hr });
	});

	it('refuses nothing to update, or a move into the folder itself, before any request', async () => {
		const { folders } = t.sandbox.fixtures;
		const nothing = await run(folder('update', folders.hr));
		expect(nothing.error?.message).toBe('Nothing to update');
		const itself = await run(
			folder('update', folders.hr, {
				location: 'into',
				parentId: { mode: 'id', value: folders.hr },
			}),
		);
		expect(itself.error?.message).toBe('A folder cannot be moved into itself');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Folder > Delete', () => {
	it('deletes the folder, keeping its blueprints', async () => {
		const { folders, blueprints } = t.sandbox.fixtures;
		const result = await run(folder('delete', folders.hr));
		expect(only()).toMatchObject({ method: 'DELETE', path: orgPath(`/folders/${folders.hr}`) });
		expect(jsonOf(result)).toEqual([{ deleted: true, id: folders.hr }]);
		expect(t.sandbox.state.checklists.get(blueprints.onboarding)).toMatchObject({
			folder_id: null,
		});
	});
});

describe('Folder > Add Item', () => {
	it('moves a blueprint with its title, members and groups, as the blueprint PUT requires', async () => {
		const { folders, blueprints } = t.sandbox.fixtures;
		const result = await run(
			folder('addItem', folders.hr, {
				itemType: 'blueprint',
				blueprintId: { mode: 'id', value: blueprints.empty },
			}),
		);
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${orgPath(`/checklists/${blueprints.empty}`)}`,
			`PUT ${orgPath(`/checklists/${blueprints.empty}`)}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Empty Blueprint',
			users: [t.sandbox.fixtures.users.standard, t.sandbox.fixtures.users.light],
			groups: [t.sandbox.fixtures.groups.finance],
			folder_id: folders.hr,
		});
		expect(t.sandbox.state.checklists.get(blueprints.empty)).toMatchObject({
			users: [t.sandbox.fixtures.users.standard, t.sandbox.fixtures.users.light],
			groups: [t.sandbox.fixtures.groups.finance],
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: blueprints.empty, folder_id: folders.hr });
	});

	it('files a process and returns the relation whose ID Remove Item takes', async () => {
		const { folders, processes } = t.sandbox.fixtures;
		const result = await run(addProcess(folders.clients));
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe(orgPath('/folders/add-object'));
		expect(request.body).toEqual({
			folder_id: folders.clients,
			subject_id: processes.laptops,
			subject_type: 'Run',
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: expect.any(Number),
				folder_id: folders.clients,
				subject_id: processes.laptops,
			}),
		]);
	});

	it('passes Tallyfy’s refusal to file a process in a blueprint folder through', async () => {
		const result = await run(addProcess(t.sandbox.fixtures.folders.hr));
		expect(result.error?.message).toBe(
			'Tallyfy rejected the values sent (422): folder_id: No such a folder exists in Processes.',
		);
	});
});

describe('Folder > Remove Item', () => {
	it('deletes the folder relation Add Item returned', async () => {
		const [relation] = jsonOf(await run(addProcess(t.sandbox.fixtures.folders.clients)));
		t.sandbox.requests.length = 0;
		const result = await run({
			resource: 'folder',
			operation: 'removeItem',
			folderItemId: String(relation.id),
		});
		expect(only()).toMatchObject({
			method: 'DELETE',
			path: orgPath(`/folders-objects/${String(relation.id)}`),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true, id: relation.id }]);
		const again = await run({
			resource: 'folder',
			operation: 'removeItem',
			folderItemId: String(relation.id),
		});
		expect(again.error?.message).toBe(
			`Tallyfy could not find the folder item with ID '${String(relation.id)}' (404)`,
		);
	});

	it('refuses a process ID in place of the folder item ID before any request', async () => {
		const result = await run({
			resource: 'folder',
			operation: 'removeItem',
			folderItemId: t.sandbox.fixtures.processes.laptops,
		});
		expect(result.error?.message).toBe(
			`The parameter "Folder Item ID" is not a whole number: "${t.sandbox.fixtures.processes.laptops}"`,
		);
		expect(result.error?.description).toMatch(/a process ID does not work here/);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Folder list search', () => {
	it('searches folders by name and says which kind each is', async () => {
		const found = await t.harness.listSearch(
			'searchFolders',
			{ credential: t.harness.pat(), parameters: { resource: 'folder', operation: 'delete' } },
			'',
		);
		expect(t.sandbox.requests[0].query).toEqual({ page: '1', per_page: '50' });
		expect(found.results).toEqual([
			{ name: 'HR Templates (blueprint folder)', value: t.sandbox.fixtures.folders.hr },
			{ name: 'Active Clients (process folder)', value: t.sandbox.fixtures.folders.clients },
		]);
	});
});
