import { singleTypeSearch } from './shared';

// Tallyfy's task hits carry no process ID; Task > Get Many has it for every task.
export const { description, execute } = singleTypeSearch(
	'tasks',
	'task',
	'the titles of process tasks and one-off tasks',
);
