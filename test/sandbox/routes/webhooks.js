'use strict';
// Webhooks: the sandbox POSTs Tallyfy's payloads to the URLs it was given (a blueprint's
// `webhook`, a one-off task's `webhook`, organization watchers) whenever the state changes,
// as real HTTP requests with the `X-Tallyfy-orgID` header, once each and without retries
// (tallyfy-api.md §6). Also serves the watcher endpoints and the controls that play a user
// acting in Tallyfy (`POST /__sandbox/act`) or create a burst of events (`/__sandbox/burst`).
const http = require('http');

const { errors, item, noContent } = require('../http');
const { present } = require('../state');
const { find, ofOrg, requireRole } = require('../records');
const { processPayload, taskPayload, watcherPayload } = require('../payloads');

const DELIVERY_TIMEOUT_MS = 10_000;
const FREQUENCIES = ['electric', 'mindful', 'chilled'];

function post(url, body, headers) {
	const payload = Buffer.from(JSON.stringify(body));
	return new Promise((resolve) => {
		const request = http.request(
			url,
			{
				method: 'POST',
				timeout: DELIVERY_TIMEOUT_MS,
				headers: {
					'Content-Type': 'application/json',
					'Content-Length': payload.length,
					'User-Agent': 'Tallyfy-Webhooks',
					...headers,
				},
			},
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let parsed = text;
					try {
						parsed = JSON.parse(text);
					} catch {
						// Not JSON: keep the text.
					}
					resolve({ status: response.statusCode, response: parsed });
				});
			},
		);
		request.on('timeout', () => request.destroy(new Error('timed out')));
		request.on('error', (error) => resolve({ status: 0, error: error.message }));
		request.end(payload);
	});
}

/** Outgoing deliveries, sent one after the other in the order the events happened. */
class Webhooks {
	constructor(sandbox) {
		this.sandbox = sandbox;
		this.deliveries = [];
		this.queue = Promise.resolve();
	}

	/** Listens to a fresh state's events (after every reset). */
	attach(state) {
		this.deliveries = [];
		const orgOf = (record) => record._orgId;
		state.events.on('process.launched', (run) => this.processEvent('process.launched', run));
		state.events.on('process.completed', (run) => this.processEvent('process.completed', run));
		state.events.on('task.completed', (task, run) => {
			const blueprint = run && state.checklists.get(run.checklist_id);
			const url = run ? blueprint?.webhook : task.webhook;
			if (url)
				this.deliver({
					kind: 'blueprint',
					event: 'task.completed',
					orgId: orgOf(task),
					url,
					body: taskPayload(this.sandbox, task, run),
				});
			this.toWatchers('task.completed', { orgId: orgOf(task), run, task });
		});
		for (const event of ['task.comment_added', 'task.issue_raised']) {
			state.events.on(event, (thread, task) =>
				this.toWatchers(event, {
					orgId: orgOf(task),
					run: task.run_id ? state.runs.get(task.run_id) : undefined,
					task,
					thread,
				}),
			);
		}
	}

	processEvent(event, run) {
		const url = this.sandbox.state.checklists.get(run.checklist_id)?.webhook;
		if (url)
			this.deliver({
				kind: 'blueprint',
				event,
				orgId: run._orgId,
				url,
				body: processPayload(this.sandbox, run),
			});
		this.toWatchers(event, { orgId: run._orgId, run });
	}

	toWatchers(event, records) {
		const watchers = [...this.sandbox.state.watchers.values()].filter(
			(w) =>
				w._orgId === records.orgId &&
				w.object_type === 'organization' &&
				w.notification_type === 'webhook',
		);
		for (const watcher of watchers) {
			this.deliver({
				kind: 'watcher',
				event,
				orgId: records.orgId,
				url: watcher.webhook,
				body: watcherPayload(event, records),
			});
		}
	}

	/**
	 * Queues one POST of a body built when the event happened (as Tallyfy's queue holds it);
	 * the record of the delivery gains `status` and `response` once it is answered.
	 */
	deliver({ kind, event, orgId, url, body }) {
		const record = {
			kind,
			event,
			url,
			headers: { 'X-Tallyfy-orgID': orgId },
			body,
		};
		this.deliveries.push(record);
		return this.send(record);
	}

	send(record) {
		const done = this.queue.then(async () => {
			Object.assign(record, await post(record.url, record.body, record.headers));
			return record;
		});
		this.queue = done;
		return done;
	}

	/** Sends a delivery again, as Tallyfy does after a reopen or a retry, optionally altered. */
	redeliver(delivery, { url, headers, body } = {}) {
		const record = {
			...delivery,
			url: url ?? delivery.url,
			headers: headers ?? delivery.headers,
			body: body ?? delivery.body,
			redelivery: true,
		};
		delete record.status;
		delete record.response;
		delete record.error;
		this.deliveries.push(record);
		return this.send(record);
	}

	/** Resolves once every queued delivery has been answered. */
	async settle() {
		let queue;
		do {
			queue = this.queue;
			await queue;
		} while (queue !== this.queue);
		return this.deliveries;
	}
}

const urlError = (url) => {
	try {
		const parsed = new URL(String(url));
		return ['http:', 'https:'].includes(parsed.protocol) ? undefined : 'must use http or https';
	} catch {
		return 'must be a valid URL';
	}
};

