import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialsDescription } from './descriptions/common.description';
import { listSearch } from './methods';
import { pollingProperties } from './triggers/polling.description';
import { pollTallyfy } from './triggers/pollingEvents';

export class TallyfyPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tallyfy Polling Trigger',
		name: 'tallyfyPollingTrigger',
		icon: { light: 'file:../../icons/tallyfy.svg', dark: 'file:../../icons/tallyfy.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Checks Tallyfy on a schedule for what webhooks cannot deliver: assigned, overdue and due-soon tasks, comments, kick-off forms, and every event for non-administrators',
		defaults: { name: 'Tallyfy Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsDescription,
		properties: pollingProperties,
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const events = await pollTallyfy.call(this);
		return events ? [this.helpers.returnJsonArray(events)] : null;
	}
}
