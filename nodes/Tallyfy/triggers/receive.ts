import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { normalizeBaseUrl } from '../../../credentials/common';
import { fromOrganization, isFirstDelivery, secretMatches } from './authenticity';
import {
	BLUEPRINT_EVENTS,
	ORGANIZATION_EVENTS,
	appUrlOf,
	deliveryKey,
	missingRecord,
	readDelivery,
	toItem,
	type Delivery,
} from './payload';
import { SECRET_PARAMETER, triggerData } from './registration';

type Scope = 'blueprint' | 'organization';

async function credentialsOf(this: IWebhookFunctions) {
	const type =
		this.getNodeParameter('authentication', 'accessToken') === 'oAuth2'
			? 'tallyfyOAuth2Api'
			: 'tallyfyApi';
	const credentials = await this.getCredentials(type);
	return {
		organizationId: String(credentials.organizationId ?? '').trim(),
		baseUrl: normalizeBaseUrl(credentials.baseUrl as string | undefined),
	};
}

/** 401 and no execution; the reason goes to n8n's log only. */
function refuse(this: IWebhookFunctions, reason: string): IWebhookResponseData {
	this.logger.debug(`Tallyfy Trigger "${this.getNode().name}" refused a delivery: ${reason}`);
	this.getResponseObject().status(401).json({ error: true, message: 'Unauthorized' });
	return { noWebhookResponse: true };
}

/** Answered 200 so Tallyfy sees it delivered, but nothing starts. */
const acknowledge = (detail: IDataObject): IWebhookResponseData => ({
	webhookResponse: { received: true, ...detail },
});

function filteredOut(
	this: IWebhookFunctions,
	delivery: Delivery,
	scope: Scope,
): string | undefined {
	if (scope === 'blueprint') {
		const step = (this.getNodeParameter('options.step', '') as string).trim();
		if (step && delivery.task && delivery.task.alias !== step) return `not a task of step ${step}`;
		return undefined;
	}
	const value = this.getNodeParameter('blueprintFilter', '', { extractValue: true }) as string;
	const blueprintId = String(value ?? '').trim();
	if (blueprintId && delivery.blueprint.id !== blueprintId)
		return `not of blueprint ${blueprintId}`;
	return undefined;
}

/**
 * Handles one POST from Tallyfy: checks the URL's secret and the organization header,
 * ignores bodies that are not Tallyfy events and events that were not chosen or lack their
 * record, acknowledges redeliveries without starting anything, and turns the rest into one
 * item.
 */
export async function receiveDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const data = triggerData.call(this);
	const query = this.getQueryData() as IDataObject;
	if (!data.registration || !secretMatches(query[SECRET_PARAMETER], data.registration.secret)) {
		return refuse.call(this, 'the URL does not carry the secret of this activation');
	}
	const { organizationId, baseUrl } = await credentialsOf.call(this);
	if (!fromOrganization(this.getHeaderData() as IDataObject, organizationId)) {
		return refuse.call(this, `X-Tallyfy-orgID is missing or not ${organizationId}`);
	}
	const scope = this.getNodeParameter('scope', 'blueprint') as Scope;
	const delivery = readDelivery(this.getBodyData(), scope);
	if (!delivery) return acknowledge({ ignored: 'not a Tallyfy event' });
	const events = this.getNodeParameter(
		scope === 'blueprint' ? 'events' : 'organizationEvents',
		scope === 'blueprint' ? BLUEPRINT_EVENTS : ORGANIZATION_EVENTS,
	) as string[];
	if (!events.includes(delivery.event)) {
		return acknowledge({ ignored: `${delivery.event} is not selected` });
	}
	const missing = missingRecord(delivery);
	if (missing) return acknowledge({ ignored: missing });
	const filtered = filteredOut.call(this, delivery, scope);
	if (filtered) return acknowledge({ ignored: filtered });
	if (!isFirstDelivery.call(this, deliveryKey(delivery))) return acknowledge({ duplicate: true });
	const item = toItem(delivery, {
		organizationId,
		appUrl: appUrlOf(baseUrl),
		kickoffFields: data.kickoffFields ?? [],
		includeRaw: this.getNodeParameter('options.includeRawPayload', false) as boolean,
	});
	return { workflowData: [this.helpers.returnJsonArray(item)] };
}
