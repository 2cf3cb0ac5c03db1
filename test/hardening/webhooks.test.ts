import axios from 'axios';
import type { IDataObject } from 'n8n-workflow';

import { useTriggers, type InstantTrigger } from '../harness/triggers';

/*
 * What reaches a Tallyfy Trigger's URL is not always a Tallyfy event. Whoever holds the URL
 * (with its secret) can post anything; every such body must be answered cleanly (acknowledged,
 * or refused for a missing secret or organization) and never crash the node or start an
 * execution with an item that says nothing.
 */
const t = useTriggers();

const byId = (value: string) => ({ mode: 'id', value });
const NOT_AN_EVENT = { received: true, ignored: 'not a Tallyfy event' };

async function activated(parameters: IDataObject): Promise<InstantTrigger> {
	const trigger = t.instant({ credential: t.harness.pat(), parameters });
	await trigger.activate();
	return trigger;
}

const blueprintTrigger = () =>
	activated({
		scope: 'blueprint',
		blueprintId: byId(t.sandbox.fixtures.blueprints.onboarding),
		events: ['process.launched', 'process.completed', 'task.completed'],
	});

const organizationTrigger = () => activated({ scope: 'organization' });

/** Posts `body` as is to the URL the trigger registered, from the right organization. */
async function post(
	trigger: InstantTrigger,
	body: string | Buffer,
	contentType = 'application/json',
) {
	const registration = trigger.staticData.registration as IDataObject;
	const answer = await axios.post(String(registration.url), body, {
		headers: { 'Content-Type': contentType, 'X-Tallyfy-orgID': t.sandbox.fixtures.orgId },
		transformRequest: [(data: unknown) => data],
		validateStatus: () => true,
		maxBodyLength: Infinity,
	});
	return { status: answer.status, body: answer.data as IDataObject };
}

/** A genuine blueprint delivery of a completed task, as Tallyfy sends it. */
async function genuineTaskDelivery(trigger: InstantTrigger): Promise<IDataObject> {
	t.sandbox.act({
		action: 'complete',
		task: t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'kickoff'),
	});
	const [delivery] = await t.sandbox.webhooks.settle();
	expect(trigger.executions).toHaveLength(1);
	return delivery.body;
}

/** JSON text of an object nested `depth` levels (too deep for JSON.stringify to write). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('Tallyfy Trigger > bodies that are not Tallyfy events', () => {
	it.each([
		['malformed JSON', '{"this_task": {"id": '],
		['JSON null', 'null'],
		['a JSON string', '"task.completed"'],
		['a JSON array', '[{"this_task": {"id": "x"}}]'],
		['an empty body', ''],
	])('acknowledges %s without starting anything', async (_, body) => {
		const trigger = await blueprintTrigger();
		const answer = await post(trigger, body);
		expect(answer).toEqual({ status: 200, body: NOT_AN_EVENT });
		expect(trigger.executions).toHaveLength(0);
	});

	it('acknowledges a genuine payload sent with another content type, starting nothing', async () => {
		const trigger = await blueprintTrigger();
		const genuine = JSON.stringify(await genuineTaskDelivery(trigger));
		for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
			expect(await post(trigger, genuine, type)).toEqual({ status: 200, body: NOT_AN_EVENT });
		}
		expect(trigger.executions).toHaveLength(1);
	});

	it('acknowledges bodies nested thousands of levels deep instead of overflowing', async () => {
		const blueprint = await blueprintTrigger();
		// No completion time, so the delivery would be told apart by a fingerprint of the body.
		const deepTask = `{"this_task": {"id": "${'a'.repeat(32)}", "captures": ${nested(10_000)}}}`;
		expect(await post(blueprint, deepTask)).toEqual({
			status: 200,
			body: NOT_AN_EVENT,
		});
		const organization = await organizationTrigger();
		const deepEvent = `{"event": "task.completed", "task": {"id": "${'b'.repeat(32)}"}, "x": ${nested(10_000)}}`;
		expect(await post(organization, deepEvent)).toEqual({
			status: 200,
			body: NOT_AN_EVENT,
		});
		expect([blueprint.executions, organization.executions]).toEqual([[], []]);
	});

	it('handles an oversized body: junk is acknowledged, a real event starts once without the bulk', async () => {
		const trigger = await blueprintTrigger();
		const genuine = await genuineTaskDelivery(trigger);
		const padding = 'x'.repeat(8 * 1024 * 1024);

		expect(await post(trigger, JSON.stringify({ padding }))).toEqual({
			status: 200,
			body: NOT_AN_EVENT,
		});
		const reopened = { ...genuine, this_task: { ...(genuine.this_task as IDataObject) } };
		(reopened.this_task as IDataObject).completed_at = new Date().toISOString();
		const big = await post(trigger, JSON.stringify({ ...reopened, padding }));

		expect(big).toEqual({ status: 200, body: { message: 'Workflow was started' } });
		expect(trigger.executions).toHaveLength(2);
		const [item] = trigger.executions[1];
		expect(item).toMatchObject({ event: 'task.completed', task: { stepAlias: 'kickoff' } });
		expect(JSON.stringify(item).length).toBeLessThan(10_000);
	});
});

describe('Tallyfy Trigger > deliveries missing what their event needs', () => {
	it.each([
		['a task completion without a task ID', { this_task: { title: 'Kick-off' } }],
		['a task completion whose task is not an object', { this_task: 'T1' }],
	])('blueprint scope: acknowledges %s and starts nothing', async (_, body) => {
		const trigger = await blueprintTrigger();
		const answer = await post(trigger, JSON.stringify(body));
		expect(answer.status).toBe(200);
		expect(answer.body.received).toBe(true);
		expect(trigger.executions).toHaveLength(0);
	});

	it.each([
		[{ event: 'task.completed' }, 'task.completed without the ID of its task'],
		[{ event: 'task.completed', task: 'T1' }, 'task.completed without the ID of its task'],
		[
			{ event: 'process.launched', process: { name: 'No ID' } },
			'process.launched without the ID of its process',
		],
		[
			{ event: 'task.comment_added', comment: { content: 'Hi' } },
			'task.comment_added without the ID of its task',
		],
	])('organization scope: acknowledges %p, naming what is missing', async (body, ignored) => {
		const trigger = await organizationTrigger();
		expect(await post(trigger, JSON.stringify(body))).toEqual({
			status: 200,
			body: { received: true, ignored },
		});
		expect(trigger.executions).toHaveLength(0);
	});

	it('acknowledges events it does not know, and event names that are not text', async () => {
		const trigger = await organizationTrigger();
		const task = { id: 'c'.repeat(32) };
		expect(await post(trigger, JSON.stringify({ event: 'task.deleted', task }))).toEqual({
			status: 200,
			body: { received: true, ignored: 'task.deleted is not selected' },
		});
		expect(await post(trigger, JSON.stringify({ event: { name: 'x' }, task }))).toEqual({
			status: 200,
			body: NOT_AN_EVENT,
		});
		expect(trigger.executions).toHaveLength(0);
	});

	it('still starts for a genuine delivery after all of that', async () => {
		const trigger = await blueprintTrigger();
		await post(trigger, 'null');
		await post(trigger, JSON.stringify({ this_task: {} }));
		await genuineTaskDelivery(trigger);
		expect(trigger.executions[0][0]).toMatchObject({ event: 'task.completed' });
	});
});
