'use strict';
// Comments (API: threads) on tasks: post, post without notifications, report and resolve
// issues, edit, delete. Tallyfy has no comment list: the task routes embed comments with
// `with=threads` (tasks.js).
const { errors, item } = require('../http');
const { present } = require('../state');
const { find } = require('../records');

const LABELS = ['comment', 'problem', 'resolve', 'improvement', 'advice'];
const STATES = ['open', 'hide-for-guests', 'collapsed'];

/** PostCommentRequest: `content` required, `label` and `state` from fixed lists. */
function validate(body = {}) {
	const problems = {};
	if (typeof body.content !== 'string' || !body.content.trim())
		problems.content = ['The content field is required.'];
	if (body.label !== undefined && !LABELS.includes(body.label))
		problems.label = ['The selected label is invalid.'];
	if (body.state !== undefined && !STATES.includes(body.state))
		problems.state = ['The selected state is invalid.'];
	if (Object.keys(problems).length) throw errors.invalid(problems);
	return body;
}

function threadOf(ctx, task) {
	const thread = find(ctx, ctx.state.threads, ctx.params.comment);
	if (thread.task_id !== task.id || thread.archived_at) throw errors.notFound();
	return thread;
}

/** A process has an open issue while any of its tasks has an unresolved problem thread. */
function refreshIssueFlag(state, task) {
	if (!task.run_id) return;
	const runTasks = new Set(state.tasksOfRun(task.run_id).map((t) => t.id));
	state.runs.get(task.run_id).has_open_issue = [...state.threads.values()].some(
		(t) => runTasks.has(t.task_id) && t.label === 'problem' && !t.resolve_id && !t.archived_at,
	);
}

module.exports = (sandbox) => {
	const taskOf = (ctx) => find(ctx, ctx.state.tasks, ctx.params.task);

	sandbox.post('/organizations/:org/tasks/:task/comment', (ctx) => {
		const task = taskOf(ctx);
		const body = validate(ctx.body);
		// api-v2 stores comments hidden from guests unless `state` says otherwise.
		const thread = ctx.state.addThread(task, ctx.userId, {
			content: body.content,
			label: body.label ?? 'comment',
			state: body.state ?? 'hide-for-guests',
		});
		return item(present(thread));
	});

	sandbox.post('/organizations/:org/tasks/:task/bot-comment', (ctx) => {
		const task = taskOf(ctx);
		const { content } = validate({ content: ctx.body?.content });
		// A timestamp marks the thread as not announced: bot comments notify nobody.
		return item(present(ctx.state.addThread(task, ctx.userId, { content, at: ctx.state.now() })));
	});

	sandbox.post('/organizations/:org/tasks/:task/problem', (ctx) => {
		const task = taskOf(ctx);
		const { content } = validate({ content: ctx.body?.content });
		return item(present(ctx.state.addThread(task, ctx.userId, { content, label: 'problem' })));
	});

	sandbox.post('/organizations/:org/tasks/:task/resolved-threads', (ctx) => {
		const task = taskOf(ctx);
		const body = ctx.body ?? {};
		const problems = {};
		if (body.thread_id === undefined || body.thread_id === '')
			problems.thread_id = ['The thread id field is required.'];
		if (typeof body.content !== 'string' || !body.content.trim())
			problems.content = ['The content field is required.'];
		if (Object.keys(problems).length) throw errors.invalid(problems);
		const problem = ctx.state.threads.get(Number(body.thread_id));
		if (
			!problem ||
			problem.task_id !== task.id ||
			problem.label !== 'problem' ||
			problem.resolve_id ||
			problem.archived_at
		) {
			throw errors.invalid({ thread_id: ['The selected thread id is invalid.'] });
		}
		const resolution = ctx.state.addThread(task, ctx.userId, {
			content: body.content,
			label: 'resolve',
			state: 'open',
			at: ctx.state.now(),
		});
		problem.resolve_id = resolution.id;
		refreshIssueFlag(ctx.state, task);
		ctx.state.events.emit('task.issue_resolved', problem, task);
		return item(present(resolution));
	});

	sandbox.put('/organizations/:org/tasks/:task/comment/:comment', (ctx) => {
		const thread = threadOf(ctx, taskOf(ctx));
		const body = validate(ctx.body);
		thread.content = body.content;
		if (body.label !== undefined) thread.label = body.label;
		if (body.state !== undefined) thread.state = body.state;
		thread.last_updated_at = ctx.state.now();
		return item(present(thread));
	});

	sandbox.delete('/organizations/:org/tasks/:task/comment/:comment', (ctx) => {
		const task = taskOf(ctx);
		ctx.state.threads.delete(threadOf(ctx, task).id);
		refreshIssueFlag(ctx.state, task);
		return { status: 200, body: undefined };
	});
};
