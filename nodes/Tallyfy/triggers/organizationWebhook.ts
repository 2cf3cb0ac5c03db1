import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest, connectionOf, org, root } from '../transport';
import { newSecret } from './authenticity';
import {
	explainForbidden,
	isOurUrl,
	secretOf,
	triggerData,
	withSecret,
	type Registration,
	unlessGone,
} from './registration';

/**
 * Organization scope: an organization-level webhook "watcher" for the credential's user
 * (tallyfy-api.md §6.2). Tallyfy allows it to organization administrators only.
 */
function asAdministrator(this: IHookFunctions, request: Promise<IDataObject>) {
	return explainForbidden(
		request,
		new NodeOperationError(
			this.getNode(),
			'Organization scope needs a Tallyfy organization administrator',
			{
				description:
					'Tallyfy lets only administrators add organization webhooks. Use the credential of an administrator, or set Scope to Blueprint, which works for anyone who may edit the blueprint.',
			},
		),
	);
}

/** The contract does not know which property holds a watcher's URL, so all three are read. */
const urlOf = (watcher: IDataObject): unknown =>
	watcher.webhook ?? watcher.webhook_url ?? watcher.url;

async function listWatchers(this: IHookFunctions): Promise<IDataObject[]> {
	const answer: unknown = await asAdministrator.call(
		this,
		apiRequest.call(this, 'GET', org`/watchers`, { qs: { notification: 'webhook' } }),
	);
	return Array.isArray(answer) ? (answer as IDataObject[]) : [];
}

/** True when our watcher is still there; adopts a watcher that calls this node's URL. */
export async function watcherExists(this: IHookFunctions, webhookUrl: string): Promise<boolean> {
	const data = triggerData.call(this);
	const known = data.registration;
	const watchers = await listWatchers.call(this);
	if (
		known?.scope === 'organization' &&
		isOurUrl(known.url, webhookUrl) &&
		watchers.some((w) => String(w.id) === String(known.watcherId) && urlOf(w) === known.url)
	) {
		return true;
	}
	const ours = watchers.find((w) => isOurUrl(urlOf(w), webhookUrl) && secretOf(urlOf(w)));
	if (!ours) return false;
	const url = String(urlOf(ours));
	data.registration = {
		scope: 'organization',
		watcherId: ours.id as string | number,
		url,
		secret: secretOf(url) as string,
	};
	return true;
}

export async function addWatcher(this: IHookFunctions, webhookUrl: string): Promise<void> {
	const me = await apiRequest.call(this, 'GET', root`/me`);
	const { organizationId } = await connectionOf.call(this);
	const secret = newSecret();
	const url = withSecret(webhookUrl, secret);
	const watcher = await asAdministrator.call(
		this,
		apiRequest.call(this, 'POST', org`/users/${String(me.id)}/add-watcher`, {
			body: {
				object_type: 'organization',
				object_id: organizationId,
				notification_type: 'webhook',
				frequency: 'electric',
				webhook: url,
			},
		}),
	);
	triggerData.call(this).registration = {
		scope: 'organization',
		watcherId: watcher.id as string | number,
		url,
		secret,
	};
}

export async function removeWatcher(
	this: IHookFunctions,
	registration: Registration,
): Promise<void> {
	await unlessGone(
		apiRequest.call(this, 'DELETE', org`/remove-watcher/${String(registration.watcherId)}`),
	);
}
