import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

/** Tallyfy's blueprint, process, task, step and field ids are 32 hexadecimal characters. */
export const HEX_ID = '[0-9a-fA-F]{32}';

/** The ID format a locator's "By ID" mode declares: what its IDs look like, and the rule. */
export interface IdFormat {
	noun: string;
	pattern: RegExp;
	rule: string;
}

// Keyed by the mode object, which copies of a locator (`{ ...stepLocator, name }`) share.
const idFormats = new WeakMap<INodePropertyMode, IdFormat>();

/** The ID format of a resource locator, so IDs from expressions get the editor's check too. */
export function idFormatOf(property: INodeProperties): IdFormat | undefined {
	const byId = property.modes?.find((mode) => mode.name === 'id');
	return byId && idFormats.get(byId);
}

interface LocatorSpec {
	name: string;
	displayName: string;
	/** Singular noun used in help texts, e.g. "process". */
	noun: string;
	searchListMethod: string;
	required?: boolean;
	/** Regex an id typed "By ID" must match; omit for ids of unknown shape. */
	idRegex?: string;
	/** What a refused "By ID" value is told; the default describes 32-hex ids. */
	idError?: string;
	idPlaceholder?: string;
	dependsOn?: string[];
	description?: string;
}

/** A resource locator with "From List" (searchable) and "By ID". */
export function locator(spec: LocatorSpec): INodeProperties {
	const rule =
		spec.idError ?? `Not a valid ${spec.noun} ID: Tallyfy uses 32 hexadecimal characters`;
	const property: INodeProperties = {
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
					? [{ type: 'regex', properties: { regex: `^${spec.idRegex}$`, errorMessage: rule } }]
					: undefined,
			},
		],
	};
	const byId = property.modes?.[1];
	if (byId && spec.idRegex) {
		idFormats.set(byId, { noun: spec.noun, pattern: new RegExp(`^${spec.idRegex}$`), rule });
	}
	return property;
}

/** A locator that also takes a link copied from Tallyfy; `urlRegex` captures the id. */
export function linkedLocator(
	spec: LocatorSpec & { urlRegex: string; urlPlaceholder?: string },
): INodeProperties {
	const base = locator(spec);
	return {
		...base,
		modes: [
			...(base.modes ?? []),
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder:
					spec.urlPlaceholder ?? `e.g. a link to the ${spec.noun} copied from go.tallyfy.com`,
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

/*
 * Links to Tallyfy's web app (go.tallyfy.com and its staging hosts), in the formats
 * Tallyfy documents: a process at `/{org}/processes/{id}` ("Find your Tallyfy IDs") or
 * `/tracker/{id}` (the webhook payload's `ClientURL`); a blueprint in launch links,
 * `/{org}/process/{id}/create` (also under `#/org/{org}/`, "Magic links") and
 * `/public/library/{org}/blueprint/{id}/kick-off`; a task in task magic links,
 * `/{org}/magic?action=…&task_id={id}`. n8n checks the whole link against the regex
 * (`^…$`), so the rest of the link is allowed after the ID, but no further hex digits.
 */
const TALLYFY_LINK = 'https?://(?:[\\w-]+\\.)*tallyfy\\.com';
const LINKED_ID = `(${HEX_ID})(?![0-9a-fA-F])(?:[/?#&]\\S*)?`;
export const PROCESS_URL = `^${TALLYFY_LINK}(?:/\\S*?)?/(?:processes|tracker)/${LINKED_ID}`;
export const BLUEPRINT_URL = `^${TALLYFY_LINK}(?:/\\S*?)?/(?:process|blueprint)/${LINKED_ID}`;
export const TASK_URL = `^${TALLYFY_LINK}/\\S*[?&]task_id=${LINKED_ID}`;

export const blueprintLocator = linkedLocator({
	name: 'blueprintId',
	displayName: 'Blueprint',
	noun: 'blueprint',
	searchListMethod: 'searchBlueprints',
	idRegex: HEX_ID,
	urlRegex: BLUEPRINT_URL,
	urlPlaceholder: 'e.g. https://go.tallyfy.com/{org ID}/process/{blueprint ID}/create',
	description: 'The blueprint (template) to use. The Tallyfy API calls blueprints "checklists".',
});

export const processLocator = linkedLocator({
	name: 'processId',
	displayName: 'Process',
	noun: 'process',
	searchListMethod: 'searchProcesses',
	idRegex: HEX_ID,
	urlRegex: PROCESS_URL,
	urlPlaceholder: 'e.g. https://go.tallyfy.com/{org ID}/processes/{process ID}',
	description: 'The process to use. The Tallyfy API calls processes "runs".',
});

export const taskLocator = linkedLocator({
	name: 'taskId',
	displayName: 'Task',
	noun: 'task',
	searchListMethod: 'searchTasks',
	idRegex: HEX_ID,
	urlRegex: TASK_URL,
	urlPlaceholder:
		'e.g. https://go.tallyfy.com/{org ID}/magic?action=completeTask&task_id={task ID}',
	dependsOn: ['processId.value'],
	description:
		'The task to use. With a process chosen above, the list shows that process’s tasks; otherwise your organization’s open tasks.',
});

/** For Restore and Delete Permanently: the list shows archived blueprints only. */
export const archivedBlueprintLocator = linkedLocator({
	name: 'blueprintId',
	displayName: 'Blueprint',
	noun: 'blueprint',
	searchListMethod: 'searchArchivedBlueprints',
	idRegex: HEX_ID,
	urlRegex: BLUEPRINT_URL,
	urlPlaceholder: 'e.g. https://go.tallyfy.com/{org ID}/process/{blueprint ID}/create',
	description: 'The archived blueprint to use. The list shows archived blueprints only.',
});

export const stepLocator = locator({
	name: 'stepId',
	displayName: 'Step',
	noun: 'step',
	searchListMethod: 'searchSteps',
	idRegex: HEX_ID,
	dependsOn: ['blueprintId.value'],
	description: 'The step of the blueprint chosen above',
});

export const formFieldLocator = locator({
	name: 'formFieldId',
	displayName: 'Form Field',
	noun: 'form field',
	searchListMethod: 'searchFormFields',
	idRegex: HEX_ID,
	dependsOn: ['blueprintId.value', 'stepId.value'],
	description: 'The form field of the step chosen above. The Tallyfy API calls them "captures".',
});

export const kickoffFieldLocator = locator({
	name: 'kickoffFieldId',
	displayName: 'Kick-Off Field',
	noun: 'kick-off field',
	searchListMethod: 'searchKickoffFields',
	idRegex: HEX_ID,
	dependsOn: ['blueprintId.value'],
	description:
		'The kick-off form field of the blueprint chosen above. The Tallyfy API calls them "preruns".',
});

// No id format is documented for automation rules, so "By ID" takes any value.
export const automationLocator = locator({
	name: 'automationId',
	displayName: 'Automation Rule',
	noun: 'automation rule',
	searchListMethod: 'searchAutomations',
	idPlaceholder: 'e.g. the "id" of a rule from Automation Rule > Get Many',
	dependsOn: ['blueprintId.value'],
	description:
		'The automation rule of the blueprint chosen above. The Tallyfy API calls them "automated actions".',
});

/** Members (API: users) have whole-number ids. */
export const memberLocator = locator({
	name: 'memberId',
	displayName: 'Member',
	noun: 'member',
	searchListMethod: 'searchMembers',
	idRegex: '[0-9]+',
	idError: 'Not a valid member ID: Tallyfy member IDs are whole numbers',
	idPlaceholder: 'e.g. 12345',
	description: 'The member of your organization to use. The Tallyfy API calls members "users".',
});

const guestBase = locator({
	name: 'guestEmail',
	displayName: 'Guest',
	noun: 'guest',
	searchListMethod: 'searchGuests',
	description: 'The guest to use. Tallyfy identifies guests by their email address.',
});

/** Guests are addressed by email, so the second mode takes an address rather than an id. */
export const guestLocator: INodeProperties = {
	...guestBase,
	modes: [
		...(guestBase.modes ?? []).filter((mode) => mode.name === 'list'),
		{
			displayName: 'By Email',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. jane@client.example',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$',
						errorMessage: 'Not an email address',
					},
				},
			],
		},
	],
};

