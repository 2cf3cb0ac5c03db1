import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { TestContext } from '../harness/setup';

/**
 * Parameters with which each operation of the Tallyfy node succeeds against the freshly reset
 * sandbox: the good item next to each bad one in the bad-input sweep. `setup` prepares what
 * an operation needs first (an archived record, a tag to take off).
 */
export interface ValidRun {
	parameters: IDataObject;
	items?: INodeExecutionData[];
	setup?: () => void;
	/** Where a bad input needs another parameter set to be shown: the value that works here. */
	shownWith?: IDataObject;
	/** A form value the operation can only refuse once it has read the form's fields. */
	badFormValue?: { field: string; good: string; bad: string };
	/** The credential the operation needs, when a personal token will not do. */
	credential?: 'oauth';
}

const byId = (value: string | number) => ({ mode: 'id', value: String(value) });

export function validRuns(t: TestContext): Record<string, () => ValidRun> {
	const f = () => t.sandbox.fixtures;
	const state = () => t.sandbox.state;
	const blueprint = (id = f().blueprints.onboarding) => state().checklists.get(id) as IDataObject;
	const step = (alias: string) =>
		(blueprint()._steps as IDataObject[]).find((entry) => entry.alias === alias) as IDataObject;
	const capture = (stepAlias: string, alias: string) =>
		String((step(stepAlias).captures as IDataObject[]).find((c) => c.alias === alias)?.id);
	const kickoffField = (alias: string) =>
		String((blueprint().prerun as IDataObject[]).find((field) => field.alias === alias)?.id);
	const initechTask = (alias: string) => t.sandbox.taskId(f().processes.initech, alias);
	const oneOffTask = () => t.sandbox.taskId(null, 'Approve budget exception');
	const threadOf = (taskId: string, label: string) =>
		Number(
			[...(state().threads as Map<number, IDataObject>).values()].find(
				(thread) => thread.task_id === taskId && thread.label === label,
			)?.id,
		);
	const laptopsTask = (alias: string) => t.sandbox.taskId(f().processes.laptops, alias);
	const laptopsManager = () => laptopsTask('manager');
	const archive = (map: Map<string, IDataObject>, id: string) => {
		(map.get(id) as IDataObject).archived_at = '2026-11-02T00:00:00.000Z';
	};
	const onboarding = () => byId(f().blueprints.onboarding);
	const linkTag = (type: string, subject: string) =>
		(state() as unknown as { linkTag: (...args: string[]) => unknown }).linkTag(
			f().orgId,
			type,
			subject,
			f().tags.vip,
		);
	/** A second blueprint folder, for moving one folder into another. */
	const extraFolder = () => {
		const folders = state().folders as Map<string, IDataObject>;
		const id = 'f'.repeat(32);
		if (!folders.has(id)) {
			folders.set(id, {
				...(folders.get(f().folders.hr) as IDataObject),
				id,
				name: 'Extra',
			});
		}
		return id;
	};
	const initech = () => byId(f().processes.initech);
	const rule = () => ({
		ruleName: 'Show approval',
		// The value and the people count only for the kinds of condition and action that take
		// them, which the sweep switches to.
		conditions: {
			condition: [
				{
					subject: 'Step',
					subjectId: String(step('welcome').id),
					stepEvent: 'completed',
					value: 'Pro',
				},
			],
		},
		actions: {
			action: [
				{
					perform: 'visibility:show',
					targetStepId: String(step('approve').id),
					memberIds: String(f().users.standard),
				},
			],
		},
	});
	const automation = () => byId(String((blueprint().automated_actions as IDataObject[])[0].id));
	const ops = (resource: string, operations: Record<string, () => ValidRun>) =>
		Object.fromEntries(
			Object.entries(operations).map(([operation, valid]) => [
				`${resource}.${operation}`,
				() => {
					const run = valid();
					return { ...run, parameters: { resource, operation, ...run.parameters } };
				},
			]),
		);
	const pdf: INodeExecutionData = {
		json: {},
		binary: {
			data: {
				data: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
				mimeType: 'application/pdf',
				fileName: 'contract.pdf',
			},
		},
	};

	return {
		...ops('automation', {
			create: () => ({ parameters: { blueprintId: onboarding(), ...rule() } }),
			delete: () => ({ parameters: { blueprintId: onboarding(), automationId: automation() } }),
			getAll: () => ({ parameters: { blueprintId: onboarding() } }),
			update: () => ({
				parameters: { blueprintId: onboarding(), automationId: automation(), ...rule() },
			}),
		}),
		...ops('blueprint', {
			archive: () => ({ parameters: { blueprintId: onboarding() } }),
			clone: () => ({ parameters: { blueprintId: onboarding(), title: 'Copy' } }),
			create: () => ({ parameters: { title: 'New Blueprint', type: 'procedure' } }),
			deletePermanently: () => ({ parameters: { blueprintId: byId(f().blueprints.archived) } }),
			get: () => ({ parameters: { blueprintId: onboarding() } }),
			getAll: () => ({ parameters: {} }),
			getKickoffFields: () => ({ parameters: { blueprintId: onboarding() } }),
			publish: () => ({ parameters: { blueprintId: onboarding() } }),
			restore: () => ({ parameters: { blueprintId: byId(f().blueprints.archived) } }),
			update: () => ({
				parameters: { blueprintId: onboarding(), updateFields: { title: 'Renamed' } },
			}),
		}),
		...ops('comment', {
			create: () => ({ parameters: { taskId: byId(initechTask('welcome')), content: 'Hi' } }),
			createBot: () => ({ parameters: { taskId: byId(initechTask('welcome')), content: 'Hi' } }),
			delete: () => ({
				parameters: {
					taskId: byId(initechTask('welcome')),
					commentId: byId(threadOf(initechTask('welcome'), 'comment')),
				},
			}),
			getAll: () => ({ parameters: { taskId: byId(initechTask('welcome')) } }),
			reportIssue: () => ({
				parameters: { taskId: byId(initechTask('welcome')), content: 'Broken' },
			}),
			resolveIssue: () => ({
				parameters: {
					taskId: byId(laptopsManager()),
					commentId: byId(threadOf(laptopsManager(), 'problem')),
					content: 'Fixed',
				},
			}),
			update: () => ({
				parameters: {
					taskId: byId(initechTask('welcome')),
					commentId: byId(threadOf(initechTask('welcome'), 'comment')),
					content: 'Edited',
				},
			}),
		}),
		...ops('customApiCall', {
			call: () => ({
				parameters: {
					method: 'GET',
					scope: 'organization',
					path: `/runs/${f().processes.initech}`,
					body: '{"name": "Renamed"}',
				},
				shownWith: { method: 'PUT' },
			}),
		}),
		...ops('customField', {
			createKey: () => ({ parameters: { key: 'region_code', applies_to: 'process' } }),
			getKeys: () => ({ parameters: {} }),
			removeProcessValue: () => ({ parameters: { processId: initech(), key: 'cost_center' } }),
			setProcessValues: () => ({
				parameters: {
					processId: initech(),
					values: { value: [{ key: 'cost_center', value: 'CC-7' }] },
				},
			}),
		}),
		...ops('file', {
			delete: () => ({ parameters: { fileId: assetId(t) } }),
			download: () => ({ parameters: { fileId: assetId(t) } }),
			get: () => ({ parameters: { fileId: assetId(t) } }),
			upload: () => ({
				parameters: {
					subjectType: 'Run',
					processId: initech(),
					blueprintId: onboarding(),
					formFieldId: capture('welcome', 'call_notes'),
				},
				items: [pdf],
			}),
		}),
		...ops('folder', {
			addItem: () => ({
				parameters: {
					folderId: byId(f().folders.clients),
					itemType: 'process',
					processId: initech(),
					blueprintId: onboarding(),
				},
			}),
			create: () => ({ parameters: { name: 'Archive' } }),
			delete: () => ({ parameters: { folderId: byId(f().folders.hr) } }),
			getAll: () => ({ parameters: {} }),
			removeItem: () => ({
				parameters: { folderItemId: '7777' },
				setup: () =>
					(state().folderObjects as Map<number, IDataObject>).set(7777, {
						id: 7777,
						folder_id: f().folders.clients,
						subject_id: f().processes.initech,
						subject_type: 'Run',
						_orgId: f().orgId,
					}),
			}),
			update: () => ({
				parameters: {
					folderId: byId(f().folders.hr),
					name: 'People',
					parentId: byId(String(extraFolder())),
				},
				setup: () => extraFolder(),
			}),
		}),
		...ops('formField', {
			add: () => ({
				parameters: {
					blueprintId: onboarding(),
					stepId: byId(String(step('welcome').id)),
					label: 'Budget',
					fieldType: 'text',
				},
			}),
			delete: () => ({ parameters: fieldOf('welcome', 'call_notes') }),
			getOptions: () => ({ parameters: fieldOf('welcome', 'outcome') }),
			move: () => ({
				parameters: {
					...fieldOf('welcome', 'call_notes'),
					targetStepId: byId(String(step('approve').id)),
				},
			}),
			setOptions: () => ({
				parameters: { ...fieldOf('welcome', 'outcome'), choices: ['Positive', 'Mixed'] },
			}),
			update: () => ({
				parameters: { ...fieldOf('welcome', 'call_notes'), updateFields: { label: 'Notes' } },
			}),
		}),
		...ops('group', {
			create: () => ({ parameters: { name: 'Legal', description: 'Reviews contracts' } }),
			delete: () => ({ parameters: { groupId: byId(f().groups.finance) } }),
			get: () => ({ parameters: { groupId: byId(f().groups.finance) } }),
			getAll: () => ({ parameters: {} }),
			update: () => ({
				parameters: { groupId: byId(f().groups.finance), updateFields: { name: 'Money' } },
			}),
		}),
		...ops('guest', {
			convertToMember: () => ({ parameters: { guestEmail: guest(f().guests[0]) } }),
			create: () => ({ parameters: { email: 'new.guest@client.example' } }),
			delete: () => ({ parameters: { guestEmail: guest(f().guests[0]) } }),
			disable: () => ({ parameters: { guestEmail: guest(f().guests[0]) } }),
			enable: () => ({ parameters: { guestEmail: guest(f().guests[0]) } }),
			get: () => ({ parameters: { guestEmail: guest(f().guests[0]) } }),
			getAll: () => ({ parameters: {} }),
			update: () => ({
				parameters: { guestEmail: guest(f().guests[0]), updateFields: { first_name: 'Gia' } },
			}),
		}),
		...ops('kickoffField', {
			add: () => ({ parameters: { blueprintId: onboarding(), label: 'PO', fieldType: 'text' } }),
			delete: () => ({
				parameters: { blueprintId: onboarding(), kickoffFieldId: byId(kickoffField('notes')) },
			}),
			reorder: () => ({
				parameters: {
					blueprintId: onboarding(),
					order: { fields: [{ field: kickoffField('notes') }] },
				},
			}),
			update: () => ({
				parameters: {
					blueprintId: onboarding(),
					kickoffFieldId: byId(kickoffField('notes')),
					updateFields: { label: 'Remarks' },
				},
			}),
		}),
		...ops('member', {
			convertToGuest: () => ({ parameters: { memberId: byId(f().users.light) } }),
			deletePermanently: () => ({ parameters: { memberId: byId(f().users.disabled) } }),
			disable: () => ({ parameters: { memberId: byId(f().users.light) } }),
			enable: () => ({ parameters: { memberId: byId(f().users.disabled) } }),
			get: () => ({ parameters: { memberId: byId(f().users.standard) } }),
			getAll: () => ({ parameters: {} }),
			getCurrent: () => ({ parameters: {} }),
			create: () => ({
				credential: 'oauth',
				parameters: {
					email: 'nia@acme.example',
					firstName: 'Nia',
					lastName: 'New',
					role: 'light',
					timezone: 'Europe/Berlin',
				},
			}),
			invite: () => ({
				parameters: {
					email: 'nia@acme.example',
					firstName: 'Nia',
					lastName: 'New',
					role: 'standard',
					message: 'Welcome',
				},
			}),
			remove: () => ({
				parameters: { memberId: byId(f().users.light), reassignTo: byId(f().users.standard) },
			}),
			update: () => ({
				parameters: { memberId: byId(f().users.standard), updateFields: { first_name: 'Sammy' } },
			}),
			updateRole: () => ({ parameters: { memberId: byId(f().users.standard), role: 'light' } }),
		}),
		...ops('organization', {
			get: () => ({ parameters: {} }),
			getAll: () => ({ parameters: {} }),
		}),
		...ops('process', {
			archive: () => ({ parameters: { processId: initech() } }),
			completeKickoffForm: () => ({ parameters: { processId: initech() } }),
			deletePermanently: () => ({
				parameters: { processId: initech() },
				setup: () => archive(state().runs, f().processes.initech),
			}),
			export: () => ({ parameters: { processId: initech() } }),
			get: () => ({ parameters: { processId: initech() } }),
			getActivity: () => ({ parameters: { processId: initech() } }),
			getAll: () => ({ parameters: {} }),
			getFormFields: () => ({ parameters: { processId: initech() } }),
			getTasks: () => ({ parameters: { processId: initech() } }),
			launch: () => ({
				parameters: {
					blueprintId: onboarding(),
					name: 'Onboarding - Hooli',
					kickoffValues: { values: [{ field: 'Customer Name', value: 'Hooli' }] },
				},
				badFormValue: { field: 'Plan', good: 'Pro', bad: 'Platinum' },
			}),
			reactivate: () => ({
				parameters: { processId: initech() },
				setup: () => archive(state().runs, f().processes.initech),
			}),
			reopenKickoffForm: () => ({ parameters: { processId: initech() } }),
			update: () => ({
				parameters: {
					processId: initech(),
					updateFields: { name: 'Renamed' },
					kickoffValues: { values: [{ field: 'Notes', value: 'Signed' }] },
				},
				badFormValue: { field: 'Start Date', good: '2026-12-01', bad: 'soon' },
			}),
		}),
		...ops('search', {
			blueprints: () => ({ parameters: { search: 'onboarding' } }),
			everything: () => ({ parameters: { search: 'onboarding', types: ['blueprint'] } }),
			processes: () => ({ parameters: { search: 'onboarding' } }),
			snippets: () => ({ parameters: { search: 'welcome' } }),
			tasks: () => ({ parameters: { search: 'welcome' } }),
		}),
		...ops('step', {
			assign: () => ({
				parameters: { ...stepOf('welcome'), assignMode: 'add', memberIds: String(f().users.admin) },
			}),
			create: () => ({ parameters: { blueprintId: onboarding(), title: 'Sign off' } }),
			get: () => ({ parameters: stepOf('welcome') }),
			getAll: () => ({ parameters: { blueprintId: onboarding() } }),
			update: () => ({ parameters: { ...stepOf('welcome'), updateFields: { title: 'Call' } } }),
		}),
		...ops('tag', {
			create: () => ({ parameters: { title: 'hot' } }),
			delete: () => ({ parameters: { tagId: byId(f().tags.urgent) } }),
			get: () => ({ parameters: { tagId: byId(f().tags.urgent) } }),
			getAll: () => ({ parameters: {} }),
			tagBlueprint: () => ({
				parameters: { blueprintId: onboarding(), tagId: byId(f().tags.vip) },
			}),
			tagProcess: () => ({ parameters: { processId: initech(), tagId: byId(f().tags.vip) } }),
			untagBlueprint: () => ({
				parameters: { blueprintId: onboarding(), tagId: byId(f().tags.vip) },
				setup: () => linkTag('Checklist', f().blueprints.onboarding),
			}),
			untagProcess: () => ({
				parameters: { processId: initech(), tagId: byId(f().tags.vip) },
				setup: () => linkTag('Run', f().processes.initech),
			}),
			update: () => ({
				parameters: { tagId: byId(f().tags.urgent), updateFields: { title: 'now' } },
			}),
		}),
		...ops('task', {
			archive: () => ({ parameters: { taskId: byId(oneOffTask()) } }),
			clone: () => ({ parameters: { taskId: byId(initechTask('approve')) } }),
			complete: () => ({
				parameters: {
					taskId: byId(laptopsTask('order')),
					formValues: { values: [{ field: 'Order Number', value: 'PO-1' }] },
				},
			}),
			create: () => ({
				parameters: {
					title: 'Call back',
					task_type: 'task',
					deadline: '2026-12-31T17:00:00Z',
					members: String(f().users.standard),
				},
			}),
			deletePermanently: () => ({ parameters: { taskId: byId(oneOffTask()) } }),
			restore: () => ({
				parameters: { taskId: byId(oneOffTask()) },
				setup: () => archive(state().tasks as Map<string, IDataObject>, oneOffTask()),
			}),
			get: () => ({ parameters: { taskId: byId(initechTask('welcome')) } }),
			getAll: () => ({ parameters: { scope: 'organization', processId: initech() } }),
			getGuestTasks: () => ({ parameters: { guestEmail: guest(f().guests[0]) } }),
			getMemberTasks: () => ({ parameters: { memberId: byId(f().users.standard) } }),
			getMyTasks: () => ({ parameters: {} }),
			getProcessTask: () => ({
				parameters: { processId: initech(), taskId: byId(initechTask('welcome')) },
			}),
			reassign: () => ({
				parameters: {
					taskId: byId(initechTask('approve')),
					change: 'add',
					members: String(f().users.standard),
				},
			}),
			reopen: () => ({ parameters: { taskId: byId(initechTask('welcome')) } }),
			setFormValues: () => ({
				parameters: {
					taskId: byId(initechTask('welcome')),
					formValues: { values: [{ field: 'Call Notes', value: 'Went well' }] },
				},
				badFormValue: { field: 'Outcome', good: 'Neutral', bad: 'Ecstatic' },
				setup: () =>
					(state() as unknown as { reopenTask: (task: unknown) => void }).reopenTask(
						state().tasks.get(initechTask('welcome')),
					),
			}),
			update: () => ({
				parameters: { taskId: byId(oneOffTask()), updateFields: { title: 'Approve it' } },
			}),
			updateProcessTask: () => ({
				parameters: {
					processId: byId(f().processes.laptops),
					taskId: byId(laptopsTask('order')),
					updateFields: { title: 'Order' },
					formValues: { values: [{ field: 'Order Number', value: 'PO-2' }] },
				},
			}),
		}),
	};

	function fieldOf(stepAlias: string, alias: string): IDataObject {
		return {
			...stepOf(stepAlias),
			formFieldId: byId(capture(stepAlias, alias)),
		};
	}

	function stepOf(alias: string): IDataObject {
		return { blueprintId: onboarding(), stepId: byId(String(step(alias).id)) };
	}

	function guest(email: string) {
		return { mode: 'email', value: email };
	}
}

function assetId(t: TestContext): string {
	const assets = t.sandbox.state.assets as Map<string, IDataObject>;
	return String([...assets.values()].find((asset) => asset.filename === 'signed-contract.pdf')?.id);
}
