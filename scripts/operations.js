#!/usr/bin/env node
'use strict';
// Lists every operation of the built Tallyfy node (dist/), resource by resource, with the
// total: `npm run operations` (builds first), or `npm run operations -- --json` for JSON.
const path = require('path');

/** Each resource of a node description with the options of its Operation selector. */
function operationsOf(description) {
	const properties = description.properties ?? [];
	const resource = properties.find((property) => property.name === 'resource');
	return (resource?.options ?? []).map((option) => {
		const selector = properties.find(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource ?? []).includes(option.value),
		);
		return {
			resource: option.value,
			name: option.name,
			operations: (selector?.options ?? []).map((operation) => ({
				name: operation.name,
				value: operation.value,
				action: operation.action,
				description: operation.description,
			})),
		};
	});
}

const totalOf = (resources) =>
	resources.reduce((sum, resource) => sum + resource.operations.length, 0);

function main(args) {
	const file = path.join(__dirname, '..', 'dist', 'nodes', 'Tallyfy', 'Tallyfy.node.js');
	let Tallyfy;
	try {
		({ Tallyfy } = require(file));
	} catch (error) {
		console.error(`Cannot load ${path.relative(process.cwd(), file)}: run "npm run build" first.`);
		console.error(error.message);
		process.exitCode = 1;
		return;
	}
	const resources = operationsOf(new Tallyfy().description);
	const total = totalOf(resources);
	if (args.includes('--json')) {
		console.log(JSON.stringify({ total, resources }, null, '\t'));
		return;
	}
	const operations = resources.flatMap((resource) => resource.operations);
	const nameWidth = Math.max(...operations.map((operation) => operation.name.length), 0);
	const valueWidth = Math.max(...operations.map((operation) => operation.value.length), 0);
	for (const resource of resources) {
		console.log(`${resource.name} (${resource.resource}): ${resource.operations.length}`);
		for (const operation of resource.operations) {
			console.log(
				`  ${operation.name.padEnd(nameWidth)}  ${operation.value.padEnd(valueWidth)}  ${operation.action ?? '(no action)'}`,
			);
		}
	}
	console.log(`\n${total} operations in ${resources.length} resources`);
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { operationsOf, totalOf };
