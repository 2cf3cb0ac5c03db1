'use strict';
// The activity feed (GET /activity-feeds, contract §3.6): an audit trail of processes and
// tasks. Seeded from the seeded processes, then fed by the state's events (launches and
// completions) and by routes that change processes and tasks (`sandbox.recordActivity`).
const { errors, list } = require('../http');
const { fullName } = require('../state');

const ENTITY_TYPES = {
	checklist: 'Checklist',
	run: 'Run',
	step: 'Step',
	task: 'Task',
	thread: 'Thread',
};

const day = (iso) => String(iso ?? '').slice(0, 10);

module.exports = (sandbox) => {
	let sequence = 0;

	/** Adds an entry: `verb` done by member `actorId` to `subject` (a run or a task). */
	function record(state, { verb, actorId, subject, at, field = null }) {
		const isTask = 'task_type' in subject;
		const runId = isTask ? subject.run_id : subject.id;
		const actor = state.users.get(actorId);
		const what = isTask ? `the task "${subject.title}"` : `the process "${subject.name}"`;
		const entry = {
			id: ++sequence,
			organization_id: subject._orgId,
			verb: [verb],
			source: ['Member'],
			actor_type: ['user'],
			actor_id: [actorId],
			auditable_type: isTask ? 'Task' : 'Run',
			auditable_id: subject.id,
			parentable_type: runId ? 'Run' : null,
			parentable_id: runId ?? null,
			type: [isTask ? 'Task' : 'Process'],
			description: [`${actor ? fullName(actor) : 'Someone'} ${verb} ${what}`],
			field,
			origin_type: null,
			origin_id: null,
			created_at: at ?? state.now(),
			actor: actor ? [{ id: actor.id, email: actor.email, full_name: fullName(actor) }] : [],
		};
		state.activities.push(entry);
		return entry;
	}

	sandbox.recordActivity = (ctx, verb, subject, field) =>
		record(ctx.state, { verb, actorId: ctx.userId, subject, field });

	sandbox.afterReset((sb) => {
		const state = sb.state;
		sequence = 0;
		state.activities = [];
		for (const run of state.runs.values()) {
			record(state, {
				verb: 'launched',
				actorId: run.started_by,
				subject: run,
				at: run.created_at,
			});
			for (const task of state.tasksOfRun(run.id).filter((t) => t.completed_at)) {
				record(state, {
					verb: 'completed',
					actorId: task.completer_id,
					subject: task,
					at: task.completed_at,
				});
			}
		}
		state.events.on('process.launched', (run) =>
			record(state, { verb: 'launched', actorId: run.started_by, subject: run }),
		);
		state.events.on('task.completed', (task) =>
			record(state, { verb: 'completed', actorId: task.completer_id, subject: task }),
		);
	});

	sandbox.get('/organizations/:org/activity-feeds', (ctx) => {
		const q = ctx.query;
		const search = q.search === undefined ? undefined : String(q.search);
		if (search !== undefined && (search.length < 2 || search.length > 100)) {
			throw errors.invalid({ search: ['The search must be between 2 and 100 characters.'] });
		}
		const has = (values, wanted) => values.map(String).includes(String(wanted));
		let records = ctx.state.activities.filter((a) => a.organization_id === ctx.orgId);
		if (q.entity_type) {
			const type = ENTITY_TYPES[q.entity_type];
			if (!type) throw errors.invalid({ entity_type: ['The selected entity type is invalid.'] });
			records = records.filter(
				(a) =>
					(a.auditable_type === type && (!q.entity_id || a.auditable_id === q.entity_id)) ||
					(a.parentable_type === type && (!q.entity_id || a.parentable_id === q.entity_id)),
			);
		}
		for (const key of ['type', 'verb', 'source', 'actor_type', 'actor_id']) {
			if (q[key] !== undefined) records = records.filter((a) => has(a[key], q[key]));
		}
		if (q.actor_email)
			records = records.filter((a) =>
				a.actor.some((actor) => actor.email.toLowerCase() === q.actor_email.toLowerCase()),
			);
		for (const key of ['field', 'origin_type', 'origin_id']) {
			if (q[key] !== undefined) records = records.filter((a) => String(a[key]) === q[key]);
		}
		if (q.created_after) records = records.filter((a) => day(a.created_at) >= q.created_after);
		if (q.created_before) records = records.filter((a) => day(a.created_at) <= q.created_before);
		if (search)
			records = records.filter((a) =>
				a.description.some((text) => text.toLowerCase().includes(search.toLowerCase())),
			);
		const ascending = q.sort === 'created_at';
		records = [...records].sort(
			(a, b) => (a.created_at.localeCompare(b.created_at) || a.id - b.id) * (ascending ? 1 : -1),
		);
		// DOCS: this list's default page is 20 entries.
		return list(ctx, records, { defaultPerPage: 20 });
	});
};
