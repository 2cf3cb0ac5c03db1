import { resources, type ResourceName } from '../nodes/Tallyfy/actions/resources';
import type { TallyfyOperation } from '../nodes/Tallyfy/actions/operation';
import { Tallyfy } from '../nodes/Tallyfy/Tallyfy.node';
import { operationsOf, totalOf } from '../scripts/operations';

const listed = operationsOf(new Tallyfy().description);
const registered = (resource: string): Record<string, TallyfyOperation | undefined> =>
	resources[resource as ResourceName]?.operations ?? {};

describe('the operations of the Tallyfy node', () => {
	it('lists every registered resource in the Resource selector', () => {
		expect(listed.map((resource) => resource.resource).sort()).toEqual(
			Object.keys(resources).sort(),
		);
	});

	it.each(listed.map((resource) => [resource.name, resource] as const))(
		'%s: offers operations, each with an action, a description and an execute, sorted by name',
		(_, resource) => {
			expect(resource.operations.length).toBeGreaterThan(0);
			for (const operation of resource.operations) {
				expect({ operation: operation.value, action: operation.action }).toEqual({
					operation: operation.value,
					action: expect.stringMatching(/\S/),
				});
				expect({ operation: operation.value, description: operation.description }).toEqual({
					operation: operation.value,
					description: expect.stringMatching(/\S/),
				});
				expect(typeof registered(resource.resource)[operation.value]?.execute).toBe('function');
			}
			const names = resource.operations.map((operation) => operation.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			expect(resource.operations.map((operation) => operation.value).sort()).toEqual(
				Object.keys(registered(resource.resource)).sort(),
			);
		},
	);

	it('counts the same operations in the editor as the router can run', () => {
		const runnable = Object.keys(resources).reduce(
			(sum, resource) => sum + Object.keys(registered(resource)).length,
			0,
		);
		expect(totalOf(listed)).toBe(runnable);
	});
});
