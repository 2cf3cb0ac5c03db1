import type { IDataObject } from 'n8n-workflow';

import { fingerprint } from './authenticity';
import type { KickoffField } from './registration';

/** What a blueprint's URL receives (tallyfy-api.md §6.1). */
export const BLUEPRINT_EVENTS = ['process.launched', 'process.completed', 'task.completed'];

/** The event names of organization webhooks (tallyfy-api.md §6.2). */
export const ORGANIZATION_EVENTS = [
	'process.launched',
	'process.completed',
	'task.completed',
	'task.assigned',
	'task.comment_added',
	'task.issue_raised',
	'task.issue_resolved',
];

const objectOr = (value: unknown): IDataObject | undefined =>
	typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as IDataObject)
		: undefined;

const textOr = (value: unknown): string | null =>
	typeof value === 'string' && value !== ''
		? value
		: typeof value === 'number'
			? String(value)
			: null;

/** The records one delivery is about, whichever of Tallyfy's shapes it came in. */
export interface Delivery {
	event: string;
	process?: IDataObject;
	task?: IDataObject;
	comment?: IDataObject;
	blueprint: { id: string | null; title: string | null };
	body: IDataObject;
}

const isProcessShape = (body: IDataObject) =>
	typeof body.id === 'string' && ('checklist_id' in body || 'process-tasks' in body);

/** Blueprint deliveries carry no event name: the shape and status tell them apart. */
function blueprintEvent(body: IDataObject): string | undefined {
	if (objectOr(body.this_task)) return 'task.completed';
	if (!isProcessShape(body)) return undefined;
	const completed =
		Boolean(body.completed_at) || ['complete', 'completed'].includes(`${body.status}`);
	return completed ? 'process.completed' : 'process.launched';
}

/**
 * Tallyfy's payloads nest a handful of levels (process, its forms, a step, a field, a table
 * value). A body nested far deeper is not one of them, and walking it (to fingerprint it, or
 * to copy it into an item) could overflow the stack.
 */
const MAX_DEPTH = 32;

function nestedWithin(value: unknown, limit: number): boolean {
	let level: unknown[] = [value];
	for (let depth = 0; level.length; depth++) {
		if (depth > limit) return false;
		level = level.flatMap((entry) =>
			typeof entry === 'object' && entry !== null ? Object.values(entry) : [],
		);
	}
	return true;
}

/**
 * Reads a delivery; undefined when it is not a Tallyfy event this scope knows: not a JSON
 * object (a malformed or non-JSON body reaches the node as something else), nested too
 * deeply, or without the shape or event name of one.
 */
export function readDelivery(
	payload: unknown,
	scope: 'blueprint' | 'organization',
): Delivery | undefined {
	const body = objectOr(payload);
	if (!body || !nestedWithin(body, MAX_DEPTH)) return undefined;
	// Organization deliveries name their event; one without a name is not trusted to be an event.
	const event = scope === 'blueprint' ? blueprintEvent(body) : (textOr(body.event) ?? undefined);
	if (!event) return undefined;
	const task = objectOr(body.this_task) ?? objectOr(body.task);
	const process =
		objectOr(body.process) ?? objectOr(body.run) ?? (isProcessShape(body) ? body : undefined);
	const template = objectOr(body.template);
	return {
		event,
		process,
		task,
		comment: objectOr(body.comment) ?? objectOr(body.thread),
		blueprint: {
			id: textOr(template?.id) ?? textOr(process?.checklist_id) ?? textOr(task?.checklist_id),
			title: textOr(template?.title) ?? textOr(process?.checklist_title),
		},
		body,
	};
}

/**
 * What a delivery lacks to make an item of: a task event without its task's ID, or a process
 * event without its process's ID. Such an item would say nothing about what happened.
 */
export function missingRecord(delivery: Delivery): string | undefined {
	const kind = delivery.event.startsWith('process.') ? 'process' : 'task';
	const id =
		kind === 'process' ? (delivery.process?.id ?? delivery.task?.run_id) : delivery.task?.id;
	return textOr(id) === null ? `${delivery.event} without the ID of its ${kind}` : undefined;
}

/** When the event happened, as its records say; redeliveries repeat it, new events do not. */
function occurredAt(delivery: Delivery): unknown {
	const { event, process, task, comment } = delivery;
	if (comment) return comment.created_at;
	if (event === 'task.completed') return task?.completed_at;
	if (event === 'process.completed') return process?.completed_at;
	if (event === 'process.launched') return process?.created_at ?? process?.started_at;
	return undefined;
}

