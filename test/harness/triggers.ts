import { HookContext, LoadOptionsContext, PollContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodePropertyOptions,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowActivateMode,
} from 'n8n-workflow';

import { TallyfyPollingTrigger } from '../../nodes/Tallyfy/TallyfyPollingTrigger.node';
import { TallyfyTrigger } from '../../nodes/Tallyfy/TallyfyTrigger.node';
import type { RecordedRequest, WebhookSandbox } from '../sandbox';
import type { StoredCredential } from './credentials';
import { PACKAGE, registerNodeType, type Harness } from './index';
import {
	startReceiver,
	type ReceivedRequest,
	type Receiver,
	type ReceiverResponse,
} from './receiver';
import { useSandbox, type TestContext } from './setup';

const instantType = new TallyfyTrigger();
const pollingType = new TallyfyPollingTrigger();
registerNodeType('tallyfyTrigger', instantType);
registerNodeType('tallyfyPollingTrigger', pollingType);

export interface TriggerSpec {
	credential: StoredCredential;
	parameters: IDataObject;
}

/** n8n stores static data as JSON in its database: each run starts from a saved copy. */
const saved = (data: IDataObject): IDataObject => JSON.parse(JSON.stringify(data)) as IDataObject;

let webhookCounter = 0;
const newWebhookId = () =>
	`00000000-0000-4000-8000-${String((webhookCounter += 1)).padStart(12, '0')}`;

/** A trigger node in a saved workflow: every call gets a fresh Workflow with the stored static data. */
abstract class TriggerUnderTest {
	/** The workflow's static data as n8n's database holds it between calls. */
	workflowStaticData: IDataObject = {};

	constructor(
		protected readonly harness: Harness,
		readonly node: INode,
	) {}

	/** This node's part of the static data. */
	get staticData(): IDataObject {
		return (this.workflowStaticData[`node:${this.node.name}`] as IDataObject | undefined) ?? {};
	}

	protected workflow(): Workflow {
		return this.harness.workflow([this.node], saved(this.workflowStaticData));
	}

	protected persist(workflow: Workflow): void {
		this.workflowStaticData = saved(workflow.staticData);
	}
}

type HookMethod = 'checkExists' | 'create' | 'delete';

/**
 * The instant trigger with n8n's webhook lifecycle: HookContext for `webhookMethods` and, for
 * each POST the sandbox sends to the receiver, a WebhookContext for `webhook()`, answered the
 * way n8n's webhook server answers (onReceived).
 */
export class InstantTrigger extends TriggerUnderTest {
	/** The items of every execution a delivery started. */
	readonly executions: IDataObject[][] = [];

	constructor(
		harness: Harness,
		node: INode,
		private readonly receiverUrl: string,
	) {
		super(harness, node);
	}

	get path(): string {
		return `${this.node.webhookId}/webhook`;
	}

	/** n8n's production URL of this node (what Tallyfy is given, before the secret). */
	get webhookUrl(): string {
		return `${this.receiverUrl}/webhook/${this.path}`;
	}

	private additionalData(extra: IDataObject = {}): IWorkflowExecuteAdditionalData {
		return {
			...this.harness.additionalData(),
			webhookBaseUrl: `${this.receiverUrl}/webhook`,
			...extra,
		} as IWorkflowExecuteAdditionalData;
	}

	private webhookData(workflow: Workflow): IWebhookData {
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: this.path,
			webhookDescription: instantType.description.webhooks![0],
			workflowId: workflow.id,
			workflowExecuteAdditionalData: this.additionalData(),
			webhookId: this.node.webhookId,
			isTest: false,
		};
	}

	/** Runs one lifecycle method; like n8n, keeps its static data changes only when it succeeds. */
	async hook(method: HookMethod, activation: WorkflowActivateMode = 'activate'): Promise<boolean> {
		const workflow = this.workflow();
		const context = new HookContext(
			workflow,
			this.node,
			this.additionalData(),
			'trigger',
			activation,
			this.webhookData(workflow),
		);
		const result = await this.harness.watched(
			`the trigger's ${method}`,
			async () => await instantType.webhookMethods!.default[method].call(context),
		);
		this.persist(workflow);
		return result;
	}

	/** What n8n does when the workflow is activated, or on start-up (`init`). */
	async activate(activation: WorkflowActivateMode = 'activate'): Promise<void> {
		if (!(await this.hook('checkExists', activation))) await this.hook('create', activation);
	}

	async deactivate(): Promise<boolean> {
		return await this.hook('delete');
	}

	/** n8n restarted: the saved workflow is activated again. */
	async restart(): Promise<void> {
		await this.activate('init');
	}

	/** One delivery as n8n's webhook server handles it (responseMode onReceived). */
	async receive(request: ReceivedRequest, response: ReceiverResponse): Promise<void> {
		const workflow = this.workflow();
		const context = new WebhookContext(
			workflow,
			this.node,
			this.additionalData({ httpRequest: request, httpResponse: response } as IDataObject),
			'webhook',
			this.webhookData(workflow),
			[],
			null,
		);
		const result = await this.harness.watched(
			'a webhook delivery',
			async () => await instantType.webhook!.call(context),
		);
		this.persist(workflow);
		if (result.noWebhookResponse) return;
		if (result.workflowData === undefined) {
			response.status(200).json(result.webhookResponse ?? { message: 'Webhook call received' });
			return;
		}
		this.executions.push(result.workflowData[0].map((item) => item.json));
		response.status(200).json({ message: 'Workflow was started' });
	}
}

