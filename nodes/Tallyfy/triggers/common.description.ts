import type { INodeProperties } from 'n8n-workflow';

import { HEX_ID, locator } from '../descriptions/rlc.description';

/** The optional "Only Blueprint" filter both triggers offer. */
export function onlyBlueprint(description: string): INodeProperties {
	return locator({
		name: 'blueprintFilter',
		displayName: 'Only Blueprint',
		noun: 'blueprint',
		searchListMethod: 'searchBlueprints',
		idRegex: HEX_ID,
		required: false,
		description,
	});
}
