import { singleTypeSearch } from './shared';

export const { description, execute } = singleTypeSearch(
	'blueprints',
	'blueprint',
	'the titles of blueprints (templates)',
);
