import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Values = NonNullable<IDisplayOptions['show']>[string];

const shownFor = (property: INodeProperties, key: string): Values | undefined =>
	property.displayOptions?.show?.[key];

const isTextList = (values: Values | undefined): values is string[] =>
	Array.isArray(values) && values.every((value) => typeof value === 'string');

/** The property as JSON without the operations it shows for: equal texts mean twins. */
function withoutOperations(property: INodeProperties): string {
	const show = { ...property.displayOptions?.show };
	delete show.operation;
	return JSON.stringify({ ...property, displayOptions: { ...property.displayOptions, show } });
}

/** Whether `property` could show for one of `operations` of `resources` (hide rules ignored). */
function mayShowFor(
	property: INodeProperties,
	resources: Values | undefined,
	operations: string[],
) {
	const itsResources = shownFor(property, 'resource');
	const itsOperations = shownFor(property, 'operation');
	const sharesResource =
		!Array.isArray(itsResources) ||
		!Array.isArray(resources) ||
		itsResources.some((resource) => resources.includes(resource as never));
	const sharesOperation =
		!Array.isArray(itsOperations) ||
		itsOperations.some((operation) => operations.includes(operation as string));
	return sharesResource && sharesOperation;
}

/**
 * n8n resolves every top-level parameter of a node each time it builds a workflow, so a
 * parameter repeated for each operation that has it costs on every execution. A copy that
 * differs only in the operations it shows for joins the copy before it when no parameter in
 * between can show for its operations: every operation keeps the same parameters, in the
 * same order, with the same names, so the editor and saved workflows see no difference.
 */
export function compactProperties(properties: INodeProperties[]): INodeProperties[] {
	const compacted: INodeProperties[] = [];
	for (const property of properties) {
		const operations = shownFor(property, 'operation');
		let twin = compacted.length - 1;
		while (twin >= 0 && compacted[twin].name !== property.name) twin -= 1;
		const earlier = compacted[twin];
		const earlierOperations = earlier && shownFor(earlier, 'operation');
		const joins =
			isTextList(operations) &&
			isTextList(earlierOperations) &&
			withoutOperations(earlier) === withoutOperations(property) &&
			!compacted
				.slice(twin + 1)
				.some((between) => mayShowFor(between, shownFor(property, 'resource'), operations));
		if (!joins) {
			compacted.push(property);
			continue;
		}
		compacted[twin] = {
			...earlier,
			displayOptions: {
				...earlier.displayOptions,
				show: { ...earlier.displayOptions?.show, operation: [...earlierOperations, ...operations] },
			},
		};
	}
	return compacted;
}
