import type { IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { checkExpressionValues, runsOperation } from '../helpers/expressionValues';
import { BinaryOutput, type TallyfyOperation } from './operation';
import { resources, type ResourceName } from './resources';

/** Errors leave the node as NodeApiError or NodeOperationError, stamped with their item. */
function itemError(node: INode, error: unknown, itemIndex: number) {
	const failure =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(node, error as Error, { itemIndex });
	failure.context.itemIndex = itemIndex;
	return failure;
}

/**
 * The one item loop of the node: runs the chosen operation once per input item, pairs
 * every output with its input, and handles Continue On Fail.
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
	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			checkExpressionValues.call(this, itemIndex);
			const result = await operation.execute.call(this, itemIndex);
			const output =
				result instanceof BinaryOutput
					? [{ json: result.json, binary: result.binary }]
					: this.helpers.returnJsonArray(result);
			returnData.push(
				...this.helpers.constructExecutionMetaData(output, { itemData: { item: itemIndex } }),
			);
		} catch (error) {
			const failure = itemError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw failure;
			returnData.push({
				json: {
					error: failure.message,
					...(failure.description ? { description: failure.description } : {}),
				},
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [returnData];
}
