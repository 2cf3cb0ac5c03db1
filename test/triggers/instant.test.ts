import axios from 'axios';
import type { IDataObject } from 'n8n-workflow';

import { SEEN_LIMIT } from '../../nodes/Tallyfy/triggers/authenticity';
import { useTriggers, type InstantTrigger } from '../harness/triggers';

const t = useTriggers();

const byId = (value: string) => ({ mode: 'id', value });
const ALL_BLUEPRINT_EVENTS = ['process.launched', 'process.completed', 'task.completed'];
const FOREIGN_URL = 'https://hooks.example.com/tallyfy/inbox';

const onboarding = () => t.sandbox.fixtures.blueprints.onboarding;
const checklist = (id = onboarding()) => t.sandbox.state.checklists.get(id) as IDataObject;
/** Who may use a seeded blueprint: every write must send them back, or Tallyfy drops them. */
const access = () => ({
	users: [t.sandbox.fixtures.users.standard, t.sandbox.fixtures.users.light],
	groups: [t.sandbox.fixtures.groups.finance],
});
const sent = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);
const org = (path: string) => `/organizations/${t.sandbox.fixtures.orgId}${path}`;
const registrationOf = (trigger: InstantTrigger) => trigger.staticData.registration as IDataObject;

function blueprintTrigger(parameters: IDataObject = {}, webhookId?: string) {
	return t.instant(
		{
			credential: t.harness.pat(),
			parameters: {
				scope: 'blueprint',
				blueprintId: byId(onboarding()),
				events: ALL_BLUEPRINT_EVENTS,
				...parameters,
			},
		},
		webhookId,
	);
}

function organizationTrigger(parameters: IDataObject = {}, token?: string) {
	return t.instant({
		credential: t.harness.pat(token ? { accessToken: token } : {}),
		parameters: { scope: 'organization', ...parameters },
	});
}

/** A process of the onboarding blueprint launched in Tallyfy's UI, with kick-off values. */
function launchOnboarding(name = 'Onboarding - Hooli') {
	const fields = checklist().prerun as IDataObject[];
	const fieldId = (alias: string) => String(fields.find((f) => f.alias === alias)?.id);
	return t.sandbox.act({
		action: 'launch',
		blueprint: onboarding(),
		name,
		prerun: { [fieldId('customer_name')]: 'Hooli', [fieldId('plan')]: 'Pro' },
	});
}

async function delivered() {
	return await t.sandbox.webhooks.settle();
}

