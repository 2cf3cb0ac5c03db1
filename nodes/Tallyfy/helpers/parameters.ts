import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Reads a resource locator (or plain string) id parameter and refuses an empty one
 * before any request is sent, naming the parameter so the user knows what to fill in.
 */
export function requiredId(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	label: string,
): string {
	const value = this.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	const id =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!id) {
		throw new NodeOperationError(this.getNode(), `The parameter "${label}" is empty`, {
			itemIndex,
			description: `Choose a ${label.toLowerCase()} from the list, or enter its ID or an expression that gives one.`,
		});
	}
	return id;
}

/** Like `requiredId`, but an empty value means "not given". */
export function optionalId(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
): string | undefined {
	const value = this.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	const id =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return id || undefined;
}

/**
 * A text parameter's value (read by the caller, so list entries work too), trimmed and
 * refused when empty before any request, naming the parameter and how to fill it.
 */
export function requiredText(
	this: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	description: string,
): string {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!text) {
		throw new NodeOperationError(this.getNode(), `The parameter "${label}" is empty`, {
			itemIndex,
			description,
		});
	}
	return text;
}
