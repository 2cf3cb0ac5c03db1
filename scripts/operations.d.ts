export interface ListedOperation {
	name: string;
	value: string;
	action?: string;
	description?: string;
}

export interface ListedResource {
	resource: string;
	name: string;
	operations: ListedOperation[];
}

export declare function operationsOf(description: { properties?: unknown[] }): ListedResource[];
export declare function totalOf(resources: ListedResource[]): number;
