import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import {
	resourceProperties,
	resourceProperty,
	resources,
} from '../nodes/Tallyfy/actions/resources';
import {
	authenticationProperty,
	parallelRequestsProperty,
} from '../nodes/Tallyfy/descriptions/common.description';
import { Tallyfy } from '../nodes/Tallyfy/Tallyfy.node';

/*
 * The node's parameters with repeated copies joined: every operation must show the same
 * parameters, in the same order, and read the same values, as with one copy per operation.
 */
const { description } = new Tallyfy();
const joined = description.properties;
const separate = [
	authenticationProperty,
	resourceProperty,
	...resourceProperties,
	parallelRequestsProperty,
];
const node = { typeVersion: 1 };
const everyOperation = Object.entries(resources).flatMap(([resource, { operations }]) =>
	Object.keys(operations).map((operation) => ({ resource, operation })),
);

/** What the editor shows for `values`: each visible parameter, without its display rules. */
const shown = (properties: INodeProperties[], values: INodeParameters) =>
	properties
		.filter((property) => NodeHelpers.displayParameter(values, property, node, description))
		.map((property) => ({ ...property, displayOptions: undefined }));

const resolved = (properties: INodeProperties[], values: INodeParameters) =>
	NodeHelpers.getNodeParameters(properties, values, true, false, node, description)!;

describe('the node description with repeated parameters joined', () => {
	it('has fewer top-level parameters than one copy per operation', () => {
		expect(joined.length).toBeLessThan(separate.length * 0.8);
	});

	it.each(everyOperation)(
		'$resource > $operation: the same parameters, order and values',
		(chosen) => {
			const values = resolved(separate, chosen);
			expect(resolved(joined, chosen)).toEqual(values);
			expect(shown(joined, values)).toEqual(shown(separate, values));
			expect(shown(separate, values).length).toBeGreaterThan(3);
		},
	);

	it('the same with Return All on, where Limit hides', () => {
		const listing = everyOperation.filter((chosen) => 'returnAll' in resolved(separate, chosen));
		expect(listing.length).toBeGreaterThan(10);
		for (const chosen of listing) {
			const values = { ...resolved(separate, chosen), returnAll: true };
			expect(resolved(joined, values)).toEqual(resolved(separate, values));
			expect(shown(joined, values)).toEqual(shown(separate, values));
		}
	});
});
