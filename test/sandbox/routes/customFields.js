'use strict';
// Custom fields: organization-defined metadata keys (admins define them) and their values on
// processes. Values live on the run as `_customFields`, so process reads stay as they are.
const { errors, item, list } = require('../http');
const { hexId } = require('../ids');
const { present } = require('../state');
const { find, ofOrg, requireRole } = require('../records');
const seed = require('../seed');

const FIELD_TYPES = [
	'text',
	'textarea',
	'number',
	'boolean',
	'date',
	'email',
	'url',
	'radio',
	'dropdown',
	'multiselect',
	'table',
];

const KEYS = [
	{ key: 'cost_center', field_type: 'text' },
	{ key: 'budget', field_type: 'number' },
	{ key: 'contract_ref', field_type: 'text', is_required: true },
	{ key: 'legacy_code', field_type: 'text', is_active: false },
	{ key: 'source_system', field_type: 'text', key_type: 'system' },
	{ key: 'region', field_type: 'text', applies_to: 'guest' },
];

function addKey(state, orgId, spec, at = state.now()) {
	const record = {
		id: hexId(`custom-field-key:${spec.applies_to}:${spec.key}`),
		key: spec.key,
		applies_to: spec.applies_to,
		field_type: spec.field_type,
		is_required: Boolean(spec.is_required),
		is_active: spec.is_active !== false,
		key_type: spec.key_type ?? 'org',
		created_at: at,
		_orgId: orgId,
	};
	state.customFieldKeys.set(record.id, record);
	return record;
}

const processKeys = (ctx) =>
	ofOrg(ctx, ctx.state.customFieldKeys).filter((k) => k.applies_to === 'process' && k.is_active);

/** Laravel-style checks of one value against its key's type; undefined when it is fine. */
function valueError(key, value) {
	if (value === null || value === '') return undefined;
	switch (key.field_type) {
		case 'number':
			return Number.isFinite(Number(value)) && String(value).trim() !== ''
				? undefined
				: `The ${key.key} must be a number.`;
		case 'boolean':
			return [true, false, 0, 1, '0', '1', 'true', 'false'].includes(value)
				? undefined
				: `The ${key.key} field must be true or false.`;
		case 'date':
			return Number.isNaN(Date.parse(String(value)))
				? `The ${key.key} is not a valid date.`
				: undefined;
		case 'email':
			return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value))
				? undefined
				: `The ${key.key} must be a valid email address.`;
		case 'url':
			return /^https?:\/\/\S+$/.test(String(value))
				? undefined
				: `The ${key.key} format is invalid.`;
		default:
			return undefined;
	}
}

function valuesOf(run) {
	run._customFields = run._customFields ?? {};
	return run._customFields;
}

const answer = (run) => item({ custom_fields: { ...valuesOf(run) } });

module.exports = (sandbox) => {
	sandbox.afterReset((sb) => {
		for (const spec of KEYS)
			addKey(sb.state, seed.MAIN_ORG, { applies_to: 'process', ...spec }, seed.at(-8000));
		sb.state.runs.get(hexId('process:initech'))._customFields = {
			cost_center: 'CC-1042',
			contract_ref: 'INI-7',
			source_system: 'salesforce',
		};
	});

	sandbox.get('/organizations/:org/custom-field-keys', (ctx) => {
		const q = ctx.query;
		let records = ofOrg(ctx, ctx.state.customFieldKeys);
		for (const field of ['applies_to', 'key_type', 'field_type']) {
			if (q[field]) records = records.filter((k) => k[field] === q[field]);
		}
		for (const field of ['is_required', 'is_active']) {
			if (q[field] !== undefined) records = records.filter((k) => String(k[field]) === q[field]);
		}
		if (q.q) records = records.filter((k) => k.key.includes(String(q.q).toLowerCase()));
		const by = q.sort_by ?? 'key';
		const direction = q.sort_direction === 'desc' ? -1 : 1;
		records = [...records].sort((a, b) => String(a[by]).localeCompare(String(b[by])) * direction);
		const response = list(ctx, records);
		response.body.data = response.body.data.map(present);
		return response;
	});

	sandbox.post('/organizations/:org/custom-field-keys', (ctx) => {
		requireRole(ctx, ['admin'], 'manage custom field keys');
		const body = ctx.body ?? {};
		const problems = {};
		for (const field of ['key', 'applies_to', 'field_type']) {
			if (typeof body[field] !== 'string' || !body[field].trim())
				problems[field] = [`The ${field.replace(/_/g, ' ')} field is required.`];
		}
		if (body.field_type && !FIELD_TYPES.includes(body.field_type))
			problems.field_type = ['The selected field type is invalid.'];
		if (
			body.key &&
			ofOrg(ctx, ctx.state.customFieldKeys).some(
				(k) => k.key === body.key && k.applies_to === body.applies_to,
			)
		)
			problems.key = ['The key has already been taken.'];
		if (Object.keys(problems).length) throw errors.invalid(problems);
		return item(present(addKey(ctx.state, ctx.orgId, body)));
	});

	sandbox.put('/organizations/:org/runs/:run/custom-fields', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		const given = ctx.body?.custom_fields;
		if (!given || typeof given !== 'object' || Array.isArray(given))
			throw errors.invalid({ custom_fields: ['The custom fields field is required.'] });
		const keys = processKeys(ctx);
		const problems = {};
		for (const [name, value] of Object.entries(given)) {
			const key = keys.find((k) => k.key === name);
			const problem = !key
				? 'Unknown custom field key.'
				: key.key_type === 'system'
					? 'System keys cannot be written.'
					: valueError(key, value);
			if (problem) problems[`custom_fields.${name}`] = [problem];
		}
		for (const key of keys) {
			if (
				key.is_required &&
				key.key_type === 'org' &&
				[undefined, null, ''].includes(given[key.key])
			)
				problems[`custom_fields.${key.key}`] = [`The ${key.key} field is required.`];
		}
		if (Object.keys(problems).length) throw errors.invalid(problems);
		const system = Object.fromEntries(
			Object.entries(valuesOf(run)).filter(([name]) =>
				keys.some((k) => k.key === name && k.key_type === 'system'),
			),
		);
		run._customFields = { ...system, ...given };
		return answer(run);
	});

	const keyOf = (ctx) => {
		const key = processKeys(ctx).find((k) => k.key === ctx.params.key);
		if (!key) throw errors.invalid({ key: ['Unknown custom field key.'] });
		if (key.key_type === 'system')
			throw errors.forbidden('System custom field values cannot be changed.');
		return key;
	};

	sandbox.patch('/organizations/:org/runs/:run/custom-fields/:key', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		const key = keyOf(ctx);
		if (!ctx.body || !('value' in ctx.body))
			throw errors.invalid({ value: ['The value field is required.'] });
		const problem = valueError(key, ctx.body.value);
		if (problem) throw errors.invalid({ value: [problem] });
		valuesOf(run)[key.key] = ctx.body.value;
		return answer(run);
	});

	sandbox.delete('/organizations/:org/runs/:run/custom-fields/:key', (ctx) => {
		const run = find(ctx, ctx.state.runs, ctx.params.run);
		delete valuesOf(run)[keyOf(ctx).key];
		return { status: 200, body: undefined };
	});
};
