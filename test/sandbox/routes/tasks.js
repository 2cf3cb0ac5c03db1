'use strict';
// Tasks: organization, process and personal lists, reading, completing.
const { errors, item, list } = require('../http');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped, blank } = require('../records');

const DAY = 86_400_000;

function formFieldsOf(task) {
	return task._captures.map((capture) => ({
		id: capture.id,
		alias: capture.alias,
		label: capture.label,
		field_type: capture.field_type,
		required: capture.required,
		options: capture.options,
		columns: capture.columns,
		value: task._values[capture.id] ?? null,
		task_id: task.id,
	}));
}

function showTask(ctx, task, wanted = includes(ctx)) {
	const out = present(task);
	if (wanted.includes('run'))
		out.run = { data: task.run_id ? present(ctx.state.runs.get(task.run_id)) : null };
	if (wanted.includes('step')) {
		const checklist = task.checklist_id ? ctx.state.checklists.get(task.checklist_id) : undefined;
		out.step = { data: present(checklist?._steps.find((s) => s.id === task.step_id) ?? null) };
	}
	if (wanted.includes('threads'))
		out.threads = wrapped(
			[...ctx.state.threads.values()].filter((t) => t.task_id === task.id && !t.archived_at),
		);
	if (wanted.includes('form_fields')) out.form_fields = wrapped(formFieldsOf(task));
	return out;
}

const isComplete = (t) => t.status === 'completed';
const hasProblem = (ctx, t) =>
	[...ctx.state.threads.values()].some(
		(th) => th.task_id === t.id && th.label === 'problem' && !th.resolve_id && !th.archived_at,
	);

function statusFilter(ctx, status) {
	const now = Date.now();
	const deadline = (t) => (t.deadline ? Date.parse(t.deadline) : Infinity);
	const filters = {
		active: (t) => !isComplete(t),
		active_visible: (t) => !isComplete(t) && t.status !== 'auto-skipped',
		complete: isComplete,
		incomplete: (t) => !isComplete(t),
		inprogress: (t) => t.status === 'in-progress',
		'not-started': (t) => t.status === 'not-started',
		overdue: (t) => !isComplete(t) && deadline(t) < now,
		due_soon: (t) => !isComplete(t) && deadline(t) >= now && deadline(t) < now + 2 * DAY,
		hasproblem: (t) => hasProblem(ctx, t),
	};
	return filters[status];
}

const csv = (value) =>
	String(value)
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
const day = (iso) => (iso ? iso.slice(0, 10) : '');

/** Filters both task lists share (`deadline_before/after` exclusive, as documented). */
function filterTasks(ctx, records) {
	const q = ctx.query;
	if (q.status && statusFilter(ctx, q.status))
		records = records.filter(statusFilter(ctx, q.status));
	if (q.owners)
		records = records.filter((t) =>
			csv(q.owners).some((id) => t.owners.users.map(String).includes(id)),
		);
	if (q.guests)
		records = records.filter((t) => csv(q.guests).some((email) => t.owners.guests.includes(email)));
	if (q.groups)
		records = records.filter((t) => csv(q.groups).some((id) => t.owners.groups.includes(id)));
	if (q.unassigned === 'true')
		records = records.filter(
			(t) => !t.owners.users.length && !t.owners.guests.length && !t.owners.groups.length,
		);
	if (q.deadline_before)
		records = records.filter((t) => t.deadline && day(t.deadline) < q.deadline_before);
	if (q.deadline_after)
		records = records.filter((t) => t.deadline && day(t.deadline) > q.deadline_after);
	if (q.deadline_on) records = records.filter((t) => day(t.deadline) === q.deadline_on);
	return records;
}

function sortTasks(records, sort = 'deadline') {
	const desc = sort.startsWith('-');
	const key = sort.replace(/^-/, '');
	const by =
		{
			deadline: (t) => t.deadline ?? '9999',
			newest: (t) => t.created_at,
			position: (t) => String(t.position).padStart(6, '0'),
			problems: (t) => t.status,
			completed_newest: (t) => t.completed_at ?? '',
		}[key] ?? ((t) => t.deadline ?? '');
	const reverse = desc !== (key === 'newest' || key === 'completed_newest');
	return [...records].sort(
		(a, b) => String(by(a)).localeCompare(String(by(b))) * (reverse ? -1 : 1),
	);
}

