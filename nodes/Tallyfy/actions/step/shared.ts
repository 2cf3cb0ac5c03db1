import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkEmails, checkMemberIds, listOf, requiredId } from '../../helpers/parameters';
import { apiRequest, httpStatusOf, org } from '../../transport';

export interface StepIds {
	blueprintId: string;
	stepId: string;
}

export function stepIds(this: IExecuteFunctions, i: number): StepIds {
	return {
		blueprintId: requiredId.call(this, 'blueprintId', i, 'Blueprint'),
		stepId: requiredId.call(this, 'stepId', i, 'Step'),
	};
}

export const stepEndpoint = ({ blueprintId, stepId }: StepIds) =>
	org`/checklists/${blueprintId}/steps/${stepId}`;

export interface Assignees extends IDataObject {
	assignees: number[];
	guests: string[];
	groups: string[];
}

const idOf = (entry: unknown) =>
	entry && typeof entry === 'object' ? (entry as IDataObject).id : entry;

/**
 * Who a step is assigned to. Tallyfy's MCP server reads the top-level `assignees`, `guests`
 * and `groups` (StepTransformer); other sources show an `owners` object, so that is read too.
 * A step answer without them aborts the change rather than guessing.
 */
export function assigneesOf(this: IExecuteFunctions, i: number, step: IDataObject): Assignees {
	const owners = (step.owners ?? {}) as IDataObject;
	const buckets = {
		assignees: step.assignees ?? owners.users,
		guests: step.guests ?? owners.guests,
		groups: step.groups ?? owners.groups,
	};
	if (!Object.values(buckets).every(Array.isArray)) {
		throw new NodeOperationError(
			this.getNode(),
			`Tallyfy did not return who the step "${String(step.title ?? step.id)}" is assigned to`,
			{
				itemIndex: i,
				description:
					'Nothing was changed: an update without the current assignees would unassign them. Run the node again.',
			},
		);
	}
	return {
		assignees: (buckets.assignees as unknown[]).map((user) => Number(idOf(user))),
		guests: (buckets.guests as unknown[]).map((guest) =>
			String(typeof guest === 'object' ? (guest as IDataObject).email : guest),
		),
		groups: (buckets.groups as unknown[]).map((group) => String(idOf(group))),
	};
}

/**
 * PUT /checklists/{id}/steps/{step_id} is not in the documented API (the contract has POST
 * .../steps and GET .../steps/{step_id} only); it is cited from Tallyfy's MCP server
 * (edit_description_on_step and add_assignees_to_step in server/tools/template_management.py)
 * and listed in the README as unverified. The step was just read, so a 404 or 405 here means
 * the route itself is refused, and the error says so instead of blaming the step ID.
 * `title` is required on every step update, and api-v2 unassigns whatever is missing from
 * `assignees`, `guests` and `groups`, so the current title and assignees are always sent.
 */
export async function saveStep(
	this: IExecuteFunctions,
	i: number,
	ids: StepIds,
	changesFor: (current: Assignees) => IDataObject,
): Promise<IDataObject> {
	const step = await apiRequest.call(this, 'GET', stepEndpoint(ids));
	const current = assigneesOf.call(this, i, step);
	const body = { title: step.title, ...current, ...changesFor(current) };
	return await apiRequest.call(this, 'PUT', stepEndpoint(ids), { body }).catch((error: unknown) => {
		const status = httpStatusOf(error);
		if (status !== '404' && status !== '405') throw error;
		throw new NodeOperationError(
			this.getNode(),
			`Tallyfy refused to change the step "${String(step.title ?? ids.stepId)}" (${status}): this account does not accept step updates through the API`,
			{
				itemIndex: i,
				description:
					'Nothing was changed. Edit the step in Tallyfy’s blueprint editor; the route this operation uses is not in Tallyfy’s published API (see "Step > Update, Assign" in the README).',
			},
		);
	});
}

/** Members, guests and groups as comma-separated lists (step Assign, automation rules). */
export const assigneeProperties: INodeProperties[] = [
	{
		displayName: 'Member IDs',
		name: 'memberIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1001, 1002',
		description: 'Comma-separated numeric IDs of members',
	},
	{
		displayName: 'Guest Emails',
		name: 'guestEmails',
		type: 'string',
		default: '',
		placeholder: 'e.g. jane@client.com',
		description: 'Comma-separated email addresses of guests',
	},
	{
		displayName: 'Group IDs',
		name: 'groupIds',
		type: 'string',
		default: '',
		description: 'Comma-separated IDs of groups',
	},
];

/**
 * The values of `assigneeProperties`, checked: members by number, guests by email. `within`
 * names the entry they belong to (e.g. "Action 1" of an automation rule) in messages.
 */
export function assigneeLists(
	this: IExecuteFunctions,
	i: number,
	values: IDataObject,
	within = '',
): Assignees {
	const label = (name: string) => (within ? `${within} > ${name}` : name);
	return {
		assignees: checkMemberIds.call(this, values.memberIds, i, label('Member IDs')),
		guests: checkEmails.call(this, values.guestEmails, i, label('Guest Emails')),
		groups: listOf.call(this, values.groupIds, i, label('Group IDs')),
	};
}
