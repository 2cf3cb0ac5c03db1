import type { INodeProperties } from 'n8n-workflow';

/** Tallyfy's blueprint, process, task, step and field ids are 32 hexadecimal characters. */
export const HEX_ID = '[0-9a-fA-F]{32}';

interface LocatorSpec {
	name: string;
	displayName: string;
	/** Singular noun used in help texts, e.g. "process". */
	noun: string;
	searchListMethod: string;
	required?: boolean;
	/** Regex an id typed "By ID" must match; omit for ids of unknown shape. */
	idRegex?: string;
	idPlaceholder?: string;
	dependsOn?: string[];
	description?: string;
}

/** A resource locator with "From List" (searchable) and "By ID". */
export function locator(spec: LocatorSpec): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: spec.required ?? true,
		description: spec.description ?? `The ${spec.noun} to use`,
		...(spec.dependsOn ? { typeOptions: { loadOptionsDependsOn: spec.dependsOn } } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder ?? 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f9',
				validation: spec.idRegex
					? [
							{
								type: 'regex',
								properties: {
									regex: `^${spec.idRegex}$`,
									errorMessage: `Not a valid ${spec.noun} ID: Tallyfy uses 32 hexadecimal characters`,
								},
							},
						]
					: undefined,
			},
		],
	};
}

/** A locator that also takes a link copied from Tallyfy; `urlRegex` captures the id. */
export function linkedLocator(spec: LocatorSpec & { urlRegex: string }): INodeProperties {
	const base = locator(spec);
	return {
		...base,
		modes: [
			...(base.modes ?? []),
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. a link to the ${spec.noun} copied from go.tallyfy.com`,
				extractValue: { type: 'regex', regex: spec.urlRegex },
				validation: [
					{
						type: 'regex',
						properties: {
							regex: spec.urlRegex,
							errorMessage: `Not a Tallyfy link to a ${spec.noun}`,
						},
					},
				],
			},
		],
	};
}

export const blueprintLocator = locator({
	name: 'blueprintId',
	displayName: 'Blueprint',
	noun: 'blueprint',
	searchListMethod: 'searchBlueprints',
	idRegex: HEX_ID,
	description: 'The blueprint (template) to use. The Tallyfy API calls blueprints "checklists".',
});

export const processLocator = locator({
	name: 'processId',
	displayName: 'Process',
	noun: 'process',
	searchListMethod: 'searchProcesses',
	idRegex: HEX_ID,
	description: 'The process to use. The Tallyfy API calls processes "runs".',
});

export const taskLocator = locator({
	name: 'taskId',
	displayName: 'Task',
	noun: 'task',
	searchListMethod: 'searchTasks',
	idRegex: HEX_ID,
	dependsOn: ['processId.value'],
	description:
		'The task to use. With a process chosen above, the list shows that process’s tasks; otherwise your organization’s open tasks.',
});
