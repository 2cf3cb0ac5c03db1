import type { IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { checkExpressionValues, runsOperation } from '../helpers/expressionValues';
import { inParallel, parallelRequestsOf } from '../transport';
import { BinaryOutput, type TallyfyOperation } from './operation';
import { resources, type ResourceName } from './resources';
import { runsItemsInOrder } from './sequential';

/** Errors leave the node as NodeApiError or NodeOperationError, stamped with their item. */
function itemError(node: INode, error: unknown, itemIndex: number) {
	const failure =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(node, error as Error, { itemIndex });
	failure.context.itemIndex = itemIndex;
	return failure;
}

/** Without Continue On Fail, items sent in parallel with the failing one may have succeeded. */
function noteCarriedOut(failure: NodeApiError | NodeOperationError, done: number[]) {
	if (done.length === 0) return failure;
	const which =
		done.length === 1 ? `The item with index ${done[0]}` : `Items with index ${done.join(', ')}`;
	const note = `${which}, sent in parallel with this one, succeeded in Tallyfy; their output is lost with this error, so check Tallyfy before running them again.`;
	failure.description = [failure.description, note].filter(Boolean).join(' ');
	return failure;
}

/**
 * The one item loop of the node: runs the chosen operation once per input item, in parallel
 * up to Parallel Requests unless the operation must keep its order, pairs every output with
 * its input in input order, and handles Continue On Fail.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as ResourceName;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operations: Record<string, TallyfyOperation | undefined> =
		resources[resource]?.operations ?? {};
	const operation = operations[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not supported for the resource "${resource}"`,
		);
	}

	runsOperation.call(this, operation.description);
	const continueOnFail = this.continueOnFail();
	const outcomes = await inParallel(
		items.length,
		runsItemsInOrder(resource, operationName) ? 1 : parallelRequestsOf(this),
		async (itemIndex) => {
			checkExpressionValues.call(this, itemIndex);
			return await operation.execute.call(this, itemIndex);
		},
		!continueOnFail,
	);
	const returnData: INodeExecutionData[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome?.ok) {
			const result = outcome.value;
			const output =
				result instanceof BinaryOutput
					? [{ json: result.json, binary: result.binary }]
					: this.helpers.returnJsonArray(result);
			returnData.push(
				...this.helpers.constructExecutionMetaData(output, { itemData: { item: itemIndex } }),
			);
			return;
		}
		if (!outcome) return;
		const failure = itemError(this.getNode(), outcome.error, itemIndex);
		if (!continueOnFail) {
			const done = outcomes.flatMap((later, index) =>
				index > itemIndex && later?.ok ? [index] : [],
			);
			throw noteCarriedOut(failure, done);
		}
		returnData.push({
			json: {
				error: failure.message,
				...(failure.description ? { description: failure.description } : {}),
			},
			pairedItem: { item: itemIndex },
		});
	});
	return [returnData];
}
