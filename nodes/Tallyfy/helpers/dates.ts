import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Tallyfy's list filters take plain `YYYY-MM-DD` days. */
export function toDay(node: INode, value: unknown, label: string, itemIndex: number): string {
	const text = String(value ?? '').trim();
	const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text);
	if (!text || Number.isNaN(date.getTime())) {
		throw new NodeOperationError(node, `"${text}" is not a date for "${label}"`, {
			itemIndex,
			description: 'Use a date such as 2026-12-31, or pick one in the date field.',
		});
	}
	return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : date.toISOString().slice(0, 10);
}

/** Request bodies take deadlines as `YYYY-MM-DD HH:MM:SS` in UTC, the form every Tallyfy source accepts. */
export function toDateTime(node: INode, value: unknown, label: string, itemIndex: number): string {
	const text = String(value ?? '').trim();
	const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
	if (!text || Number.isNaN(date.getTime())) {
		throw new NodeOperationError(node, `"${text}" is not a date and time for "${label}"`, {
			itemIndex,
			description:
				'Use a date and time such as 2026-12-31T17:00:00Z, or pick one in the date field.',
		});
	}
	return date.toISOString().slice(0, 19).replace('T', ' ');
}
