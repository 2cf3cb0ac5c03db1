'use strict';
// Folders of blueprints (`checklist`) and processes (`run`), and processes filed in them
// (contract §3.12). A folder's type is fixed at creation; only the literal `run` makes a
// process folder (api-v2's FolderService, as Tallyfy's MCP server notes). Managing folders
// needs a Standard or Administrator role.
const { errors, item, list } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped, requireRole } = require('../records');
const { validate } = require('../validation');

function showFolder(ctx, folder) {
	const out = present(folder);
	if (includes(ctx).includes('children'))
		out.children = wrapped(ofOrg(ctx, ctx.state.folders).filter((f) => f.parent_id === folder.id));
	return out;
}

/** A parent must exist, be of the same type and not be the folder itself or inside it. */
function checkParent(ctx, rules, parentId, folderType, folder) {
	if (parentId === undefined || parentId === null || parentId === '') return;
	const parent = ctx.state.folders.get(parentId);
	let cycle = false;
	for (let node = parent; node && folder; node = ctx.state.folders.get(node.parent_id ?? '')) {
		if (node.id === folder.id) cycle = true;
	}
	if (!parent || parent._orgId !== ctx.orgId || parent.folder_type !== folderType || cycle)
		rules.fail('parent_id', 'The selected parent id is invalid.');
}

const manage = (ctx) => requireRole(ctx, ['admin', 'standard'], 'manage folders');

module.exports = (sandbox) => {
	sandbox.get('/organizations/:org/folders', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.folders);
		if (q.folder_type) records = records.filter((f) => f.folder_type === q.folder_type);
		if (q.q) records = records.filter((f) => f.name.toLowerCase().includes(q.q.toLowerCase()));
		if (q.sort === 'position') records = [...records].sort((a, b) => a.position - b.position);
		const response = list(ctx, records);
		response.body.data = response.body.data.map((f) => showFolder(ctx, f));
		return response;
	});

	sandbox.post('/organizations/:org/folders', (ctx) => {
		manage(ctx);
		const body = ctx.body ?? {};
		const folderType = body.folder_type === 'run' ? 'run' : 'checklist';
		const rules = validate(body).required('name').max('name', 32);
		checkParent(ctx, rules, body.parent_id, folderType);
		rules.check();
		const folder = {
			id: newHexId(),
			name: body.name,
			folder_type: folderType,
			parent_id: body.parent_id || null,
			position: ofOrg(ctx, ctx.state.folders).length + 1,
			created_at: ctx.state.now(),
			_orgId: ctx.orgId,
		};
		ctx.state.folders.set(folder.id, folder);
		return item(showFolder(ctx, folder));
	});

	sandbox.put('/organizations/:org/folders/:folder', (ctx) => {
		manage(ctx);
		const folder = find(ctx, ctx.state.folders, ctx.params.folder);
		const body = ctx.body ?? {};
		const rules = validate(body).max('name', 32);
		if ('name' in body && !body.name) rules.fail('name', 'The name field is required.');
		checkParent(ctx, rules, body.parent_id, folder.folder_type, folder);
		rules.check();
		if (body.name) folder.name = body.name;
		if ('parent_id' in body) folder.parent_id = body.parent_id || null;
		return item(showFolder(ctx, folder));
	});

	/** Contents are not deleted: processes and blueprints are taken out first. */
	sandbox.delete('/organizations/:org/folders/:folder', (ctx) => {
		manage(ctx);
		const folder = find(ctx, ctx.state.folders, ctx.params.folder);
		for (const [id, relation] of ctx.state.folderObjects)
			if (relation.folder_id === folder.id) ctx.state.folderObjects.delete(id);
		for (const checklist of ctx.state.checklists.values())
			if (checklist.folder_id === folder.id) checklist.folder_id = null;
		for (const child of ctx.state.folders.values())
			if (child.parent_id === folder.id) child.parent_id = folder.parent_id;
		ctx.state.folders.delete(folder.id);
		return { status: 200, body: undefined };
	});

	/** Files a process in a process folder; answers the relation, whose integer id removes it. */
	sandbox.post('/organizations/:org/folders/add-object', (ctx) => {
		manage(ctx);
		const body = validate(ctx.body)
			.required('folder_id', 'subject_id', 'subject_type')
			.in('subject_type', ['Run'])
			.check();
		const folder = ctx.state.folders.get(body.folder_id);
		if (folder?._orgId !== ctx.orgId || folder.folder_type !== 'run')
			throw errors.invalid({ folder_id: ['No such a folder exists in Processes.'] });
		const run = ctx.state.runs.get(body.subject_id);
		if (run?._orgId !== ctx.orgId) throw errors.invalid({ subject_id: ['Subject not found'] });
		const existing = [...ctx.state.folderObjects.values()].find(
			(r) => r.folder_id === folder.id && r.subject_id === run.id,
		);
		const relation = existing ?? {
			id: ctx.state.next('relation'),
			folder_id: folder.id,
			subject_id: run.id,
			subject_type: 'Run',
			created_at: ctx.state.now(),
			_orgId: ctx.orgId,
		};
		ctx.state.folderObjects.set(relation.id, relation);
		return item(present(relation));
	});

	sandbox.delete('/organizations/:org/folders-objects/:relation', (ctx) => {
		manage(ctx);
		const relation = find(ctx, ctx.state.folderObjects, ctx.params.relation);
		ctx.state.folderObjects.delete(relation.id);
		return { status: 200, body: undefined };
	});
};
