import type { IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { blueprintWebhookExists, registerOnBlueprint, releaseBlueprint } from './blueprintWebhook';
import { addWatcher, removeWatcher, watcherExists } from './organizationWebhook';
import { isOurUrl, triggerData, type Registration } from './registration';

interface Target {
	scope: Registration['scope'];
	blueprintId?: string;
	webhookUrl: string;
}

/** What this activation should register, read from the node's parameters. */
function targetOf(this: IHookFunctions): Target {
	const webhookUrl = this.getNodeWebhookUrl('default');
	if (!webhookUrl) {
		throw new NodeOperationError(this.getNode(), 'n8n has no webhook URL for this trigger', {
			description:
				'Set the WEBHOOK_URL environment variable of n8n to the address Tallyfy can reach it at.',
		});
	}
	const scope = this.getNodeParameter('scope', 'blueprint') as Registration['scope'];
	if (scope === 'organization') return { scope, webhookUrl };
	const value = this.getNodeParameter('blueprintId', '', { extractValue: true }) as unknown;
	const blueprintId = typeof value === 'string' ? value.trim() : String(value ?? '');
	if (!blueprintId) {
		throw new NodeOperationError(this.getNode(), 'The parameter "Blueprint" is empty', {
			description: 'Choose the blueprint whose events should start this workflow.',
		});
	}
	return { scope, blueprintId, webhookUrl };
}

const nameOf = (registration: Registration) =>
	registration.scope === 'blueprint'
		? `the webhook URL of blueprint ${registration.blueprintId}`
		: `organization webhook ${registration.watcherId}`;

/**
 * Removes what this node registered. A failure is logged, not swallowed, and the
 * registration is kept so the next activation finds (and reuses) it instead of adding another.
 */
async function release(this: IHookFunctions, registration: Registration): Promise<boolean> {
	try {
		if (registration.scope === 'blueprint') await releaseBlueprint.call(this, registration);
		else await removeWatcher.call(this, registration);
		return true;
	} catch (error) {
		this.logger.warn(
			`Tallyfy Trigger "${this.getNode().name}" could not remove ${nameOf(registration)} from Tallyfy: ${(error as Error).message}. Remove it in Tallyfy if the workflow stays inactive.`,
		);
		return false;
	}
}

export async function webhookExists(this: IHookFunctions): Promise<boolean> {
	const target = targetOf.call(this);
	return target.scope === 'blueprint'
		? await blueprintWebhookExists.call(this, target.blueprintId as string, target.webhookUrl)
		: await watcherExists.call(this, target.webhookUrl);
}

export async function createWebhook(this: IHookFunctions): Promise<boolean> {
	const target = targetOf.call(this);
	const data = triggerData.call(this);
	// What this URL registered under other parameters (another blueprint or scope) goes first;
	// a registration of n8n's other URL (production while testing) is not this call's to undo.
	if (data.registration && isOurUrl(data.registration.url, target.webhookUrl)) {
		await release.call(this, data.registration);
	}
	data.seen = [];
	if (target.scope === 'blueprint') {
		await registerOnBlueprint.call(this, target.blueprintId as string, target.webhookUrl);
	} else {
		await addWatcher.call(this, target.webhookUrl);
	}
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const data = triggerData.call(this);
	if (!data.registration) return true;
	if (!(await release.call(this, data.registration))) return false;
	delete data.registration;
	delete data.seen;
	delete data.kickoffFields;
	return true;
}
