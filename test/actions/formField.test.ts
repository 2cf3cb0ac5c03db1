import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

interface StoredField {
	id: string;
	label: string;
	field_type: string;
	options: Array<{ id: number; text: string }>;
	position: number;
}
interface StoredStep {
	id: string;
	title: string;
	captures: StoredField[];
}

const byId = (value: string) => ({ mode: 'id', value });
const calls = () => t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`);
const onboarding = () => t.sandbox.fixtures.blueprints.onboarding;
const step = (title: string) =>
	(t.sandbox.state.checklists.get(onboarding())!._steps as StoredStep[]).find(
		(s) => s.title === title,
	)!;
const field = (stepTitle: string, label: string) =>
	step(stepTitle).captures.find((c) => c.label === label)!;
const stepPath = (title: string) =>
	`/organizations/${t.sandbox.fixtures.orgId}/checklists/${onboarding()}/steps/${step(title).id}`;

const fieldRun = (
	operation: string,
	parameters: Record<string, unknown>,
	stepTitle = 'Welcome call',
) =>
	t.harness.run({
		credential: t.harness.pat(),
		parameters: {
			resource: 'formField',
			operation,
			blueprintId: byId(onboarding()),
			stepId: byId(step(stepTitle).id),
			...parameters,
		},
	});

describe('Form Field > Add', () => {
	it('adds a dropdown with its options numbered from 1', async () => {
		const run = await fieldRun(
			'add',
			{
				label: 'Priority',
				fieldType: 'dropdown',
				choices: ['High', ' Low '],
				required: true,
				additionalFields: { guidance: 'How urgent', position: 1 },
			},
			'Approve contract',
		);
		expect(calls()).toEqual([`POST ${stepPath('Approve contract')}/captures`]);
		expect(t.sandbox.requests[0].body).toEqual({
			label: 'Priority',
			field_type: 'dropdown',
			required: true,
			options: [
				{ id: 1, text: 'High' },
				{ id: 2, text: 'Low' },
			],
			guidance: 'How urgent',
			position: 1,
		});
		expect(jsonOf(run)[0]).toMatchObject({
			label: 'Priority',
			field_type: 'dropdown',
			position: 1,
		});
		expect(step('Approve contract').captures.map((c) => c.label)).toEqual(['Priority']);
	});

	it('adds a table with its columns, and sends no options for it', async () => {
		await fieldRun('add', {
			label: 'Line Items',
			fieldType: 'table',
			columns: ['Item', 'Quantity'],
			choices: ['ignored'],
		});
		expect(t.sandbox.requests[0].body).toEqual({
			label: 'Line Items',
			field_type: 'table',
			required: false,
			columns: [
				{ id: 1, label: 'Item' },
				{ id: 2, label: 'Quantity' },
			],
		});
		expect(step('Welcome call').captures.map((c) => c.label)).toEqual([
			'Call Notes',
			'Outcome',
			'Line Items',
		]);
	});

	it.each([
		[{ label: '={{ "" }}', fieldType: 'text' }, 'The parameter "Label" is empty'],
		[
			{ label: 'Plan', fieldType: 'radio', choices: ['Only'] },
			'"Options" needs at least 2 entries',
		],
		[{ label: 'Plan', fieldType: 'dropdown', choices: [] }, '"Options" needs at least 1 entry'],
		[
			{ label: 'Plan', fieldType: 'multiselect', choices: ['A', 'a'] },
			'"a" is given twice in "Options"',
		],
		[{ label: 'Rows', fieldType: 'table', columns: [' '] }, '"Columns" needs at least 1 entry'],
	])('refuses %p before any request', async (definition, message) => {
		const run = await fieldRun('add', definition);
		expect(run.error?.message).toBe(message);
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Form Field > Update', () => {
	it('sends the complete definition with the change, keeping the type and options', async () => {
		const outcome = field('Welcome call', 'Outcome');
		const run = await fieldRun('update', {
			formFieldId: byId(outcome.id),
			updateFields: { label: 'Call Outcome', required: true },
		});
		expect(calls()).toEqual([
			`GET ${stepPath('Welcome call')}`,
			`PUT ${stepPath('Welcome call')}/captures/${outcome.id}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			label: 'Call Outcome',
			field_type: 'dropdown',
			required: true,
			position: 2,
			options: [
				{ id: 1, text: 'Positive', value: null },
				{ id: 2, text: 'Neutral', value: null },
				{ id: 3, text: 'Negative', value: null },
			],
		});
		expect(jsonOf(run)[0]).toMatchObject({ id: outcome.id, label: 'Call Outcome', required: true });
	});

	it('sends no options or columns for a field type without them', async () => {
		const notes = field('Welcome call', 'Call Notes');
		await fieldRun('update', {
			formFieldId: byId(notes.id),
			updateFields: { guidance: 'Summarise the call' },
		});
		expect(t.sandbox.requests[1].routePath).toBe(
			`${stepPath('Welcome call')}/captures/${notes.id}`,
		);
		expect(t.sandbox.requests[1].body).toEqual({
			label: 'Call Notes',
			field_type: 'textarea',
			required: false,
			guidance: 'Summarise the call',
			position: 1,
		});
	});

	it('lists the step’s fields when the field is not there', async () => {
		const missing = 'f'.repeat(32);
		const run = await fieldRun('update', {
			formFieldId: byId(missing),
			updateFields: { required: true },
		});
		expect(run.error?.message).toBe(`There is no form field "${missing}" in step "Welcome call"`);
		expect(run.error?.description).toContain('"Call Notes" (alias call_notes');
		expect(calls()).toEqual([`GET ${stepPath('Welcome call')}`]);
	});

	it('refuses options for a field that has none, without writing', async () => {
		const notes = field('Welcome call', 'Call Notes');
		const run = await fieldRun('update', {
			formFieldId: byId(notes.id),
			updateFields: { choices: ['A', 'B'] },
		});
		expect(run.error?.message).toBe('"Options" does not apply to the textarea field "Call Notes"');
		expect(calls()).toEqual([`GET ${stepPath('Welcome call')}`]);
	});

	it('refuses an empty update before any request', async () => {
		const run = await fieldRun('update', {
			formFieldId: byId(field('Welcome call', 'Outcome').id),
			updateFields: {},
		});
		expect(run.error?.message).toBe('The parameter "Update Fields" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Form Field > Get Options and Set Options', () => {
	it('lists the choices of a dropdown, one item per choice', async () => {
		const run = await fieldRun('getOptions', {
			formFieldId: byId(field('Welcome call', 'Outcome').id),
		});
		expect(calls()).toEqual([`GET ${stepPath('Welcome call')}`]);
		expect(jsonOf(run)).toEqual([
			{ id: 1, text: 'Positive', value: null },
			{ id: 2, text: 'Neutral', value: null },
			{ id: 3, text: 'Negative', value: null },
		]);
	});

	it('refuses a field without options', async () => {
		const run = await fieldRun('getOptions', {
			formFieldId: byId(field('Welcome call', 'Call Notes').id),
		});
		expect(run.error?.message).toBe(
			'The form field "Call Notes" is a textarea field and has no options',
		);
	});

	it('keeps the IDs of unchanged choices and numbers new ones after the highest', async () => {
		const outcome = field('Welcome call', 'Outcome');
		const run = await fieldRun('setOptions', {
			formFieldId: byId(outcome.id),
			choices: ['Negative', ' positive', 'Mixed'],
		});
		const options = [
			{ id: 3, text: 'Negative', value: null },
			{ id: 1, text: 'positive', value: null },
			{ id: 4, text: 'Mixed' },
		];
		expect(calls()).toEqual([
			`GET ${stepPath('Welcome call')}`,
			`PUT ${stepPath('Welcome call')}/captures/${outcome.id}`,
		]);
		expect(t.sandbox.requests[1].body).toEqual({
			label: 'Outcome',
			field_type: 'dropdown',
			required: false,
			position: 2,
			options,
		});
		expect(jsonOf(run)[0].options).toEqual(options);
	});

	it('never gives a new choice the ID of a removed one', async () => {
		const outcome = field('Welcome call', 'Outcome');
		await fieldRun('setOptions', { formFieldId: byId(outcome.id), choices: ['Positive', 'Great'] });
		expect((t.sandbox.requests[1].body as { options: unknown }).options).toEqual([
			{ id: 1, text: 'Positive', value: null },
			{ id: 4, text: 'Great' },
		]);
	});

	it('refuses a repeated choice before any request', async () => {
		const run = await fieldRun('setOptions', {
			formFieldId: byId(field('Welcome call', 'Outcome').id),
			choices: ['Yes', 'YES'],
		});
		expect(run.error?.message).toBe('"YES" is given twice in "Options"');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Form Field > Move', () => {
	it('moves a field to another step at a position', async () => {
		const notes = field('Welcome call', 'Call Notes');
		const target = step('Approve contract').id;
		const run = await fieldRun('move', {
			formFieldId: byId(notes.id),
			targetStepId: byId(target),
			options: { position: 1 },
		});
		expect(calls()).toEqual([`PUT ${stepPath('Welcome call')}/captures/${notes.id}/move-out`]);
		expect(t.sandbox.requests[0].body).toEqual({ target_step_id: target, position: 1 });
		expect(jsonOf(run)[0]).toMatchObject({ id: notes.id, label: 'Call Notes', position: 1 });
		expect(step('Approve contract').captures.map((c) => c.label)).toEqual(['Call Notes']);
		expect(step('Welcome call').captures.map((c) => [c.label, c.position])).toEqual([
			['Outcome', 1],
		]);
	});

	it('refuses an empty target step before any request', async () => {
		const run = await fieldRun('move', {
			formFieldId: byId(field('Welcome call', 'Call Notes').id),
			targetStepId: byId('={{ "" }}'),
		});
		expect(run.error?.message).toBe('The parameter "To Step" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Form Field > Delete', () => {
	it('deletes a field and reports it', async () => {
		const notes = field('Welcome call', 'Call Notes');
		const run = await fieldRun('delete', { formFieldId: byId(notes.id) });
		expect(calls()).toEqual([`DELETE ${stepPath('Welcome call')}/captures/${notes.id}`]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id: notes.id }]);
		expect(step('Welcome call').captures.map((c) => c.label)).toEqual(['Outcome']);
	});
});

describe('Form field list search', () => {
	it('lists the fields of the chosen step', async () => {
		const result = await t.harness.listSearch(
			'searchFormFields',
			{
				credential: t.harness.pat(),
				parameters: {
					resource: 'formField',
					operation: 'update',
					blueprintId: byId(onboarding()),
					stepId: byId(step('Welcome call').id),
				},
			},
			'out',
		);
		expect(calls()).toEqual([`GET ${stepPath('Welcome call')}`]);
		expect(result.results).toEqual([
			{ name: 'Outcome (dropdown)', value: field('Welcome call', 'Outcome').id },
		]);
	});
});
