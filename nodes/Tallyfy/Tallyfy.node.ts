import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resourceProperties, resourceProperty } from './actions/resources';
import { router } from './actions/router';
import {
	authenticationProperty,
	credentialsDescription,
	parallelRequestsProperty,
} from './descriptions/common.description';
import { compactProperties } from './descriptions/compact';
import { listSearch, loadOptions, resourceMapping } from './methods';

export class Tallyfy implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tallyfy',
		name: 'tallyfy',
		icon: { light: 'file:../../icons/tallyfy.svg', dark: 'file:../../icons/tallyfy.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Launch and run Tallyfy processes, tasks and blueprints',
		defaults: { name: 'Tallyfy' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialsDescription,
		properties: [
			authenticationProperty,
			resourceProperty,
			...compactProperties(resourceProperties),
			parallelRequestsProperty,
		],
	};

	methods = { listSearch, loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