/** Event, object id and timestamp: the same for a redelivery of one event. */
export function deliveryKey(delivery: Delivery): string {
	const subject = delivery.comment ?? delivery.task ?? delivery.process;
	const at = textOr(occurredAt(delivery)) ?? fingerprint(delivery.body);
	return [delivery.event, textOr(subject?.id) ?? '', at].join('|');
}

/** The web app's address for an API base URL: `api.tallyfy.com` serves `go.tallyfy.com`. */
export function appUrlOf(baseUrl: string): string {
	const url = new URL(baseUrl);
	if (url.hostname.startsWith('api.')) url.hostname = `go.${url.hostname.slice(4)}`;
	return url.origin;
}

interface FieldValue {
	alias?: unknown;
	label?: unknown;
	value?: unknown;
}

function keyed(fields: FieldValue[]): IDataObject {
	const byAlias: IDataObject = {};
	const byLabel: IDataObject = {};
	for (const field of fields) {
		const alias = textOr(field.alias);
		const label = textOr(field.label);
		if (alias) byAlias[alias] = field.value as IDataObject;
		if (label) byLabel[label] = field.value as IDataObject;
	}
	return { byAlias, byLabel };
}

/** Kick-off values: by alias from `ko-form-fields`, else from `prerun` (keyed by field id). */
function kickoffValues(delivery: Delivery, fields: KickoffField[]): IDataObject {
	const byAlias = objectOr(delivery.body['ko-form-fields']);
	if (byAlias) {
		return keyed(
			Object.entries(byAlias).map(([alias, value]) => ({
				alias,
				label: fields.find((field) => field.alias === alias)?.label,
				value,
			})),
		);
	}
	const prerun = objectOr(delivery.process?.prerun) ?? {};
	return keyed(
		Object.entries(prerun).flatMap(([id, value]) => {
			const field = fields.find((candidate) => candidate.id === id);
			return field ? [{ alias: field.alias, label: field.label, value }] : [];
		}),
	);
}

/** Form field values of the process's tasks, this task's last so they win a clash. */
function formValues(delivery: Delivery): IDataObject {
	const groups = [
		...Object.values(objectOr(delivery.process?.process_forms) ?? {}),
		delivery.task?.captures,
	];
	return keyed(
		groups.flatMap((group) =>
			Object.values(objectOr(group) ?? {}).flatMap((field): FieldValue[] => {
				const value = objectOr(field);
				return value ? [value] : [];
			}),
		),
	);
}

function person(value: unknown, id?: unknown): IDataObject | null {
	const record = objectOr(value);
	if (record) {
		return {
			id: (record.id as string | number | undefined) ?? (id as number | undefined) ?? null,
			email: textOr(record.email),
			fullName: textOr(record.full_name),
		};
	}
	return id === undefined || id === null ? null : { id: id as number, email: null, fullName: null };
}

export interface ItemContext {
	organizationId: string;
	appUrl: string;
	kickoffFields: KickoffField[];
	includeRaw: boolean;
}

/** One output item with the same keys for every event (null where an event has no such record). */
export function toItem(delivery: Delivery, context: ItemContext): IDataObject {
	const { process, task, comment, body } = delivery;
	const processId = textOr(process?.id) ?? textOr(task?.run_id);
	const processLink = processId
		? (textOr(process?.ClientURL) ??
			`${context.appUrl}/${encodeURIComponent(context.organizationId)}/processes/${encodeURIComponent(processId)}`)
		: null;
	return {
		event: delivery.event,
		process: processId
			? {
					id: processId,
					name: textOr(process?.name),
					status: textOr(process?.status),
					blueprint: delivery.blueprint,
					link: processLink,
				}
			: null,
		task: task
			? {
					id: textOr(task.id),
					title: textOr(task.title),
					stepAlias: textOr(task.alias),
					status: textOr(task.status),
					completedAt: textOr(task.completed_at),
					completedBy: person(task.completed_by ?? body.completer, task.completer_id),
					link: processLink,
				}
			: null,
		comment: comment
			? {
					id: (comment.id as number | string | undefined) ?? null,
					kind: comment.label === 'problem' ? 'issue' : textOr(comment.label),
					content: textOr(comment.content),
					createdAt: textOr(comment.created_at),
					author: person(comment.author, comment.sent_by),
				}
			: null,
		kickoff: kickoffValues(delivery, context.kickoffFields),
		formFields: formValues(delivery),
		...(context.includeRaw ? { raw: body } : {}),
	};
}
