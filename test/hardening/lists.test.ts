import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

/*
 * Lists of IDs, tags and folders take comma-separated text or a JSON array. Text that looks
 * like JSON but is not a flat array must stop the item before anything is written: split at
 * commas it would reach Tallyfy as values such as `["g1"`.
 */
const t = useSandbox();

const byId = (value: string) => ({ mode: 'id', value });
const HOW_TO =
	'Give the values separated by commas (a, b), or a JSON array of texts such as ["a", "b"].';

const createTask = (change: Record<string, unknown>) =>
	t.harness.run({
		credential: t.harness.pat(),
		parameters: {
			resource: 'task',
			operation: 'create',
			title: 'Call Acme',
			task_type: 'task',
			deadline: '2026-12-24T16:30:00.000Z',
			members: String(t.sandbox.fixtures.users.standard),
			...change,
		},
	});

const launch = (additionalFields: Record<string, unknown>) =>
	t.harness.run({
		credential: t.harness.pat(),
		parameters: {
			resource: 'process',
			operation: 'launch',
			blueprintId: byId(t.sandbox.fixtures.blueprints.onboarding),
			name: 'Onboarding - Globex',
			additionalFields,
		},
	});

describe('Lists given as JSON', () => {
	it('takes a JSON array of group IDs and tags on Task > Create', async () => {
		const { groups, tags } = t.sandbox.fixtures;
		const run = await createTask({
			groups: JSON.stringify([groups.finance, groups.onboarding]),
			additionalFields: { tags: `["${tags.vip}", "${tags.q4}"]` },
		});
		expect(run.error).toBeUndefined();
		const [request] = t.sandbox.requestsTo(
			`/organizations/${t.sandbox.fixtures.orgId}/tasks`,
			'POST',
		);
		expect(request.body).toMatchObject({
			owners: { groups: [groups.finance, groups.onboarding] },
			tags: [tags.vip, tags.q4],
		});
		expect(jsonOf(run)).toHaveLength(1);
	});

	it.each([
		['groups', '["g1", ', 'Group IDs', '["g1",'],
		['groups', '{"id": "g1"}', 'Group IDs', '{"id": "g1"}'],
		['groups', '[["g1"]]', 'Group IDs', '[["g1"]]'],
	])('Task > Create refuses %s %j', async (parameter, value, label, shown) => {
		const run = await createTask({ [parameter]: value });
		expect(run.error?.message).toBe(`The parameter "${label}" is not a list: ${shown}`);
		expect(run.error?.description).toBe(HOW_TO);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('Task > Create refuses broken JSON tags', async () => {
		const run = await createTask({ additionalFields: { tags: '["vip", "q4"' } });
		expect(run.error?.message).toBe('The parameter "Tag IDs" is not a list: ["vip", "q4"');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it.each([
		['tags', 'Tag IDs'],
		['folders', 'Folder IDs'],
	])('Process > Launch refuses broken JSON %s and launches nothing', async (key, label) => {
		const run = await launch({ [key]: '["a", "b"' });
		expect(run.error?.message).toBe(`The parameter "${label}" is not a list: ["a", "b"`);
		expect(t.sandbox.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
	});

	it('cuts a long refused value in the message', async () => {
		const long = `[${'"abcdefghij", '.repeat(10)}`;
		const run = await createTask({ groups: long });
		expect(run.error?.message).toBe(
			`The parameter "Group IDs" is not a list: ${long.trim().slice(0, 60)}…`,
		);
	});

	it('Step > Assign refuses a JSON object of group IDs and changes nothing', async () => {
		const blueprint = t.sandbox.fixtures.blueprints.onboarding;
		const steps = t.sandbox.state.checklists.get(blueprint)!._steps as Array<{ id: string }>;
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: {
				resource: 'step',
				operation: 'assign',
				blueprintId: byId(blueprint),
				stepId: byId(steps[0].id),
				assignMode: 'add',
				groupIds: '{"id": 1}',
			},
		});
		expect(run.error?.message).toBe('The parameter "Group IDs" is not a list: {"id": 1}');
		expect(t.sandbox.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
	});
});
