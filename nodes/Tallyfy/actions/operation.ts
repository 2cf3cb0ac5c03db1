import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** One output item with a file attached (File > Download). */
export class BinaryOutput {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

export type OperationResult = IDataObject | IDataObject[] | BinaryOutput;

/** What every `<operation>.operation.ts` module exports. */
export interface TallyfyOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

export type Operations = Record<string, TallyfyOperation>;
