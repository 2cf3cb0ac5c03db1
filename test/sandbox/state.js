'use strict';
// In-memory Tallyfy organization data, seeded from seed.js, with the domain rules the
// routes share (launching, completing, progress). Internal fields start with `_` and are
// stripped by `present` before anything is sent.
const { EventEmitter } = require('events');
const seed = require('./seed');
const { hexId, newHexId } = require('./ids');

const present = (record) => {
	if (Array.isArray(record)) return record.map(present);
	if (!record || typeof record !== 'object') return record;
	const out = {};
	for (const [key, value] of Object.entries(record)) if (!key.startsWith('_')) out[key] = value;
	return out;
};

const fullName = (user) => `${user.first_name} ${user.last_name}`.trim();

class State {
	constructor() {
		this.events = new EventEmitter();
		this.orgs = new Map();
		this.users = new Map();
		this.tokens = new Map();
		this.clients = new Map();
		this.guests = new Map();
		this.groups = new Map();
		this.tags = new Map();
		this.tagLinks = new Map();
		this.folders = new Map();
		this.folderObjects = new Map();
		this.checklists = new Map();
		this.runs = new Map();
		this.tasks = new Map();
		this.threads = new Map();
		this.assets = new Map();
		this.watchers = new Map();
		this.customFieldKeys = new Map();
		this.sequence = {
			user: 3000,
			guest: 600,
			thread: 9000,
			increment: 1,
			relation: 7000,
			watcher: 8000,
		};
		this.seed();
	}

	next(kind) {
		this.sequence[kind] += 1;
		return this.sequence[kind];
	}

	now() {
		return new Date().toISOString();
	}

	// ---- seeding -----------------------------------------------------------------

	seed() {
		for (const [id, name] of [
			[seed.MAIN_ORG, 'Acme Operations'],
			[seed.OTHER_ORG, 'Other Corp'],
		]) {
			this.orgs.set(id, {
				id,
				name,
				slug: name.toLowerCase().replace(/\s+/g, '-'),
				timezone: 'UTC',
				created_on: seed.at(-100000),
				last_updated: seed.at(0),
			});
		}
		for (const person of seed.people) {
			this.users.set(person.id, {
				id: person.id,
				email: person.email,
				username: person.email.split('@')[0],
				first_name: person.first_name,
				last_name: person.last_name,
				full_name: `${person.first_name} ${person.last_name}`,
				profile_pic: null,
				job_title: null,
				phone: null,
				timezone: 'UTC',
				role: person.role,
				status: person.status ?? 'active',
				is_active: person.status !== 'disabled',
				last_login_at: seed.at(-60),
				created_at: seed.at(-50000),
				updated_at: seed.at(-50000),
				_orgIds: [person.orgId],
			});
			if (person.token) this.tokens.set(person.token, { kind: 'personal', userId: person.id });
		}
		for (const client of seed.clients) this.clients.set(client.id, { ...client });
		for (const guest of seed.guests) this.addGuest(seed.MAIN_ORG, guest, seed.at(-40000));
		for (const group of seed.groups) {
			const id = hexId(`group:${group.key}`);
			this.groups.set(id, {
				id,
				name: group.name,
				description: group.description,
				logo: null,
				members: group.members,
				guests: group.guests,
				created_at: seed.at(-30000),
				last_updated: seed.at(-30000),
				_orgId: seed.MAIN_ORG,
			});
		}
		for (const tag of seed.tags) {
			const id = hexId(`tag:${tag.key}`);
			this.tags.set(id, {
				id,
				title: tag.title,
				color: tag.color,
				auto_generated: false,
				created_at: seed.at(-20000),
				deleted_at: null,
				_orgId: seed.MAIN_ORG,
			});
		}
		for (const folder of seed.folders) {
			const id = hexId(`folder:${folder.key}`);
			this.folders.set(id, {
				id,
				name: folder.name,
				folder_type: folder.folder_type,
				parent_id: null,
				position: this.folders.size + 1,
				created_at: seed.at(-20000),
				_orgId: seed.MAIN_ORG,
			});
		}
		for (const spec of seed.blueprints) this.seedBlueprint(spec);
		for (const spec of seed.processes) this.seedProcess(spec);
		for (let n = 1; n <= seed.followUpTaskCount; n++) {
			this.createTask(seed.MAIN_ORG, {
				title: `Follow up with lead #${n}`,
				task_type: 'task',
				owners: { users: [1002], guests: [], groups: [] },
				deadline: seed.at(60 * 24 * (n % 30) + n),
				created_at: seed.at(n),
				starter_id: 1001,
			});
		}
		this.createTask(seed.MAIN_ORG, {
			title: 'Approve budget exception',
			task_type: 'approval',
			owners: { users: [1001], guests: [], groups: [] },
			deadline: seed.at(60 * 24 * 7),
			created_at: seed.at(300),
			starter_id: 1002,
		});
	}