describe('Tallyfy Trigger > Blueprint scope: registration', () => {
	it('writes n8n’s URL with a fresh secret to the blueprint, sending the title it read', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		const path = org(`/checklists/${onboarding()}`);
		expect(sent()).toEqual([`GET ${path}`, `GET ${path}`, `PUT ${path}`]);
		const url = String((t.sandbox.requests[2].body as IDataObject).webhook);
		expect(t.sandbox.requests[2].body).toEqual({
			title: 'Client Onboarding',
			...access(),
			webhook: url,
		});
		expect(checklist()).toMatchObject(access());
		expect(url).toMatch(new RegExp(`^${trigger.webhookUrl}\\?secret=[0-9a-f]{64}$`));
		expect(checklist().webhook).toBe(url);
		expect(registrationOf(trigger)).toMatchObject({
			scope: 'blueprint',
			blueprintId: onboarding(),
			url,
			previousUrl: null,
		});

		await trigger.deactivate();
		await trigger.activate();
		expect(checklist().webhook).not.toBe(url);
		expect(checklist().webhook).toBe(registrationOf(trigger).url);
	});

	it('finds its registration again after n8n restarts, without writing to the blueprint', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		const url = checklist().webhook;
		t.sandbox.requests.length = 0;

		await trigger.restart();

		expect(sent()).toEqual([`GET ${org(`/checklists/${onboarding()}`)}`]);
		expect(checklist().webhook).toBe(url);
		launchOnboarding();
		await delivered();
		expect(trigger.executions).toHaveLength(1);
	});

	it('adopts the URL of its own webhook path when its saved state is gone', async () => {
		const first = blueprintTrigger();
		await first.activate();
		const url = checklist().webhook;
		t.sandbox.requests.length = 0;

		const reimported = blueprintTrigger({}, first.node.webhookId);
		await reimported.activate();

		expect(sent()).toEqual([`GET ${org(`/checklists/${onboarding()}`)}`]);
		expect(registrationOf(reimported)).toMatchObject({
			url,
			secret: registrationOf(first).secret,
		});
		launchOnboarding();
		const [delivery] = await delivered();
		expect(delivery.status).toBe(200);
		expect(reimported.executions).toHaveLength(1);
	});

	it('refuses to take over a blueprint that sends its webhooks elsewhere, naming the URL', async () => {
		checklist().webhook = FOREIGN_URL;
		const trigger = blueprintTrigger();

		await expect(trigger.activate()).rejects.toThrow(
			`The blueprint "Client Onboarding" already sends its webhooks to ${FOREIGN_URL}`,
		);

		expect(sent().filter((request) => request.startsWith('PUT'))).toEqual([]);
		expect(checklist().webhook).toBe(FOREIGN_URL);
		expect(trigger.staticData.registration).toBeUndefined();
	});

	it('with Replace Existing Webhook, takes the blueprint over and puts the old URL back on deactivation', async () => {
		checklist().webhook = FOREIGN_URL;
		const trigger = blueprintTrigger({ replaceExisting: true });
		await trigger.activate();
		expect(checklist().webhook).toBe(registrationOf(trigger).url);
		expect(registrationOf(trigger).previousUrl).toBe(FOREIGN_URL);
		t.sandbox.requests.length = 0;

		expect(await trigger.deactivate()).toBe(true);

		const path = org(`/checklists/${onboarding()}`);
		expect(sent()).toEqual([`GET ${path}`, `PUT ${path}`]);
		expect(t.sandbox.requests[1].body).toEqual({
			title: 'Client Onboarding',
			...access(),
			webhook: FOREIGN_URL,
		});
		expect(checklist().webhook).toBe(FOREIGN_URL);
		expect(trigger.staticData.registration).toBeUndefined();
	});

	it('clears the URL it set when the blueprint had none', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		await trigger.deactivate();
		expect(t.sandbox.requests.at(-1)?.body).toEqual({
			title: 'Client Onboarding',
			...access(),
			webhook: null,
		});
		expect(checklist().webhook).toBeNull();
	});

	it('leaves a blueprint alone whose URL someone changed after activation', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		checklist().webhook = FOREIGN_URL;
		t.sandbox.requests.length = 0;

		expect(await trigger.deactivate()).toBe(true);

		expect(sent()).toEqual([`GET ${org(`/checklists/${onboarding()}`)}`]);
		expect(checklist().webhook).toBe(FOREIGN_URL);
	});

	it('moved to another blueprint, releases the first one before registering on the second', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		trigger.node.parameters.blueprintId = byId(purchase);
		t.sandbox.requests.length = 0;

		await trigger.activate();

		expect(sent()).toEqual([
			`GET ${org(`/checklists/${purchase}`)}`,
			`GET ${org(`/checklists/${onboarding()}`)}`,
			`PUT ${org(`/checklists/${onboarding()}`)}`,
			`GET ${org(`/checklists/${purchase}`)}`,
			`PUT ${org(`/checklists/${purchase}`)}`,
		]);
		expect(checklist().webhook).toBeNull();
		expect(checklist(purchase).webhook).toBe(registrationOf(trigger).url);
	});

	it('logs a failure to remove its URL and keeps the registration for the next activation', async () => {
		const warn = jest.spyOn(t.logger(), 'warn').mockImplementation(() => {});
		const trigger = blueprintTrigger();
		await trigger.activate();
		const url = checklist().webhook;
		t.sandbox.fault({ status: 500, method: 'PUT', path: '/checklists/' });

		expect(await trigger.deactivate()).toBe(false);

		expect(warn).toHaveBeenCalledWith(
			expect.stringContaining(
				`Tallyfy Trigger "Tallyfy Trigger" could not remove the webhook URL of blueprint ${onboarding()} from Tallyfy: Tallyfy's server failed to handle the request (500)`,
			),
		);
		warn.mockRestore();
		expect(registrationOf(trigger).url).toBe(url);
		t.sandbox.requests.length = 0;
		await trigger.activate();
		expect(sent()).toEqual([`GET ${org(`/checklists/${onboarding()}`)}`]);
		expect(checklist().webhook).toBe(url);
	});
});

