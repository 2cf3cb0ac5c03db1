import { singleTypeSearch } from './shared';

export const { description, execute } = singleTypeSearch(
	'processes',
	'process',
	'the names of processes',
);