	seedBlueprint(spec) {
		const id = hexId(`blueprint:${spec.key}`);
		const steps = spec.steps.map((step, index) => ({
			id: hexId(`step:${spec.key}:${step.key}`),
			checklist_id: id,
			alias: step.key,
			title: step.title,
			summary: null,
			position: index + 1,
			step_type: step.type ?? 'task',
			owners: step.owners,
			deadline: { value: 3, unit: 'days' },
			captures: (step.captures ?? []).map((capture, position) =>
				seed.field(`${spec.key}:${step.key}`, position + 1, capture),
			),
		}));
		this.checklists.set(id, {
			id,
			increment_id: this.next('increment'),
			title: spec.title,
			summary: `${spec.title} blueprint`,
			type: spec.type,
			status: 'published',
			starred: false,
			webhook: null,
			guidance: null,
			alias: spec.key,
			folder_id: spec.folder ? hexId(`folder:${spec.folder}`) : null,
			prerun: spec.kickoff.map((field, position) => seed.field(spec.key, position + 1, field)),
			automated_actions: [],
			created_by: 1001,
			owner_id: 1001,
			started_processes: 0,
			steps_count: steps.length,
			is_public: false,
			is_published_state: true,
			is_pinned: false,
			// Who may use the blueprint besides administrators; a PUT that omits them removes them.
			users: [1002, 1003],
			groups: [hexId('group:finance')],
			created_at: seed.at(-10000),
			last_updated: seed.at(-10000),
			archived_at: spec.archived ? seed.at(-5000) : null,
			_orgId: seed.MAIN_ORG,
			_steps: steps,
		});
	}

	seedProcess(spec) {
		const blueprint = this.checklists.get(hexId(`blueprint:${spec.blueprint}`));
		const run = this.launch(
			seed.MAIN_ORG,
			1001,
			{ checklist_id: blueprint.id, name: spec.name, prerun: {} },
			{
				id: hexId(`process:${spec.key}`),
				at: seed.at(spec.minutes),
				quiet: true,
			},
		);
		for (const task of this.tasksOfRun(run.id)) {
			const step = blueprint._steps.find((s) => s.id === task.step_id);
			if (spec.completed.includes(step.alias)) {
				this.completeTask(task, 1001, {
					isApproved: task.task_type === 'approval' ? true : undefined,
					at: seed.at(spec.minutes + 30),
					quiet: true,
				});
			}
		}
		if (spec.key === 'initech') {
			const [first] = this.tasksOfRun(run.id);
			this.addThread(first, 1001, {
				content: 'Called the customer, all good.',
				label: 'comment',
				at: seed.at(spec.minutes + 5),
			});
			this.addThread(first, 1002, {
				content: 'Sent the welcome pack.',
				label: 'comment',
				at: seed.at(spec.minutes + 6),
			});
		}
		if (spec.key === 'laptops') {
			const [first] = this.tasksOfRun(run.id);
			this.addThread(first, 1002, {
				content: 'Budget code missing',
				label: 'problem',
				at: seed.at(spec.minutes + 10),
			});
		}
	}

	// ---- people ------------------------------------------------------------------

	member(orgId, userId) {
		const user = this.users.get(Number(userId));
		return user && user._orgIds.includes(orgId) ? user : undefined;
	}

	membersOf(orgId) {
		return [...this.users.values()].filter((user) => user._orgIds.includes(orgId));
	}

	addGuest(orgId, data, createdAt = this.now()) {
		const existing = [...this.guests.values()].find(
			(g) => g.email === data.email && g._orgId === orgId,
		);
		if (existing) return existing;
		const guest = {
			id: data.id ?? this.next('guest'),
			email: data.email,
			first_name: data.first_name ?? null,
			last_name: data.last_name ?? null,
			created_at: createdAt,
			deleted_at: null,
			last_accessed_at: null,
			// Tallyfy's documented guest object has no code field: the code only shows in `link`.
			link: `https://go.tallyfy.com/guest/${hexId(`guest-code:${data.email}`)}`,
			_code: hexId(`guest-code:${data.email}`),
			details: {
				status: 'active',
				phone_1: null,
				phone_2: null,
				timezone: 'UTC',
				company_name: data.company_name ?? null,
				associated_members: [],
				disabled_at: null,
			},
			_orgId: orgId,
		};
		this.guests.set(`${orgId}:${guest.email}`, guest);
		return guest;
	}