describe('Tallyfy Trigger > step list', () => {
	it('lists the chosen blueprint’s steps by alias, in order', async () => {
		const options = await t.loadOptions('getBlueprintSteps', {
			credential: t.harness.pat(),
			parameters: { scope: 'blueprint', blueprintId: byId(onboarding()) },
		});
		expect(sent()).toEqual([`GET ${org(`/checklists/${onboarding()}`)}`]);
		expect(t.sandbox.requests[0].query).toEqual({ with: 'steps' });
		expect(options).toEqual([
			{ name: 'Welcome call', value: 'welcome', description: 'Step 1 (alias welcome)' },
			{ name: 'Approve contract', value: 'approve', description: 'Step 2 (alias approve)' },
			{ name: 'Kick-off meeting', value: 'kickoff', description: 'Step 3 (alias kickoff)' },
		]);
	});
});

describe('Tallyfy Trigger > Organization scope: registration', () => {
	it('adds one watcher for the credential’s user, and never a second one', async () => {
		const trigger = organizationTrigger();
		await trigger.activate();
		expect(sent()).toEqual([
			`GET ${org('/watchers')}`,
			'GET /me',
			`POST ${org('/users/1001/add-watcher')}`,
		]);
		expect(t.sandbox.requests[0].query).toEqual({ notification: 'webhook' });
		const url = registrationOf(trigger).url;
		expect(t.sandbox.requests[2].body).toEqual({
			object_type: 'organization',
			object_id: t.sandbox.fixtures.orgId,
			notification_type: 'webhook',
			frequency: 'electric',
			webhook: url,
		});
		expect(url).toMatch(new RegExp(`^${trigger.webhookUrl}\\?secret=[0-9a-f]{64}$`));

		await trigger.restart();
		await trigger.activate();
		expect(t.sandbox.state.watchers).toHaveProperty('size', 1);

		await trigger.deactivate();
		expect(t.sandbox.state.watchers).toHaveProperty('size', 0);
		await trigger.activate();
		await trigger.restart();

		expect(t.sandbox.state.watchers).toHaveProperty('size', 1);
		expect(sent().filter((request) => request.includes('add-watcher'))).toHaveLength(2);
		expect(sent().filter((request) => request.startsWith('DELETE'))).toEqual([
			`DELETE ${org('/remove-watcher/8001')}`,
		]);
	});

	it('tells a non-administrator that Blueprint scope works without an administrator', async () => {
		const trigger = organizationTrigger({}, t.sandbox.fixtures.tokens.standard);
		const failure = trigger.activate();
		await expect(failure).rejects.toThrow(
			'Organization scope needs a Tallyfy organization administrator',
		);
		await expect(failure).rejects.toHaveProperty(
			'description',
			'Tallyfy lets only administrators add organization webhooks. Use the credential of an administrator, or set Scope to Blueprint, which works for anyone who may edit the blueprint.',
		);
		expect(t.sandbox.state.watchers).toHaveProperty('size', 0);
	});

	it('logs a failed removal, then reuses the watcher on the next activation', async () => {
		const warn = jest.spyOn(t.logger(), 'warn').mockImplementation(() => {});
		const trigger = organizationTrigger();
		await trigger.activate();
		t.sandbox.fault({ status: 500, method: 'DELETE', path: '/remove-watcher/' });

		expect(await trigger.deactivate()).toBe(false);

		expect(warn).toHaveBeenCalledWith(
			expect.stringContaining('could not remove organization webhook 8001 from Tallyfy'),
		);
		warn.mockRestore();
		t.sandbox.requests.length = 0;
		await trigger.activate();
		expect(sent()).toEqual([`GET ${org('/watchers')}`]);
		expect(t.sandbox.state.watchers).toHaveProperty('size', 1);
	});

	it('treats a watcher that is already gone as removed', async () => {
		const trigger = organizationTrigger();
		await trigger.activate();
		t.sandbox.state.watchers.clear();
		expect(await trigger.deactivate()).toBe(true);
		expect(trigger.staticData.registration).toBeUndefined();
	});
});

