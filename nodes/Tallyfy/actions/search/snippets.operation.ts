import { singleTypeSearch } from './shared';

export const { description, execute } = singleTypeSearch(
	'snippets',
	'snippet',
	'snippets, the reusable texts of the organization',
);
