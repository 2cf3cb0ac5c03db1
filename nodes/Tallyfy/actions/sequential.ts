import type { ResourceName } from './resources';

/**
 * Operations whose items always run one after another, whatever Parallel Requests says; for
 * every other operation items run in parallel. Two reasons, noted on each line: `rewrite` —
 * each item reads a record and writes it back whole, so two items on one record at once would
 * undo each other; `order` — the input's order is what users see (steps and fields are
 * appended in it, comments form a thread). The README lists these under Performance.
 */
export const SEQUENTIAL_OPERATIONS: Partial<Record<ResourceName, readonly string[]>> = {
	automation: ['create'], // order: rules run in the order they were made
	blueprint: ['update'], // rewrite
	comment: ['create', 'createBot'], // order
	customApiCall: ['call'], // a call the node knows nothing about may depend on the one before
	folder: ['addItem'], // rewrite (a blueprint is saved whole with its folder)
	formField: ['add', 'delete', 'move', 'setOptions', 'update'], // order, rewrite (positions)
	group: ['update'], // rewrite (members)
	kickoffField: ['add', 'delete', 'reorder', 'update'], // rewrite (the whole kick-off form)
	member: ['update'], // rewrite
	process: ['update'], // rewrite
	step: ['assign', 'create', 'update'], // rewrite (assignees), order (create)
	task: ['reassign', 'setFormValues', 'update', 'updateProcessTask'], // rewrite
};

export function runsItemsInOrder(resource: ResourceName, operation: string): boolean {
	return SEQUENTIAL_OPERATIONS[resource]?.includes(operation) ?? false;
}