module.exports = (sandbox) => {
	sandbox.webhooks = new Webhooks(sandbox);
	sandbox.afterReset((sb) => sb.webhooks.attach(sb.state));

	const org = () => sandbox.fixtures.orgId;
	const taskOf = (id) => {
		const task = sandbox.state.tasks.get(id);
		if (!task) throw new Error(`No task ${id}`);
		return task;
	};

	/**
	 * Plays a member acting in Tallyfy's web app, so the state changes (and webhooks fire)
	 * without an API request in the log: launch, complete, reopen, comment, issue.
	 */
	sandbox.act = ({ action, as = sandbox.fixtures.users.admin, ...spec }) => {
		const { state } = sandbox;
		switch (action) {
			case 'launch': {
				const blueprint = state.checklists.get(spec.blueprint);
				if (!blueprint) throw new Error(`No blueprint ${spec.blueprint}`);
				const run = state.launch(org(), as, {
					checklist_id: blueprint.id,
					name: spec.name,
					prerun: spec.prerun ?? {},
				});
				return present(run);
			}
			case 'complete': {
				const task = taskOf(spec.task);
				if (task.status === 'completed') throw new Error(`Task ${task.id} is already completed`);
				for (const [field, value] of Object.entries(spec.values ?? {})) task._values[field] = value;
				state.completeTask(task, as, {
					isApproved: task.task_type === 'approval' ? (spec.approved ?? true) : undefined,
				});
				return present(task);
			}
			case 'reopen':
				return present(state.reopenTask(taskOf(spec.task)));
			case 'comment':
			case 'issue':
				return present(
					state.addThread(taskOf(spec.task), as, {
						content: spec.content ?? (action === 'issue' ? 'Blocked' : 'Looks good'),
						label: action === 'issue' ? 'problem' : 'comment',
					}),
				);
			default:
				throw new Error(`Unknown action "${action}"`);
		}
	};

	/**
	 * Many events at once, one millisecond apart in time order, without webhooks: `count`
	 * one-off tasks completed (`task.completed`) or processes launched (`process.launched`).
	 */
	sandbox.burst = ({ count, kind = 'task.completed', blueprint } = {}) => {
		const { state } = sandbox;
		const start = Date.now();
		const created = [];
		for (let n = 0; n < count; n++) {
			const at = new Date(start + n).toISOString();
			if (kind === 'process.launched') {
				const id = blueprint ?? sandbox.fixtures.blueprints.empty;
				created.push(
					state.launch(
						org(),
						sandbox.fixtures.users.admin,
						{ checklist_id: id, name: `Burst ${n + 1}`, prerun: {} },
						{ at, quiet: true },
					).id,
				);
			} else {
				const task = state.createTask(org(), {
					title: `Burst task ${n + 1}`,
					owners: { users: [sandbox.fixtures.users.admin], guests: [], groups: [] },
					deadline: new Date(start + 7 * 86_400_000).toISOString(),
					created_at: at,
					starter_id: sandbox.fixtures.users.admin,
				});
				state.completeTask(task, sandbox.fixtures.users.admin, { at, quiet: true });
				created.push(task.id);
			}
		}
		return created;
	};

	const control = (run) => (ctx) => {
		try {
			return { status: 200, body: run(ctx.body ?? {}) };
		} catch (error) {
			throw errors.badRequest(error.message);
		}
	};
	sandbox.post('/__sandbox/act', control(sandbox.act), { auth: false });
	sandbox.post('/__sandbox/burst', control(sandbox.burst), { auth: false });
	sandbox.get(
		'/__sandbox/deliveries',
		async () => ({ status: 200, body: await sandbox.webhooks.settle() }),
		{ auth: false },
	);

	const manageWatchers = (ctx) => requireRole(ctx, ['admin'], 'manage organization webhooks');

	sandbox.get('/organizations/:org/watchers', (ctx) => {
		manageWatchers(ctx);
		let records = ofOrg(ctx, ctx.state.watchers);
		if (ctx.query.notification)
			records = records.filter((w) => w.notification_type === ctx.query.notification);
		return item(present(records));
	});

	sandbox.post('/organizations/:org/users/:user/add-watcher', (ctx) => {
		manageWatchers(ctx);
		if (!ctx.state.member(ctx.orgId, ctx.params.user)) throw errors.notFound();
		const body = ctx.body ?? {};
		const problems = {};
		for (const field of ['object_type', 'object_id', 'notification_type']) {
			if (!body[field]) problems[field] = [`The ${field.replace(/_/g, ' ')} field is required.`];
		}
		if (body.object_type === 'organization' && body.object_id && body.object_id !== ctx.orgId)
			problems.object_id = ['The selected object id is invalid.'];
		if (body.frequency && !FREQUENCIES.includes(body.frequency))
			problems.frequency = ['The selected frequency is invalid.'];
		if (body.notification_type === 'webhook') {
			const problem = body.webhook ? urlError(body.webhook) : 'field is required';
			if (problem) problems.webhook = [`The webhook ${problem}.`];
		}
		if (Object.keys(problems).length) throw errors.invalid(problems);
		const watcher = {
			id: ctx.state.next('watcher'),
			user_id: Number(ctx.params.user),
			object_type: body.object_type,
			object_id: body.object_id,
			notification_type: body.notification_type,
			frequency: body.frequency ?? 'electric',
			webhook: body.webhook ?? null,
			created_at: ctx.state.now(),
			_orgId: ctx.orgId,
		};
		ctx.state.watchers.set(watcher.id, watcher);
		return item(present(watcher), 201);
	});

	sandbox.delete('/organizations/:org/remove-watcher/:watcher', (ctx) => {
		manageWatchers(ctx);
		const watcher = find(ctx, ctx.state.watchers, ctx.params.watcher);
		ctx.state.watchers.delete(watcher.id);
		return noContent();
	});
};
