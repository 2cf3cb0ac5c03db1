import type { IDataObject } from 'n8n-workflow';

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
};

export function simplify(record: IDataObject, fields: readonly string[]): IDataObject {
	const simple: IDataObject = {};
	for (const field of fields) {
		if (field in record) simple[field] = record[field];
	}
	return simple;
}