describe('Tallyfy Trigger > Authenticity and redeliveries', () => {
	it('refuses deliveries from another organization or without X-Tallyfy-orgID: 401, nothing starts', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		launchOnboarding();
		const [genuine] = await delivered();
		expect(genuine.status).toBe(200);

		const otherOrg = await t.sandbox.webhooks.redeliver(genuine, {
			headers: { 'X-Tallyfy-orgID': t.sandbox.fixtures.otherOrgId },
		});
		const noHeader = await t.sandbox.webhooks.redeliver(genuine, { headers: {} });

		expect([otherOrg.status, noHeader.status]).toEqual([401, 401]);
		expect(otherOrg.response).toEqual({ error: true, message: 'Unauthorized' });
		expect(trigger.executions).toHaveLength(1);
	});

	it('refuses deliveries to the URL without the secret, or with another secret', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		launchOnboarding();
		const [genuine] = await delivered();

		const bare = await t.sandbox.webhooks.redeliver(genuine, { url: trigger.webhookUrl });
		const guessed = await t.sandbox.webhooks.redeliver(genuine, {
			url: `${trigger.webhookUrl}?secret=${'0'.repeat(64)}`,
		});

		expect([bare.status, guessed.status]).toEqual([401, 401]);
		expect(trigger.executions).toHaveLength(1);
	});

	it('acknowledges a redelivery of the same event without starting the workflow again', async () => {
		const trigger = blueprintTrigger({ events: ['task.completed'] });
		await trigger.activate();
		const initech = t.sandbox.fixtures.processes.initech;
		const taskId = t.sandbox.taskId(initech, 'kickoff');
		t.sandbox.act({ action: 'complete', task: taskId });
		const [first] = await delivered();

		const again = await t.sandbox.webhooks.redeliver(first);

		expect(again.status).toBe(200);
		expect(again.response).toEqual({ received: true, duplicate: true });
		expect(trigger.executions).toHaveLength(1);

		// Reopened and completed again: a new completion, so it starts again.
		t.sandbox.act({ action: 'reopen', task: taskId });
		t.sandbox.act({ action: 'complete', task: taskId });
		await delivered();
		expect(trigger.executions).toHaveLength(2);
	});

	it('remembers a bounded number of deliveries', async () => {
		const trigger = blueprintTrigger({ events: ['task.completed'] });
		await trigger.activate();
		t.sandbox.act({
			action: 'complete',
			task: t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'kickoff'),
		});
		const [first] = await delivered();
		const thisTask = first.body.this_task as IDataObject;
		const base = Date.parse(String(thisTask.completed_at));
		const variants = Array.from({ length: SEEN_LIMIT + 20 }, (_, n) => ({
			...first.body,
			this_task: { ...thisTask, completed_at: new Date(base + n + 1).toISOString() },
		}));
		await Promise.all(variants.map((body) => t.sandbox.webhooks.redeliver(first, { body })));

		expect(trigger.executions).toHaveLength(SEEN_LIMIT + 21);
		expect(trigger.staticData.seen).toHaveLength(SEEN_LIMIT);
		const latest = await t.sandbox.webhooks.redeliver(first, { body: variants.at(-1) });
		expect(latest.response).toEqual({ received: true, duplicate: true });
	});
});

