'use strict';
// Tasks: organization, process and personal lists, reading, creating one-off tasks,
// updating, reassigning, form values, completing and reopening, cloning, archiving, deleting.
const { errors, item, list, noContent } = require('../http');
const { newHexId } = require('../ids');
const { present } = require('../state');
const { find, ofOrg, includes, wrapped, blank, validateFormValues, EMAIL } = require('../records');
const { validate } = require('../validation');

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

/**
 * Filters the task lists share (`deadline_before/after` exclusive as documented, the
 * `deadline_*_range` pair inclusive).
 */
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
	if (q.deadline_start_range)
		records = records.filter((t) => t.deadline && day(t.deadline) >= q.deadline_start_range);
	if (q.deadline_end_range)
		records = records.filter((t) => t.deadline && day(t.deadline) <= q.deadline_end_range);
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

/** `q`: tasks whose title or process name contains the term. */
function searchTasks(ctx, records, term) {
	const wanted = term.toLowerCase();
	return records.filter(
		(t) =>
			t.title.toLowerCase().includes(wanted) ||
			(t.run_id && ctx.state.runs.get(t.run_id)?.name.toLowerCase().includes(wanted)),
	);
}

/** A page of tasks; `pageOptions` as `list` takes them, `counts` adds the due-date totals. */
function listTasks(ctx, records, { pageOptions, counts = false } = {}) {
	const response = list(ctx, records, pageOptions);
	const wanted = includes(ctx);
	response.body.data = response.body.data.map((t) => showTask(ctx, t, wanted));
	if (counts) {
		response.body.meta.overdue_tasks = records.filter(statusFilter(ctx, 'overdue')).length;
		response.body.meta.tasks_due_soon = records.filter(statusFilter(ctx, 'due_soon')).length;
	}
	return response;
}

const TASK_TYPES = ['task', 'approval', 'expiring', 'email', 'expiring_email'];

