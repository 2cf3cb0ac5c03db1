'use strict';
// Processes (API: runs): list, read, launch, update, archive and reactivate, delete,
// kick-off form submission, form fields and export.
const { errors, item, list } = require('../http');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped, validateFormValues, requireRole } = require('../records');
const { validate } = require('../validation');

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
				ctx.state.tagsOf('Run', r.id).some((tag) => tag.tag_id === q.tag),
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

	/** PUT /runs/{id}: partial; kick-off values are checked like at launch and merged in. */
	sandbox.put('/organizations/:org/runs/:run', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		const body = validate(ctx.body).max('name', 550).check();
		if (body.name !== undefined && !String(body.name).trim())
			throw errors.invalid({ name: ['The name field is required.'] });
		if (body.owner_id !== undefined && !ctx.state.member(ctx.orgId, body.owner_id))
			throw errors.invalid({ owner_id: ['The selected owner id is invalid.'] });
		if (body.prerun !== undefined) {
			const checklist = ctx.state.checklists.get(run.checklist_id);
			const values = body.prerun && !Array.isArray(body.prerun) ? body.prerun : {};
			run.prerun = {
				...run.prerun,
				...validateFormValues(checklist.prerun, values, { prefix: 'prerun' }),
			};
		}
		for (const key of ['name', 'summary', 'owner_id', 'starred', 'is_public', 'users', 'groups']) {
			if (body[key] !== undefined) run[key] = body[key];
		}
		run.last_updated = ctx.state.now();
		sandbox.recordActivity(ctx, 'updated', run);
		return item(showProcess(ctx, run));
	});

	/** DELETE /runs/{id}: archives the process with its tasks; the answer is the process. */
	sandbox.delete('/organizations/:org/runs/:run', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		if (run.archived_at) throw errors.notFound();
		const at = ctx.state.now();
		run._statusBeforeArchive = run.status;
		run.status = 'archived';
		run.archived_at = at;
		for (const task of ctx.state.tasksOfRun(run.id)) task.archived_at = task.archived_at ?? at;
		sandbox.recordActivity(ctx, 'archived', run);
		return item(showProcess(ctx, run));
	});

	/** PUT /runs/{id}/activate: un-archives the process and its tasks, keeping its status. */
	sandbox.put('/organizations/:org/runs/:run/activate', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		if (run.archived_at) {
			for (const task of ctx.state.tasksOfRun(run.id))
				if (task.archived_at === run.archived_at) task.archived_at = null;
			run.archived_at = null;
			run.status = run._statusBeforeArchive ?? 'active';
			sandbox.recordActivity(ctx, 'reactivated', run);
		}
		return item(showProcess(ctx, run));
	});

	/** DELETE /runs/{id}/delete: administrators only, archived processes only; 200 without a body. */
	sandbox.delete('/organizations/:org/runs/:run/delete', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		requireRole(ctx, ['admin'], 'delete processes permanently');
		if (!run.archived_at)
			throw errors.invalid({ run: ['The process must be archived before it can be deleted.'] });
		for (const task of ctx.state.tasksOfRun(run.id)) {
			for (const [id, thread] of ctx.state.threads)
				if (thread.task_id === task.id) ctx.state.threads.delete(id);
			ctx.state.tasks.delete(task.id);
		}
		ctx.state.runs.delete(run.id);
		return { status: 200, body: undefined };
	});

	/** The form fields of the process's tasks, answered as `{ data: { form_fields: [...] } }`. */
	sandbox.get('/organizations/:org/runs/:run/form-fields', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		const tasks = ctx.state.tasksOfRun(run.id);
		return item({ form_fields: tasks.flatMap((task) => sandbox.formFieldsOf(task)) });
	});

	const setKickoff = (submitted) => (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		run.prerun_status = submitted ? 'complete' : 'pending';
		run.prerun_completed_at = submitted ? ctx.state.now() : null;
		run.last_updated = ctx.state.now();
		sandbox.recordActivity(
			ctx,
			submitted ? 'completed kick-off form of' : 'reopened kick-off form of',
			run,
		);
		return item(showProcess(ctx, run));
	};
	sandbox.post('/organizations/:org/runs/:run/complete-prerun', setKickoff(true));
	sandbox.delete('/organizations/:org/runs/:run/complete-prerun', setKickoff(false));

	/** POST /runs/{id}/export: the process with its kick-off values and tasks with their values. */
	sandbox.post('/organizations/:org/runs/:run/export', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		const tasks = ctx.state.tasksOfRun(run.id).map((task) => ({
			...present(task),
			form_fields: sandbox.formFieldsOf(task),
		}));
		return item({ ...present(run), tasks });
	});
};
