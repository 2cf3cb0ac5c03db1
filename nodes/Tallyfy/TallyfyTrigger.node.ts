import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialsDescription } from './descriptions/common.description';
import { listSearch, loadOptions } from './methods';
import { createWebhook, deleteWebhook, webhookExists } from './triggers/hook';
import { instantProperties } from './triggers/instant.description';
import { receiveDelivery } from './triggers/receive';

export class TallyfyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tallyfy Trigger',
		name: 'tallyfyTrigger',
		icon: { light: 'file:../../icons/tallyfy.svg', dark: 'file:../../icons/tallyfy.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{$parameter["scope"] === "organization" ? "Organization events" : "Blueprint events"}}',
		description:
			'Starts the workflow the moment a Tallyfy process is launched or completed, a task is completed, or (organization-wide) a comment or issue is posted',
		defaults: { name: 'Tallyfy Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsDescription,
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: instantProperties,
	};

	methods = { listSearch, loadOptions };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhook.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery.call(this);
	}
}
