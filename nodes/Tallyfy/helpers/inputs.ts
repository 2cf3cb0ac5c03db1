import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface TextRule {
	/** The parameter's display name, as the user sees it. */
	label: string;
	/** Tallyfy's documented length limit. */
	max?: number;
	required?: boolean;
	/** How to fix an empty value; a generic hint otherwise. */
	hint?: string;
}

function refuse(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

/**
 * A text value checked against Tallyfy's limits before anything is sent, so a too-long
 * name fails with the parameter's name instead of a 422 after a round trip.
 */
export function checkText(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	rule: TextRule,
): string {
	const text = String(value ?? '').trim();
	if (!text && rule.required) {
		refuse(
			this,
			itemIndex,
			`The parameter "${rule.label}" is empty`,
			rule.hint ?? `Enter a value for "${rule.label}", or an expression that gives one.`,
		);
	}
	if (rule.max !== undefined && text.length > rule.max) {
		refuse(
			this,
			itemIndex,
			`The parameter "${rule.label}" is longer than ${rule.max} characters`,
			`Tallyfy accepts at most ${rule.max} characters here; this value has ${text.length}. Shorten it.`,
		);
	}
	return text;
}

/** A string parameter read and checked with `checkText`. */
export function textParameter(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	rule: TextRule,
): string {
	return checkText.call(this, this.getNodeParameter(name, itemIndex, ''), itemIndex, rule);
}

/** An email address, trimmed; refused unless it looks like one. */
export function checkEmail(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string {
	const email = checkText.call(this, value, itemIndex, {
		label,
		required: true,
		hint: `Enter an email address for "${label}", such as jane@example.com.`,
	});
	if (!EMAIL_PATTERN.test(email)) {
		refuse(
			this,
			itemIndex,
			`The parameter "${label}" is not an email address: "${email}"`,
			'Use a single address such as jane@example.com, without a display name.',
		);
	}
	return email;
}

/** A list given as an array or as comma-separated text, without blanks. */
function listOf(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => String(part ?? '').trim()).filter(Boolean);
}

/** Numeric member IDs, from a list or comma-separated text. */
export function checkMemberIds(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number[] {
	return listOf(value).map((part) => {
		if (!/^\d+$/.test(part)) {
			refuse(
				this,
				itemIndex,
				`The parameter "${label}" has "${part}", which is not a member ID`,
				'Member IDs are whole numbers, such as the "id" of a member from Member > Get Many. Separate several with commas.',
			);
		}
		return Number(part);
	});
}

/** Email addresses, from a list or comma-separated text. */
export function checkEmails(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string[] {
	return listOf(value).map((part) => checkEmail.call(this, part, itemIndex, label));
}

/** Tallyfy's `with=a,b` list of related records to embed, or nothing. */
export function withIncludes(include: readonly string[]): IDataObject {
	return include.length ? { with: include.join(',') } : {};
}