	// ---- tags --------------------------------------------------------------------

	/** Attaches a tag to a blueprint (`Checklist`) or process (`Run`); re-tagging is not duplicated. */
	linkTag(orgId, subjectType, subjectId, tagId, tagType = 'private') {
		const existing = [...this.tagLinks.values()].find(
			(link) =>
				link.subject_type === subjectType && link.subject_id === subjectId && link.tag_id === tagId,
		);
		if (existing) return existing;
		const link = {
			id: newHexId(),
			tag_id: tagId,
			subject_type: subjectType,
			subject_id: subjectId,
			tag_type: tagType,
			created_at: this.now(),
			_orgId: orgId,
		};
		this.tagLinks.set(link.id, link);
		return link;
	}

	/**
	 * The tags of a subject as `with=tags` shows them: the association records (whose `id`
	 * is what DELETE /checklists/tags/{id} takes, as POST /checklists/tags returns them),
	 * with the tag's title and color.
	 */
	tagsOf(subjectType, subjectId) {
		return [...this.tagLinks.values()]
			.filter((link) => link.subject_type === subjectType && link.subject_id === subjectId)
			.map((link) => {
				const tag = this.tags.get(link.tag_id);
				return { ...link, title: tag?.title, color: tag?.color };
			});
	}

	// ---- processes and tasks -----------------------------------------------------

	tasksOfRun(runId) {
		return [...this.tasks.values()]
			.filter((task) => task.run_id === runId)
			.sort((a, b) => a.position - b.position);
	}

	createTask(orgId, data) {
		const createdAt = data.created_at ?? this.now();
		const task = {
			id: data.id ?? newHexId(),
			increment_id: this.next('increment'),
			title: data.title,
			alias: data.alias ?? null,
			summary: data.summary ?? null,
			run_id: data.run_id ?? null,
			checklist_id: data.checklist_id ?? null,
			step_id: data.step_id ?? null,
			status: data.status ?? 'not-started',
			status_label: 'Not started',
			task_type: data.task_type ?? 'task',
			position: data.position ?? 1,
			is_oneoff_task: !data.run_id,
			owners: {
				users: data.owners?.users ?? [],
				guests: data.owners?.guests ?? [],
				groups: data.owners?.groups ?? [],
			},
			deadline: data.deadline ?? null,
			started_at: data.started_at ?? createdAt,
			created_at: createdAt,
			last_updated: createdAt,
			completed_at: null,
			is_completable: true,
			everyone_must_complete: Boolean(data.everyone_must_complete),
			archived_at: null,
			starter_id: data.starter_id ?? null,
			completer_id: null,
			is_approved: null,
			run_status: data.run_id ? 'active' : null,
			webhook: data.webhook ?? null,
			_orgId: orgId,
			_captures: data.captures ?? [],
			_values: {},
		};
		this.setTaskStatus(task, task.status);
		this.tasks.set(task.id, task);
		return task;
	}

	setTaskStatus(task, status) {
		const labels = {
			'not-started': 'Not started',
			'in-progress': 'In progress',
			completed: 'Completed',
			'auto-skipped': 'Skipped',
		};
		task.status = status;
		task.status_label = labels[status] ?? status;
	}

