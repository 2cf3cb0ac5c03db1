import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readBlueprint as readFreshBlueprint, saveBlueprint } from '../helpers/blueprints';
import { newSecret } from './authenticity';
import {
	isOurUrl,
	secretOf,
	triggerData,
	withSecret,
	type KickoffField,
	type Registration,
	unlessGone,
} from './registration';

/**
 * Blueprint scope: Tallyfy keeps one webhook URL per blueprint, in the checklist's `webhook`
 * field (tallyfy-api.md §6.1); writing it repeats the title, users and groups (`saveBlueprint`),
 * so the blueprint is read first.
 */
async function readBlueprint(this: IHookFunctions, blueprintId: string): Promise<IDataObject> {
	const blueprint = await readFreshBlueprint.call(this, blueprintId);
	// The kick-off fields' labels, which process-level deliveries do not carry.
	triggerData.call(this).kickoffFields = (
		(blueprint.prerun as IDataObject[] | undefined) ?? []
	).map(
		(field): KickoffField => ({
			id: String(field.id),
			alias: String(field.alias ?? ''),
			label: String(field.label ?? ''),
		}),
	);
	return blueprint;
}

const currentUrl = (blueprint: IDataObject): string | null =>
	typeof blueprint.webhook === 'string' && blueprint.webhook.trim()
		? blueprint.webhook.trim()
		: null;

/** True when the blueprint still points at this node's URL; adopts a URL of ours it finds there. */
export async function blueprintWebhookExists(
	this: IHookFunctions,
	blueprintId: string,
	webhookUrl: string,
): Promise<boolean> {
	const data = triggerData.call(this);
	const url = currentUrl(await readBlueprint.call(this, blueprintId));
	const known = data.registration;
	if (
		known?.scope === 'blueprint' &&
		known.blueprintId === blueprintId &&
		url === known.url &&
		isOurUrl(url, webhookUrl)
	) {
		return true;
	}
	const secret = secretOf(url);
	if (!url || !secret || !isOurUrl(url, webhookUrl)) return false;
	data.registration = {
		scope: 'blueprint',
		blueprintId,
		url,
		secret,
		previousUrl: known?.blueprintId === blueprintId ? (known.previousUrl ?? null) : null,
	};
	return true;
}

export async function registerOnBlueprint(
	this: IHookFunctions,
	blueprintId: string,
	webhookUrl: string,
): Promise<void> {
	const blueprint = await readBlueprint.call(this, blueprintId);
	const existing = currentUrl(blueprint);
	const foreign = existing !== null && !isOurUrl(existing, webhookUrl);
	if (foreign && !(this.getNodeParameter('replaceExisting', false) as boolean)) {
		throw new NodeOperationError(
			this.getNode(),
			`The blueprint "${String(blueprint.title)}" already sends its webhooks to ${existing}`,
			{
				description:
					'Tallyfy keeps one webhook URL per blueprint. Turn on "Replace Existing Webhook" to use this trigger instead (that URL is put back when the workflow is deactivated), or remove the URL in the blueprint’s settings (Advanced > Webhooks) and activate again.',
			},
		);
	}
	const secret = newSecret();
	const url = withSecret(webhookUrl, secret);
	await saveBlueprint.call(this, blueprint, { webhook: url });
	triggerData.call(this).registration = {
		scope: 'blueprint',
		blueprintId,
		url,
		secret,
		previousUrl: foreign ? existing : null,
	};
}

/**
 * Puts back what was there before, but only while the blueprint still points at this node:
 * a URL someone set since is theirs and stays.
 */
export async function releaseBlueprint(
	this: IHookFunctions,
	registration: Registration,
): Promise<void> {
	const blueprintId = String(registration.blueprintId);
	const blueprint = await unlessGone(readFreshBlueprint.call(this, blueprintId));
	if (!blueprint) return;
	const url = currentUrl(blueprint);
	if (url !== registration.url) {
		this.logger.info(
			`Tallyfy Trigger "${this.getNode().name}" left the webhook URL of blueprint ${blueprintId} alone: it was changed to ${url ?? 'nothing'} after this workflow registered.`,
		);
		return;
	}
	await saveBlueprint.call(this, blueprint, { webhook: registration.previousUrl ?? null });
}
