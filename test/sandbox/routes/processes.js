'use strict';
// Processes (API: runs): list, read, launch.
const { errors, item, list } = require('../http');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped, validateFormValues } = require('../records');

function showProcess(ctx, run) {
	const out = present(run);
	const wanted = includes(ctx);
	const tasks = ctx.state.tasksOfRun(run.id);
	if (wanted.includes('checklist'))
		out.checklist = { data: present(ctx.state.checklists.get(run.checklist_id)) };
	if (wanted.includes('tags')) out.tags = wrapped(ctx.state.tagsOf('Run', run.id));
	if (wanted.includes('tasks'))
		out.tasks = wrapped(tasks.map((t) => ctx.sandbox.showTask(ctx, t, [])));
	if (wanted.includes('next_task')) {
		const next = tasks
			.filter((t) => t.status !== 'completed' && t.status !== 'auto-skipped')
			.sort((a, b) => String(a.deadline).localeCompare(String(b.deadline)))[0];
		out.next_task = {
			data: next
				? [
						{
							id: next.id,
							increment_id: next.increment_id,
							title: next.title,
							alias: next.alias,
							owners: next.owners,
							deadline: next.deadline,
						},
					]
				: [],
		};
	}
	if (wanted.includes('form_fields')) {
		out.form_fields = wrapped(tasks.flatMap((t) => ctx.sandbox.formFieldsOf(t)));
	}
	return out;
}

const STATUS_FILTERS = {
	active: (r) => r.status === 'active' && !r.archived_at,
	complete: (r) => r.status === 'complete',
	archived: (r) => Boolean(r.archived_at),
	problem: (r) => r.has_open_issue,
	issue: (r) => r.has_open_issue,
	starred: (r) => r.starred,
	delayed: (r) => r.late_tasks > 0,
	improvement: () => false,
};

module.exports = (sandbox) => {
	sandbox.showProcess = showProcess;

	sandbox.get('/organizations/:org/runs', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.runs);
		if (q.status !== 'archived') records = records.filter((r) => !r.archived_at);
		if (q.status && STATUS_FILTERS[q.status]) records = records.filter(STATUS_FILTERS[q.status]);
		if (q.q) records = records.filter((r) => r.name.toLowerCase().includes(q.q.toLowerCase()));
		const blueprint = q.checklist_id ?? q.blueprint_id;
		if (blueprint) records = records.filter((r) => r.checklist_id === blueprint);
		if (q.owners) {
			const owners = q.owners.split(',').map(Number);
			records = records.filter((r) => owners.includes(r.owner_id));
		}
		if (q.starred === 'true') records = records.filter((r) => r.starred);
		if (q.type) records = records.filter((r) => r.type === q.type);
		if (q.tag)
			records = records.filter((r) =>
				ctx.state.tagsOf('Run', r.id).some((tag) => tag.id === q.tag),
			);
		if (q.untagged === 'true')
			records = records.filter((r) => !ctx.state.tagsOf('Run', r.id).length);
		const sort = q.sort ?? q.sort_by ?? '-created_at';
		const desc = sort.startsWith('-');
		const key = sort.replace(/^-/, '');
		records = [...records].sort(
			(a, b) => String(a[key]).localeCompare(String(b[key])) * (desc ? -1 : 1),
		);
		const response = list(ctx, records);
		response.body.data = response.body.data.map((r) => showProcess(ctx, r));
		return response;
	});

	sandbox.get('/organizations/:org/runs/:run', (ctx) =>
		item(showProcess(ctx, find(ctx, ctx.state.runs, ctx.params.run))),
	);

	sandbox.post('/organizations/:org/runs', (ctx) => {
		const body = ctx.body ?? {};
		if (!body.checklist_id)
			throw errors.invalid({ checklist_id: ['The checklist id field is required.'] });
		const checklist = ctx.state.checklists.get(body.checklist_id);
		if (!checklist || checklist._orgId !== ctx.orgId || checklist.archived_at) {
			throw errors.invalid({ checklist_id: ['The selected checklist id is invalid.'] });
		}
		if (body.name !== undefined && String(body.name).length > 550) {
			throw errors.invalid({ name: ['The name may not be greater than 550 characters.'] });
		}
		const prerun = validateFormValues(
			checklist.prerun,
			body.prerun && !Array.isArray(body.prerun) ? body.prerun : {},
			{
				prefix: 'prerun',
				requireRequired: true,
			},
		);
		const run = ctx.state.launch(ctx.orgId, ctx.userId, { ...body, prerun });
		return item(showProcess(ctx, run), 201);
	});
};