	/** POST /runs: the run plus one task per blueprint step. */
	launch(orgId, userId, body, { id, at, quiet } = {}) {
		const blueprint = this.checklists.get(body.checklist_id);
		const startedAt = at ?? this.now();
		const run = {
			id: id ?? newHexId(),
			increment_id: this.next('increment'),
			checklist_id: blueprint.id,
			checklist_title: blueprint.title,
			name: body.name || `${blueprint.title} - ${startedAt.slice(0, 10)}`,
			summary: body.summary ?? null,
			status: 'active',
			progress: { complete: 0, total: 0, percent: 0 },
			whole_progress: 0,
			started_by: userId,
			owner_id: body.owner_id ?? userId,
			prerun: body.prerun ?? {},
			prerun_status: 'complete',
			prerun_completed_at: startedAt,
			starred: Boolean(body.starred),
			created_at: startedAt,
			started_at: startedAt,
			last_updated: startedAt,
			archived_at: null,
			completed_at: null,
			due_date: null,
			due_date_passed: false,
			due_soon: false,
			late_tasks: 0,
			collaborators: [],
			type: blueprint.type,
			is_public: Boolean(body.is_public),
			users: body.users ?? [],
			groups: body.groups ?? [],
			parent_id: body.parent_id ?? null,
			can_add_oot: true,
			has_open_issue: false,
			_orgId: orgId,
		};
		this.runs.set(run.id, run);
		for (const tagId of body.tags ?? []) this.linkTag(orgId, 'Run', run.id, tagId);
		blueprint.started_processes += 1;
		const deadlineBase = Date.parse(startedAt);
		blueprint._steps.forEach((step, index) => {
			const override = body.tasks?.[step.id] ?? {};
			this.createTask(orgId, {
				id: id ? hexId(`task:${run.id}:${step.alias}`) : undefined,
				title: step.title,
				alias: step.alias,
				run_id: run.id,
				checklist_id: blueprint.id,
				step_id: step.id,
				task_type: step.step_type,
				position: step.position,
				status: index === 0 ? 'in-progress' : 'not-started',
				owners: override.owners ?? step.owners,
				deadline:
					override.deadline ?? new Date(deadlineBase + (index + 1) * 3 * 86_400_000).toISOString(),
				created_at: startedAt,
				starter_id: userId,
				captures: step.captures,
			});
		});
		this.refreshRun(run, startedAt);
		if (!quiet) this.events.emit('process.launched', run);
		return run;
	}

	refreshRun(run, at = this.now()) {
		const tasks = this.tasksOfRun(run.id);
		const complete = tasks.filter((task) => task.status === 'completed').length;
		run.progress = {
			complete,
			total: tasks.length,
			percent: tasks.length ? Math.round((complete / tasks.length) * 100) : 0,
		};
		run.whole_progress = run.progress.percent;
		run.last_updated = at;
		const wasComplete = run.status === 'complete';
		if (tasks.length && complete === tasks.length && !run.archived_at) {
			run.status = 'complete';
			run.completed_at = run.completed_at ?? at;
		} else if (run.status === 'complete') {
			run.status = 'active';
			run.completed_at = null;
		}
		for (const task of tasks) task.run_status = run.status;
		return !wasComplete && run.status === 'complete';
	}

	completeTask(task, userId, { isApproved, at, quiet } = {}) {
		const completedAt = at ?? this.now();
		this.setTaskStatus(task, 'completed');
		task.completed_at = completedAt;
		task.completer_id = userId;
		task.is_approved = isApproved ?? null;
		task.last_updated = completedAt;
		const run = task.run_id ? this.runs.get(task.run_id) : undefined;
		let processCompleted = false;
		if (run) {
			const next = this.tasksOfRun(run.id).find((t) => t.status === 'not-started');
			if (next) this.setTaskStatus(next, 'in-progress');
			processCompleted = this.refreshRun(run, completedAt);
		}
		if (!quiet) {
			this.events.emit('task.completed', task, run);
			if (processCompleted) this.events.emit('process.completed', run);
		}
		return task;
	}

	reopenTask(task) {
		this.setTaskStatus(task, 'in-progress');
		task.completed_at = null;
		task.completer_id = null;
		task.is_approved = null;
		task.last_updated = this.now();
		const run = task.run_id ? this.runs.get(task.run_id) : undefined;
		if (run) this.refreshRun(run);
		return task;
	}

	addThread(task, userId, { content, label = 'comment', state = 'hide-for-guests', at } = {}) {
		const user = this.users.get(userId);
		const thread = {
			id: this.next('thread'),
			task_id: task.id,
			label,
			content,
			state,
			sent_by: userId,
			sent_to: [],
			created_at: at ?? this.now(),
			last_updated_at: at ?? this.now(),
			archived_at: null,
			resolve_id: null,
			author: user
				? {
						username: user.username,
						first_name: user.first_name,
						last_name: user.last_name,
						full_name: fullName(user),
						profile_pic: null,
					}
				: null,
			_orgId: task._orgId,
		};
		this.threads.set(thread.id, thread);
		if (label === 'problem' && task.run_id) this.runs.get(task.run_id).has_open_issue = true;
		if (!at)
			this.events.emit(
				label === 'problem' ? 'task.issue_raised' : 'task.comment_added',
				thread,
				task,
			);
		return thread;
	}
}

module.exports = { State, present, fullName };