/** `YYYY-MM-DD HH:MM:SS` is read as UTC, as Tallyfy's documented request format. */
function parseDate(value) {
	const text = String(value ?? '').trim();
	const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(text)
		? `${text.replace(' ', 'T')}Z`
		: text;
	const time = Date.parse(iso);
	return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * `owners` replaces the assignees; a group left out of it is emptied, as api-v2's
 * BaseAssignees reads each missing one as `[]` (per Tallyfy's MCP server).
 */
function checkOwners(ctx, owners, problems) {
	if (!owners || typeof owners !== 'object' || Array.isArray(owners)) {
		problems.owners = ['The owners must be an object of users, guests and groups.'];
		return undefined;
	}
	const out = { users: [], guests: [], groups: [] };
	for (const bucket of Object.keys(out)) {
		const given = owners[bucket] ?? [];
		if (!Array.isArray(given)) {
			problems[`owners.${bucket}`] = [`The owners.${bucket} must be an array.`];
			continue;
		}
		given.forEach((entry, index) => {
			const ok =
				bucket === 'users'
					? ctx.state.member(ctx.orgId, entry)
					: bucket === 'guests'
						? EMAIL.test(String(entry))
						: ctx.state.groups.get(entry)?._orgId === ctx.orgId;
			if (!ok)
				problems[`owners.${bucket}.${index}`] = [
					`The selected owners.${bucket}.${index} is invalid.`,
				];
			else out[bucket].push(bucket === 'users' ? Number(entry) : String(entry));
		});
	}
	return out;
}

const EDITABLE = [
	'summary',
	'max_assignable',
	'prevent_guest_comment',
	'top_secret',
	'webhook',
	'everyone_must_complete',
	'can_complete_only_assignees',
	'is_soft_start_date',
];

/** PUT of a task: completed tasks are refused; `taskdata` is checked against its form fields. */
function updateTask(ctx, task, body, { oneOff }) {
	if (isComplete(task)) throw errors.invalid({ task: ['A completed task cannot be updated.'] });
	const check = validate(body).max('title', 600).in('task_type', TASK_TYPES);
	if (oneOff) check.required('title', 'deadline', 'owners');
	check.check();
	const problems = {};
	const deadline = body.deadline === undefined ? undefined : parseDate(body.deadline);
	if (body.deadline !== undefined && !deadline)
		problems.deadline = ['The deadline is not a valid date.'];
	const startedAt = body.started_at === undefined ? undefined : parseDate(body.started_at);
	if (body.started_at !== undefined && !startedAt)
		problems.started_at = ['The started at is not a valid date.'];
	const owners = body.owners === undefined ? undefined : checkOwners(ctx, body.owners, problems);
	if (Object.keys(problems).length) throw errors.invalid(problems);
	const values =
		body.taskdata === undefined
			? {}
			: validateFormValues(task._captures, body.taskdata, { prefix: 'taskdata' });
	for (const key of ['title', 'task_type', 'position', ...EDITABLE])
		if (body[key] !== undefined) task[key] = body[key];
	if (deadline) task.deadline = deadline;
	if (startedAt) task.started_at = startedAt;
	if (owners) task.owners = owners;
	task._values = { ...task._values, ...values };
	task.last_updated = ctx.state.now();
	ctx.sandbox.recordActivity(ctx, 'updated', task);
	return item(showTask(ctx, task, ['form_fields']));
}

/** DELETE completed-tasks: only a completed task can be reopened. */
function reopen(ctx, task) {
	if (!isComplete(task)) throw errors.invalid({ task_id: ['The task is not completed.'] });
	ctx.state.reopenTask(task);
	ctx.sandbox.recordActivity(ctx, 'reopened', task);
	return item({ ...showTask(ctx, task, []), tasks_changed_by_rules: {} });
}

/** One-off task routes refuse process tasks; the lists show them, the one-off endpoints do not. */
function oneOffTask(ctx) {
	const task = find(ctx, ctx.state.tasks, ctx.params.task);
	if (!task.is_oneoff_task)
		throw errors.invalid({ task: ['Only one-off tasks can be changed this way.'] });
	return task;
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
		if (q.q) records = searchTasks(ctx, records, q.q);
		// Read here as the process's custom field (customFields.js keeps them on the run).
		if (q.custom_field_key) {
			const fieldsOf = (t) => (t.run_id ? ctx.state.runs.get(t.run_id)?._customFields : undefined);
			records = records.filter((t) => {
				const fields = fieldsOf(t) ?? {};
				return (
					q.custom_field_key in fields &&
					(q.custom_field_value === undefined ||
						String(fields[q.custom_field_key]) === q.custom_field_value)
				);
			});
		}
		if (q.created) {
			const [from, to = from] = q.created.split(':');
			records = records.filter((t) => day(t.created_at) >= from && day(t.created_at) <= to);
		}
		return listTasks(ctx, sortTasks(records, q.sort));
	});

	/** The caller's tasks; this list documents `status=completed` where the others say `complete`. */
	sandbox.get('/organizations/:org/me/tasks', (ctx) => {
		let mine = ofOrg(ctx, ctx.state.tasks).filter(
			(t) => !t.archived_at && t.owners.users.includes(ctx.userId),
		);
		mine = filterTasks(ctx, mine);
		if (ctx.query.status === 'completed') mine = mine.filter(isComplete);
		if (ctx.query.q) mine = searchTasks(ctx, mine, ctx.query.q);
		return listTasks(ctx, sortTasks(mine, ctx.query.sort));
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

	sandbox.post('/organizations/:org/tasks', (ctx) => {
		const body = validate(ctx.body)
			.required('title', 'task_type', 'owners', 'deadline')
			.max('title', 600)
			.in('task_type', TASK_TYPES)
			.array('tags')
			.check();
		const problems = {};
		const deadline = parseDate(body.deadline);
		if (!deadline) problems.deadline = ['The deadline is not a valid date.'];
		const owners = checkOwners(ctx, body.owners, problems);
		if (body.run_id !== undefined && !ofOrg(ctx, ctx.state.runs).some((r) => r.id === body.run_id))
			problems.run_id = ['The selected run id is invalid.'];
		if (Object.keys(problems).length) throw errors.invalid(problems);
		const task = ctx.state.createTask(ctx.orgId, {
			title: body.title,
			task_type: body.task_type,
			summary: body.summary ?? body.description,
			owners,
			deadline,
			started_at: body.started_at ? parseDate(body.started_at) : undefined,
			run_id: body.run_id,
			starter_id: ctx.userId,
			webhook: body.webhook,
			everyone_must_complete: body.everyone_must_complete,
		});
		// A one-off task added to a process stays one-off (Tallyfy's MCP server).
		task.is_oneoff_task = true;
		for (const key of EDITABLE) if (body[key] !== undefined) task[key] = body[key];
		for (const tagId of body.tags ?? []) ctx.state.linkTag(ctx.orgId, 'Task', task.id, tagId);
		return item(showTask(ctx, task, []), 201);
	});

	sandbox.put('/organizations/:org/tasks/:task', (ctx) =>
		updateTask(ctx, oneOffTask(ctx), ctx.body ?? {}, { oneOff: true }),
	);

	sandbox.put('/organizations/:org/runs/:run/tasks/:task', (ctx) => {
		const task = find(ctx, ctx.state.tasks, ctx.params.task);
		if (task.run_id !== ctx.params.run) throw errors.notFound();
		return updateTask(ctx, task, ctx.body ?? {}, { oneOff: false });
	});

	/** DELETE /tasks/{id}: archives a one-off task; 204. */
	sandbox.delete('/organizations/:org/tasks/:task', (ctx) => {
		const task = oneOffTask(ctx);
		if (task.archived_at) throw errors.notFound();
		task.archived_at = ctx.state.now();
		return noContent();
	});

	/** PUT /tasks/{id}/restore: brings an archived one-off task back. */
	sandbox.put('/organizations/:org/tasks/:task/restore', (ctx) => {
		const task = oneOffTask(ctx);
		if (!task.archived_at) {
			throw errors.invalid({ task_id: ['The task is not archived.'] });
		}
		task.archived_at = null;
		task.last_updated = ctx.state.now();
		return item(showTask(ctx, task, []));
	});

	/** DELETE /tasks/{id}/delete: deletes a one-off task for good; 204. */
	sandbox.delete('/organizations/:org/tasks/:task/delete', (ctx) => {
		const task = oneOffTask(ctx);
		for (const [id, thread] of ctx.state.threads)
			if (thread.task_id === task.id) ctx.state.threads.delete(id);
		ctx.state.tasks.delete(task.id);
		return noContent();
	});

	/** POST /tasks/{id}/clone: a fresh, open copy of the task in the same place. */
	sandbox.post('/organizations/:org/tasks/:task/clone', (ctx) => {
		const source = find(ctx, ctx.state.tasks, ctx.params.task);
		const copy = ctx.state.createTask(ctx.orgId, {
			id: newHexId(),
			title: source.title,
			alias: source.alias,
			summary: source.summary,
			run_id: source.run_id,
			checklist_id: source.checklist_id,
			step_id: source.step_id,
			task_type: source.task_type,
			position: source.position,
			owners: structuredClone(source.owners),
			deadline: source.deadline,
			starter_id: ctx.userId,
			captures: source._captures,
			webhook: source.webhook,
		});
		copy.is_oneoff_task = source.is_oneoff_task;
		return item(showTask(ctx, copy, []));
	});

	sandbox.delete('/organizations/:org/runs/:run/completed-tasks/:task', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		const task = find(ctx, ctx.state.tasks, ctx.params.task);
		if (task.run_id !== run.id) throw errors.notFound();
		return reopen(ctx, task);
	});

	sandbox.delete('/organizations/:org/completed-tasks/:task', (ctx) =>
		reopen(ctx, find(ctx, ctx.state.tasks, ctx.params.task)),
	);

	/** A member's tasks; the answer's meta also counts the overdue and due-soon ones. */
	sandbox.get('/organizations/:org/users/:user/tasks', (ctx) => {
		const user = ctx.state.member(ctx.orgId, ctx.params.user);
		if (!user) throw errors.notFound();
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.tasks).filter(
			(t) => !t.archived_at && t.owners.users.includes(user.id),
		);
		records = filterTasks(ctx, records);
		if (q.q) {
			const term = q.q.toLowerCase();
			records = records.filter(
				(t) => t.run_id && ctx.state.runs.get(t.run_id).name.toLowerCase().includes(term),
			);
		}
		if (q.tag) {
			const tagged = (t) =>
				t.run_id && ctx.state.tagsOf('Run', t.run_id).some((tag) => tag.title === q.tag);
			records = records.filter(tagged);
		}
		return listTasks(ctx, sortTasks(records, q.sort), { counts: true });
	});

	/**
	 * A guest's tasks, under the guest's code. Tallyfy's MCP server notes this list ignores
	 * `per_page` and always pages by 10.
	 */
	sandbox.get('/organizations/:org/guests/:guest/tasks', (ctx) => {
		const guest = ofOrg(ctx, ctx.state.guests).find((g) => g._code === ctx.params.guest);
		if (!guest) throw errors.notFound();
		const records = ofOrg(ctx, ctx.state.tasks).filter(
			(t) => !t.archived_at && t.owners.guests.includes(guest.email),
		);
		return listTasks(ctx, sortTasks(filterTasks(ctx, records), ctx.query.sort), {
			pageOptions: { defaultPerPage: 10, maxPerPage: 10 },
		});
	});
};
