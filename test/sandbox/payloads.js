'use strict';
// The JSON bodies Tallyfy POSTs to webhook URLs (tallyfy-api.md §6.1): the process-level shape
// on launch and completion, the task-level shape when a task completes, and the organization
// watcher body of §6.2, of which only `event` is documented (the rest is the API's records).
const { present, fullName } = require('./state');

const person = (user) =>
	user ? { id: user.id, email: user.email, full_name: fullName(user) } : null;

/** `{ timeline_id: { alias, label, value } }` for a task's form fields that hold a value. */
function captures(task) {
	const out = {};
	for (const capture of task._captures ?? []) {
		const value = task._values?.[capture.id];
		if (value === undefined) continue;
		out[capture.id] = { alias: capture.alias, label: capture.label, value };
	}
	return out;
}

function processTasks(state, run) {
	return Object.fromEntries(state.tasksOfRun(run.id).map((t) => [t.alias ?? t.id, t.id]));
}

function kickoffByAlias(state, run) {
	const blueprint = state.checklists.get(run.checklist_id);
	const out = {};
	for (const field of blueprint?.prerun ?? []) {
		if (run.prerun?.[field.id] !== undefined) out[field.alias] = run.prerun[field.id];
	}
	return out;
}

function guestLinks(sandbox, run) {
	const emails = new Set(sandbox.state.tasksOfRun(run.id).flatMap((t) => t.owners.guests));
	const out = {};
	for (const email of emails) {
		const guest = sandbox.state.guests.get(`${run._orgId}:${email}`);
		if (guest)
			out[email] = {
				link_for_guest: `${sandbox.url}/guest-all-task/${run._orgId}/${guest._code}`,
			};
	}
	return out;
}

/** Where the process opens in the web app (the documented `/{org}/processes/{id}` address). */
const processUrl = (sandbox, run) => `${sandbox.url}/${run._orgId}/processes/${run.id}`;

/** Sent to the blueprint's URL when one of its processes is launched or completes. */
function processPayload(sandbox, run) {
	const { state } = sandbox;
	return {
		...present(run),
		prerun_completed_by: run.started_by,
		prerun_length: Object.keys(run.prerun ?? {}).length,
		users: (run.users ?? []).map((id) => ({
			user_id: id,
			full_name: state.users.get(Number(id)) ? fullName(state.users.get(Number(id))) : null,
		})),
		groups: (run.groups ?? []).map((id) => ({
			group_id: id,
			name: state.groups.get(id)?.name ?? null,
		})),
		'process-tasks': processTasks(state, run),
		'ko-form-fields': kickoffByAlias(state, run),
		'guest-links': guestLinks(sandbox, run),
		launcher: person(state.users.get(run.started_by)),
	};
}

function taskOwners(state, task) {
	return {
		users: task.owners.users.map((id) => person(state.users.get(Number(id)))).filter(Boolean),
		guests: task.owners.guests,
	};
}

function nextTask(state, run) {
	const next = state
		.tasksOfRun(run.id)
		.find((t) => t.status !== 'completed' && t.status !== 'auto-skipped');
	if (!next) return [];
	return {
		id: next.id,
		title: next.title,
		alias: next.alias,
		status: next.status,
		summary: next.summary,
		position: next.position,
		deadline: next.deadline,
		owners: taskOwners(state, next),
		captures: {},
	};
}

/** Sent when a task completes: to its blueprint's URL, or to a one-off task's own `webhook`. */
function taskPayload(sandbox, task, run) {
	const { state } = sandbox;
	const completer = person(state.users.get(task.completer_id));
	const blueprint = run ? state.checklists.get(run.checklist_id) : undefined;
	const formFields = run ? { ...kickoffByAlias(state, run) } : {};
	const processForms = {};
	for (const other of run ? state.tasksOfRun(run.id) : [task]) {
		const values = captures(other);
		for (const field of Object.values(values)) formFields[field.alias] = field.value;
		if (other.step_id && Object.keys(values).length) processForms[other.step_id] = values;
	}
	return {
		this_task: {
			id: task.id,
			title: task.title,
			alias: task.alias,
			status: task.status,
			summary: task.summary,
			deadline: task.deadline,
			position: task.position,
			completed_at: task.completed_at,
			completed_by: completer,
			captures: captures(task),
			owners: taskOwners(state, task),
			assets: [],
		},
		launcher: run ? person(state.users.get(run.started_by)) : null,
		completer,
		'process-tasks': run ? processTasks(state, run) : {},
		'form-fields': formFields,
		template: blueprint
			? {
					id: blueprint.id,
					title: blueprint.title,
					alias: blueprint.alias,
					summary: blueprint.summary,
				}
			: null,
		process: run
			? {
					id: run.id,
					organization_id: run._orgId,
					name: run.name,
					summary: run.summary,
					status: run.status,
					progress: run.progress.percent,
					created_at: run.created_at,
					ClientURL: processUrl(sandbox, run),
					prerun: run.prerun,
					process_forms: processForms,
					tags: state
						.tagsOf('Run', run.id)
						.map((tag) => ({ id: tag.tag_id ?? tag.id, name: tag.title, color: tag.color })),
				}
			: null,
		'guest-links': run ? guestLinks(sandbox, run) : {},
		next_task: run ? nextTask(state, run) : [],
	};
}

/** An organization watcher's delivery: the documented `event` plus the records involved. */
function watcherPayload(event, { orgId, run, task, thread }) {
	return {
		event,
		organization_id: orgId,
		process: run ? present(run) : null,
		task: task ? present(task) : null,
		comment: thread ? present(thread) : null,
	};
}

module.exports = { processPayload, taskPayload, watcherPayload };