/** The polling trigger, polled through n8n-core's PollContext. */
export class PollingTrigger extends TriggerUnderTest {
	constructor(
		harness: Harness,
		node: INode,
		private readonly requests: () => RecordedRequest[],
	) {
		super(harness, node);
	}

	/** One poll (a manual run with `manual`); its items (null: nothing) and its requests. */
	async poll({ manual = false } = {}): Promise<{
		items: IDataObject[] | null;
		requests: RecordedRequest[];
	}> {
		const before = this.requests().length;
		const workflow = this.workflow();
		const context = new PollContext(
			workflow,
			this.node,
			this.harness.additionalData(),
			manual ? 'manual' : 'trigger',
			'activate',
			() => {},
		);
		const result = await this.harness.watched(
			'a poll',
			async () => await pollingType.poll!.call(context),
		);
		this.persist(workflow);
		return {
			items: result ? result[0].map((item) => item.json) : null,
			requests: this.requests().slice(before),
		};
	}
}

/** Routes POSTs to `/webhook/<webhookId>/webhook` to the trigger that owns that path. */
class TriggerReceiver {
	private readonly triggers = new Map<string, InstantTrigger>();

	private server?: Receiver;

	get url(): string {
		return this.server!.url;
	}

	async start(): Promise<void> {
		this.server = await startReceiver(async (request, response) => {
			const trigger = this.triggers.get(request.path.replace(/^\/webhook\//, ''));
			if (!trigger) {
				response.status(404).json({ message: 'The requested webhook is not registered.' });
				return;
			}
			await trigger.receive(request, response);
		});
	}

	add(trigger: InstantTrigger): InstantTrigger {
		this.triggers.set(trigger.path, trigger);
		return trigger;
	}

	clear(): void {
		this.triggers.clear();
	}

	async close(): Promise<void> {
		await this.server?.close();
	}
}

export interface TriggerTestContext extends TestContext {
	sandbox: WebhookSandbox;
	/** An instant trigger node; `webhookId` reuses another node's (the same saved node). */
	instant(spec: TriggerSpec, webhookId?: string): InstantTrigger;
	polling(spec: TriggerSpec): PollingTrigger;
	/** Calls a `loadOptions` method of the instant trigger as the editor does. */
	loadOptions(method: string, spec: TriggerSpec): Promise<INodePropertyOptions[]>;
	/** n8n's logger, which the nodes' `this.logger` is. */
	logger(): HookContext['logger'];
}

/** The sandbox and harness of `useSandbox`, plus a loopback receiver for webhook deliveries. */
export function useTriggers(): TriggerTestContext {
	const context = useSandbox() as TriggerTestContext;
	const receiver = new TriggerReceiver();
	beforeAll(async () => await receiver.start());
	afterAll(async () => await receiver.close());
	beforeEach(() => receiver.clear());
	context.instant = (spec, webhookId = newWebhookId()) => {
		const node = {
			...context.harness.node({ ...spec, type: `${PACKAGE}.tallyfyTrigger` }, 'Tallyfy Trigger'),
			webhookId,
		};
		return receiver.add(new InstantTrigger(context.harness, node, receiver.url));
	};
	context.polling = (spec) =>
		new PollingTrigger(
			context.harness,
			context.harness.node(
				{ ...spec, type: `${PACKAGE}.tallyfyPollingTrigger` },
				'Tallyfy Polling Trigger',
			),
			() => context.sandbox.requests,
		);
	context.loadOptions = async (method, spec) => {
		const node = context.harness.node(
			{ ...spec, type: `${PACKAGE}.tallyfyTrigger` },
			'Tallyfy Trigger',
		);
		const additionalData = {
			...context.harness.additionalData(),
			currentNodeParameters: node.parameters,
		} as IWorkflowExecuteAdditionalData;
		const loadContext = new LoadOptionsContext(
			context.harness.workflow([node]),
			node,
			additionalData,
			'parameters',
		);
		const methods = instantType.methods.loadOptions as Record<
			string,
			(this: LoadOptionsContext) => Promise<INodePropertyOptions[]>
		>;
		return await context.harness.watched(
			`the option list ${method}`,
			async () => await methods[method].call(loadContext),
		);
	};
	context.logger = () => {
		const workflow = context.harness.workflow([]);
		return new HookContext(
			workflow,
			{ name: 'logger' } as INode,
			context.harness.additionalData(),
			'trigger',
			'activate',
		).logger;
	};
	return context;
}
