'use strict';
// Helpers the route files share: finding org records, embedding `with=` includes, and
// validating form values the way Tallyfy's FormValuesValidator does.
const { errors } = require('./http');
const { present } = require('./state');

/** The record with `id` in `map`, if it belongs to the request's organization; else 404. */
function find(ctx, map, id) {
	const record = map.get(id) ?? map.get(Number(id));
	if (!record || (record._orgId && record._orgId !== ctx.orgId)) throw errors.notFound();
	return record;
}

function ofOrg(ctx, map) {
	return [...map.values()].filter((record) => record._orgId === ctx.orgId);
}

/** The `with=a,b` include list of a request. */
function includes(ctx) {
	return String(ctx.query.with ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

/** Nested includes come back wrapped again: `"tasks": {"data": [...]}`. */
const wrapped = (data) => ({ data: present(data) });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const blank = (value) =>
	value === undefined ||
	value === null ||
	value === '' ||
	(Array.isArray(value) && value.length === 0);
const same = (a, b) => String(a) === String(b);

function fieldError(field, value) {
	const label = field.label ?? field.alias ?? field.id;
	switch (field.field_type) {
		case 'text':
		case 'textarea':
			if (typeof value !== 'string') return `${label} must be a string.`;
			if (value.length > (field.field_type === 'text' ? 200 : 30000))
				return `${label} is too long.`;
			return undefined;
		case 'email':
			return typeof value === 'string' && EMAIL.test(value)
				? undefined
				: `${label} must be a valid email address.`;
		case 'date':
			return typeof value === 'string' && !Number.isNaN(Date.parse(value))
				? undefined
				: `${label} is not a valid date.`;
		case 'radio':
			return (field.options ?? []).some((o) => o.text === value)
				? undefined
				: 'Invalid radio choice selected';
		case 'dropdown':
			return value &&
				typeof value === 'object' &&
				'id' in value &&
				'text' in value &&
				(field.options ?? []).some((o) => same(o.id, value.id) && o.text === value.text)
				? undefined
				: 'Invalid dropdown choice selected';
		case 'multiselect':
			return Array.isArray(value) &&
				value.every(
					(v) =>
						v &&
						typeof v === 'object' &&
						(field.options ?? []).some((o) => same(o.id, v.id) && o.text === v.text),
				)
				? undefined
				: 'Invalid multiselect choice selected';
		case 'table':
			if (!Array.isArray(value) || value.length === 0) return 'Invalid table field';
			return value.length === (field.columns ?? []).length
				? undefined
				: 'Number of columns does not match required columns';
		case 'file':
			return Array.isArray(value) && value.every((v) => v && typeof v === 'object')
				? undefined
				: 'Invalid file field';
		case 'assignees_form':
			return value &&
				typeof value === 'object' &&
				!Array.isArray(value) &&
				['users', 'guests', 'groups'].every(
					(k) => value[k] === undefined || Array.isArray(value[k]),
				)
				? undefined
				: 'Invalid assignees field';
		default:
			return undefined;
	}
}

/**
 * Checks `values` (keyed by field id) against `fields`. Unknown keys are dropped silently,
 * like Tallyfy does; with `requireRequired`, a blank required field is refused.
 */
function validateFormValues(fields, values, { prefix, requireRequired = false } = {}) {
	const accepted = {};
	const problems = {};
	for (const [key, value] of Object.entries(values ?? {})) {
		const field = fields.find((f) => f.id === key);
		if (!field) continue;
		if (blank(value) && field.field_type !== 'table') continue;
		const problem = fieldError(field, value);
		if (problem) problems[`${prefix}.${key}`] = [problem];
		else accepted[key] = value;
	}
	if (requireRequired) {
		for (const field of fields) {
			if (field.required && blank(accepted[field.id]) && !problems[`${prefix}.${field.id}`]) {
				problems[`${prefix}.${field.id}`] = [`${field.label} is required`];
			}
		}
	}
	if (Object.keys(problems).length) throw errors.invalid(problems);
	return accepted;
}

/** Only the members of the organization may take a role; returns the caller's role. */
function roleOf(ctx) {
	return ctx.user?.role ?? 'standard';
}

function requireRole(ctx, roles, what) {
	if (!roles.includes(roleOf(ctx))) {
		throw errors.forbidden(`Only ${roles.join(' or ')} members can ${what}.`);
	}
}

module.exports = {
	find,
	ofOrg,
	includes,
	wrapped,
	validateFormValues,
	requireRole,
	roleOf,
	blank,
	EMAIL,
};