// Tallyfy documents group ids only as strings, so "By ID" takes any value.
export const groupLocator = locator({
	name: 'groupId',
	displayName: 'Group',
	noun: 'group',
	searchListMethod: 'searchGroups',
	idPlaceholder: 'e.g. the "id" of a group from Group > Get Many',
	description: 'The group of members and guests to use',
});

export const tagLocator = locator({
	name: 'tagId',
	displayName: 'Tag',
	noun: 'tag',
	searchListMethod: 'searchTags',
	idRegex: HEX_ID,
	description: 'The tag to use',
});

export const folderLocator = locator({
	name: 'folderId',
	displayName: 'Folder',
	noun: 'folder',
	searchListMethod: 'searchFolders',
	idRegex: HEX_ID,
	description:
		'The folder to use. The list shows blueprint and process folders, each marked with its kind.',
});

/** For Reactivate and Delete Permanently: the list shows archived processes only. */
export const archivedProcessLocator = linkedLocator({
	name: 'processId',
	displayName: 'Process',
	noun: 'process',
	searchListMethod: 'searchArchivedProcesses',
	idRegex: HEX_ID,
	urlRegex: PROCESS_URL,
	urlPlaceholder: 'e.g. https://go.tallyfy.com/{org ID}/processes/{process ID}',
	description: 'The archived process to use. The list shows archived processes only.',
});

/** For operations Tallyfy offers on one-off tasks only: the list shows open one-off tasks. */
export const oneOffTaskLocator = linkedLocator({
	name: 'taskId',
	displayName: 'Task',
	noun: 'task',
	searchListMethod: 'searchOneOffTasks',
	idRegex: HEX_ID,
	urlRegex: TASK_URL,
	urlPlaceholder:
		'e.g. https://go.tallyfy.com/{org ID}/magic?action=completeTask&task_id={task ID}',
	description: 'The one-off task to use (a task outside any process). The list shows open ones.',
});

export const archivedTaskLocator = locator({
	name: 'taskId',
	displayName: 'Task',
	noun: 'task',
	searchListMethod: 'searchArchivedTasks',
	idRegex: HEX_ID,
	description: 'The archived one-off task to bring back. The list shows archived one-off tasks.',
});