function listTasks(ctx, records) {
	const response = list(ctx, records);
	const wanted = includes(ctx);
	response.body.data = response.body.data.map((t) => showTask(ctx, t, wanted));
	return response;
}

/** POST completed-tasks: approval tasks need a decision; required form fields must be filled. */
function complete(ctx, task) {
	const body = ctx.body ?? {};
	if (isComplete(task)) throw errors.invalid({ task_id: ['The task is already completed.'] });
	if (task.task_type === 'approval' && typeof body.is_approved !== 'boolean') {
		throw errors.invalid({ is_approved: ['The is approved field is required.'] });
	}
	const missing = task._captures.filter((c) => c.required && blank(task._values[c.id]));
	if (missing.length)
		throw errors.invalid(
			Object.fromEntries(missing.map((c) => [`taskdata.${c.id}`, [`${c.label} is required`]])),
		);
	let completer = ctx.userId;
	if (body.override_user !== undefined) {
		if (!ctx.state.member(ctx.orgId, body.override_user))
			throw errors.invalid({ override_user: ['The selected override user is invalid.'] });
		completer = Number(body.override_user);
	}
	ctx.state.completeTask(task, completer, {
		isApproved: task.task_type === 'approval' ? body.is_approved : undefined,
	});
	return item({ ...showTask(ctx, task, []), tasks_changed_by_rules: {} });
}

module.exports = (sandbox) => {
	sandbox.showTask = showTask;
	sandbox.formFieldsOf = formFieldsOf;
	sandbox.filterTasks = filterTasks;
	sandbox.listTasks = listTasks;

	sandbox.get('/organizations/:org/tasks', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.tasks);
		records =
			q.archived === 'only'
				? records.filter((t) => t.archived_at)
				: q.archived === 'true'
					? records
					: records.filter((t) => !t.archived_at);
		records = filterTasks(ctx, records);
		if (q.is_oneoff) records = records.filter((t) => t.is_oneoff_task === (q.is_oneoff === 'true'));
		if (q.q) {
			const term = q.q.toLowerCase();
			records = records.filter(
				(t) =>
					t.title.toLowerCase().includes(term) ||
					(t.run_id && ctx.state.runs.get(t.run_id).name.toLowerCase().includes(term)),
			);
		}
		if (q.created) {
			const [from, to = from] = q.created.split(':');
			records = records.filter((t) => day(t.created_at) >= from && day(t.created_at) <= to);
		}
		return listTasks(ctx, sortTasks(records, q.sort));
	});

	sandbox.get('/organizations/:org/me/tasks', (ctx) => {
		const mine = ofOrg(ctx, ctx.state.tasks).filter(
			(t) => !t.archived_at && t.owners.users.includes(ctx.userId),
		);
		return listTasks(ctx, sortTasks(filterTasks(ctx, mine), ctx.query.sort));
	});

	sandbox.get('/organizations/:org/runs/:run/tasks', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		return listTasks(
			ctx,
			sortTasks(filterTasks(ctx, ctx.state.tasksOfRun(run.id)), ctx.query.sort ?? 'position'),
		);
	});

	sandbox.get('/organizations/:org/tasks/:task', (ctx) =>
		item(showTask(ctx, find(ctx, ctx.state.tasks, ctx.params.task))),
	);

	sandbox.get('/organizations/:org/runs/:run/tasks/:task', (ctx) => {
		const task = find(ctx, ctx.state.tasks, ctx.params.task);
		if (task.run_id !== ctx.params.run) throw errors.notFound();
		return item(showTask(ctx, task));
	});

	sandbox.post('/organizations/:org/runs/:run/completed-tasks', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		if (!ctx.body?.task_id) throw errors.invalid({ task_id: ['The task id field is required.'] });
		const task = ctx.state.tasks.get(ctx.body.task_id);
		if (!task || task.run_id !== run.id) throw errors.notFound();
		return complete(ctx, task);
	});

	sandbox.post('/organizations/:org/completed-tasks', (ctx) => {
		if (!ctx.body?.task_id) throw errors.invalid({ task_id: ['The task id field is required.'] });
		return complete(ctx, find(ctx, ctx.state.tasks, ctx.body.task_id));
	});
};
