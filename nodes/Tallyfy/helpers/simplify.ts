import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** The fields a workflow usually needs, per record type, for the Simplify option. */
export const SIMPLE_FIELDS = {
	blueprint: [
		'id',
		'title',
		'summary',
		'type',
		'status',
		'owner_id',
		'steps_count',
		'is_published_state',
		'created_at',
		'last_updated',
		'archived_at',
	],
	process: [
		'id',
		'increment_id',
		'name',
		'status',
		'checklist_id',
		'checklist_title',
		'progress',
		'owner_id',
		'started_by',
		'prerun_status',
		'created_at',
		'completed_at',
		'due_date',
		'late_tasks',
		'archived_at',
	],
	task: [
		'id',
		'increment_id',
		'title',
		'status',
		'task_type',
		'run_id',
		'step_id',
		'is_oneoff_task',
		'owners',
		'deadline',
		'created_at',
		'completed_at',
		'position',
	],
	member: [
		'id',
		'email',
		'first_name',
		'last_name',
		'full_name',
		'role',
		'status',
		'job_title',
		'timezone',
		'last_login_at',
		'created_at',
	],
	// A guest's status and company sit inside `details`; Guest > Get Many lifts them out.
	guest: ['id', 'email', 'first_name', 'last_name', 'link', 'last_accessed_at', 'created_at'],
	organization: [
		'id',
		'name',
		'slug',
		'timezone',
		'users_count',
		'user_role',
		'user_status',
		'created_on',
		'last_updated',
	],
	comment: [
		'id',
		'task_id',
		'label',
		'content',
		'state',
		'sent_by',
		'author',
		'created_at',
		'resolve_id',
	],
	// Steps carry their assignees as `assignees`/`guests`/`groups` (Tallyfy's MCP server) or `owners`.
	step: [
		'id',
		'alias',
		'title',
		'summary',
		'position',
		'step_type',
		'assignees',
		'guests',
		'groups',
		'owners',
		'deadline',
	],
	// Activity entries carry `verb`, `type`, `description` and the actor fields as lists.
	activity: [
		'id',
		'verb',
		'type',
		'description',
		'source',
		'actor_type',
		'actor_id',
		'auditable_type',
		'auditable_id',
		'created_at',
	],
};

export function simplify(record: IDataObject, fields: readonly string[]): IDataObject {
	const simple: IDataObject = {};
	for (const field of fields) {
		if (field in record) simple[field] = record[field];
	}
	return simple;
}

/** Applies the operation's Simplify parameter to a list of records. */
export function simplifyIfAsked(
	this: IExecuteFunctions,
	itemIndex: number,
	records: IDataObject[],
	fields: readonly string[],
): IDataObject[] {
	const simple = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simple ? records.map((record) => simplify(record, fields)) : records;
}