describe('Tallyfy Trigger > Output', () => {
	it('turns a process launched through the API into one item with kick-off values by alias and label', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		const launch = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'process',
				operation: 'launch',
				blueprintId: byId(onboarding()),
				name: 'Onboarding - Pied Piper',
				kickoffValues: {
					values: [
						{ field: 'Customer Name', value: 'Pied Piper' },
						{ field: 'plan', value: 'Enterprise' },
					],
				},
			},
		});
		const processId = String(launch.items[0].json.id);
		const [delivery] = await delivered();

		expect(delivery).toMatchObject({ kind: 'blueprint', event: 'process.launched', status: 200 });
		expect(delivery.headers).toEqual({ 'X-Tallyfy-orgID': t.sandbox.fixtures.orgId });
		expect(trigger.executions).toEqual([
			[
				{
					event: 'process.launched',
					process: {
						id: processId,
						name: 'Onboarding - Pied Piper',
						status: 'active',
						blueprint: { id: onboarding(), title: 'Client Onboarding' },
						link: `${t.sandbox.url}/${t.sandbox.fixtures.orgId}/processes/${processId}`,
					},
					task: null,
					comment: null,
					kickoff: {
						byAlias: { customer_name: 'Pied Piper', plan: 'Enterprise' },
						byLabel: { 'Customer Name': 'Pied Piper', Plan: 'Enterprise' },
					},
					formFields: { byAlias: {}, byLabel: {} },
				},
			],
		]);
	});

	it('turns a task completed through the API into an item with the task, its step and its form values', async () => {
		const trigger = blueprintTrigger();
		await trigger.activate();
		const run = launchOnboarding();
		await delivered();
		const runId = String(run.id);
		const taskId = t.sandbox.taskId(runId, 'welcome');
		const task = t.sandbox.state.tasks.get(taskId) as IDataObject;
		const [notes, outcome] = task._captures as IDataObject[];
		(task._values as IDataObject)[String(notes.id)] = 'Keen to start';
		(task._values as IDataObject)[String(outcome.id)] = { id: 1, text: 'Positive' };

		await t.harness.run({
			credential: t.harness.pat({ accessToken: t.sandbox.fixtures.tokens.standard }),
			parameters: {
				resource: 'task',
				operation: 'complete',
				processId: byId(runId),
				taskId: byId(taskId),
			},
		});
		await delivered();

		const [item] = trigger.executions[1];
		expect(item).toEqual({
			event: 'task.completed',
			process: {
				id: runId,
				name: 'Onboarding - Hooli',
				status: 'active',
				blueprint: { id: onboarding(), title: 'Client Onboarding' },
				link: `${t.sandbox.url}/${t.sandbox.fixtures.orgId}/processes/${runId}`,
			},
			task: {
				id: taskId,
				title: 'Welcome call',
				stepAlias: 'welcome',
				status: 'completed',
				completedAt: task.completed_at,
				completedBy: { id: 1002, email: 'sam@acme.example', fullName: 'Sam Standard' },
				link: `${t.sandbox.url}/${t.sandbox.fixtures.orgId}/processes/${runId}`,
			},
			comment: null,
			kickoff: {
				byAlias: { customer_name: 'Hooli', plan: 'Pro' },
				byLabel: { 'Customer Name': 'Hooli', Plan: 'Pro' },
			},
			formFields: {
				byAlias: { call_notes: 'Keen to start', outcome: { id: 1, text: 'Positive' } },
				byLabel: { 'Call Notes': 'Keen to start', Outcome: { id: 1, text: 'Positive' } },
			},
		});
	});

	it('tells a completed process from a completed task, and starts only for the chosen events', async () => {
		const trigger = blueprintTrigger({ events: ['process.completed'] });
		await trigger.activate();
		const initech = t.sandbox.fixtures.processes.initech;
		t.sandbox.act({ action: 'complete', task: t.sandbox.taskId(initech, 'approve') });
		t.sandbox.act({ action: 'complete', task: t.sandbox.taskId(initech, 'kickoff') });
		const deliveries = await delivered();

		expect(deliveries.map((d) => [d.event, d.response])).toEqual([
			['task.completed', { received: true, ignored: 'task.completed is not selected' }],
			['task.completed', { received: true, ignored: 'task.completed is not selected' }],
			['process.completed', { message: 'Workflow was started' }],
		]);
		expect(
			trigger.executions.map(([item]) => [item.event, (item.process as IDataObject).status]),
		).toEqual([['process.completed', 'complete']]);
	});

	it('starts only for tasks of the chosen step, and adds the raw payload when asked', async () => {
		const trigger = blueprintTrigger({
			events: ['task.completed'],
			options: { step: 'approve', includeRawPayload: true },
		});
		await trigger.activate();
		const run = launchOnboarding();
		t.sandbox.act({ action: 'complete', task: t.sandbox.taskId(String(run.id), 'welcome') });
		t.sandbox.act({ action: 'complete', task: t.sandbox.taskId(String(run.id), 'approve') });
		const deliveries = await delivered();

		expect(deliveries.map((d) => d.response)).toEqual([
			{ received: true, ignored: 'process.launched is not selected' },
			{ received: true, ignored: 'not a task of step approve' },
			{ message: 'Workflow was started' },
		]);
		const [item] = trigger.executions[0];
		expect((item.task as IDataObject).stepAlias).toBe('approve');
		expect(item.raw).toEqual(deliveries[2].body);
	});

	it('turns organization deliveries (comments, issues) into the same item shape, for the chosen blueprint only', async () => {
		const trigger = organizationTrigger({
			organizationEvents: ['task.comment_added', 'task.issue_raised', 'task.completed'],
			blueprintFilter: byId(t.sandbox.fixtures.blueprints.purchase),
		});
		await trigger.activate();
		const laptops = t.sandbox.fixtures.processes.laptops;
		const taskId = t.sandbox.taskId(laptops, 'manager');
		const comment = t.sandbox.act({ action: 'comment', task: taskId, content: 'Which model?' });
		t.sandbox.act({
			action: 'issue',
			task: taskId,
			content: 'No budget code',
			as: t.sandbox.fixtures.users.standard,
		});
		t.sandbox.act({
			action: 'comment',
			task: t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'approve'),
		});
		const deliveries = await delivered();

		expect(deliveries.map((d) => [d.kind, d.event, d.status])).toEqual([
			['watcher', 'task.comment_added', 200],
			['watcher', 'task.issue_raised', 200],
			['watcher', 'task.comment_added', 200],
		]);
		expect(deliveries[2].response).toEqual({
			received: true,
			ignored: `not of blueprint ${t.sandbox.fixtures.blueprints.purchase}`,
		});
		const processPart = {
			id: laptops,
			name: 'Purchase - Laptops',
			status: 'active',
			blueprint: { id: t.sandbox.fixtures.blueprints.purchase, title: 'Purchase Request' },
			link: `${t.sandbox.url}/${t.sandbox.fixtures.orgId}/processes/${laptops}`,
		};
		expect(trigger.executions.map(([item]) => item)).toEqual([
			{
				event: 'task.comment_added',
				process: processPart,
				task: expect.objectContaining({
					id: taskId,
					title: 'Manager approval',
					stepAlias: 'manager',
				}),
				comment: {
					id: comment.id,
					kind: 'comment',
					content: 'Which model?',
					createdAt: comment.created_at,
					author: { id: 1001, email: null, fullName: 'Ada Admin' },
				},
				kickoff: { byAlias: {}, byLabel: {} },
				formFields: { byAlias: {}, byLabel: {} },
			},
			expect.objectContaining({
				event: 'task.issue_raised',
				comment: expect.objectContaining({ kind: 'issue', content: 'No budget code' }),
			}),
		]);
	});

	it('delivers what a user does in Tallyfy’s UI, played through the sandbox’s HTTP control', async () => {
		const trigger = organizationTrigger({ organizationEvents: ['process.launched'] });
		await trigger.activate();

		const answer = await axios.post(`${t.sandbox.url}/__sandbox/act`, {
			action: 'launch',
			blueprint: t.sandbox.fixtures.blueprints.empty,
			name: 'Launched by hand',
		});
		const [delivery] = await delivered();

		expect(delivery).toMatchObject({ kind: 'watcher', event: 'process.launched', status: 200 });
		expect(delivery.body).toMatchObject({
			event: 'process.launched',
			process: { id: answer.data.id },
		});
		expect(trigger.executions.map(([item]) => (item.process as IDataObject).name)).toEqual([
			'Launched by hand',
		]);
	});

	it('acknowledges organization deliveries without an event name and starts nothing', async () => {
		const trigger = organizationTrigger();
		await trigger.activate();
		t.sandbox.act({
			action: 'complete',
			task: t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'approve'),
		});
		const [delivery] = await delivered();
		const nameless = { ...delivery.body };
		delete nameless.event;

		const answer = await t.sandbox.webhooks.redeliver(delivery, { body: nameless });

		expect(answer.response).toEqual({ received: true, ignored: 'not a Tallyfy event' });
		expect(trigger.executions).toHaveLength(1);
	});
});
