import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { useSandbox } from '../harness/setup';

const t = useSandbox();

const file = (operation: string, parameters: IDataObject) => ({
	resource: 'file',
	operation,
	...parameters,
});
const org = () => `/organizations/${t.sandbox.fixtures.orgId}`;
const byId = (value: string) => ({ mode: 'id', value });

interface StoredAsset extends IDataObject {
	filename: string;
	_data: Buffer;
}
const assets = () => t.sandbox.state.assets as Map<string, StoredAsset>;
const assetNamed = (name: string) => [...assets().values()].find((a) => a.filename === name)!;

const PDF = '%PDF-1.4\nA signed contract\n%%EOF\n';
const withFile = (
	binary: Record<string, Partial<IBinaryData>> | undefined,
): INodeExecutionData[] => [
	{ json: { customer: 'Initech' }, binary: binary as Record<string, IBinaryData> },
];
const pdfItem = (field = 'data', fileName = 'contract.pdf') =>
	withFile({
		[field]: {
			data: Buffer.from(PDF).toString('base64'),
			mimeType: 'application/pdf',
			fileName,
		},
	});

/** The Call Notes field of the Welcome call task in Onboarding - Initech. */
const callNotesField = () => {
	const task = t.sandbox.state.tasks.get(
		t.sandbox.taskId(t.sandbox.fixtures.processes.initech, 'welcome'),
	) as { _captures: Array<{ id: string; label: string }> };
	return task._captures.find((field) => field.label === 'Call Notes')!.id;
};

describe('File > Upload', () => {
	it('uploads the input file as multipart for a task form field of a process', async () => {
		const initech = t.sandbox.fixtures.processes.initech;
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Run',
					processId: byId(initech),
					formFieldId: callNotesField(),
				}),
			},
			pdfItem(),
		);
		const [request] = t.sandbox.requests;
		expect([request.method, request.routePath]).toEqual(['POST', `${org()}/file`]);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.body).toEqual({
			subject_type: 'Run',
			subject_id: initech,
			uploaded_from: callNotesField(),
			source: 'local',
			files: [
				{
					field: 'name',
					filename: 'contract.pdf',
					contentType: 'application/pdf',
					size: Buffer.byteLength(PDF),
				},
			],
		});
		const [asset] = jsonOf(run);
		expect(asset).toMatchObject({
			filename: 'contract.pdf',
			uploaded_from: callNotesField(),
			subject: { id: initech, type: 'Run' },
		});
		expect(
			assets()
				.get(asset.id as string)
				?._data.toString(),
		).toBe(PDF);
	});

	it('uploads for a kick-off field of a blueprint given by a link, under another name', async () => {
		const onboarding = t.sandbox.fixtures.blueprints.onboarding;
		const link = `https://go.tallyfy.com/public/library/${t.sandbox.fixtures.orgId}/blueprint/${onboarding}/kick-off`;
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Checklist',
					blueprintId: { mode: 'url', value: link },
					binaryPropertyName: 'attachment',
					options: { fileName: 'Signed Contract.pdf' },
				}),
			},
			pdfItem('attachment', 'scan-0001.pdf'),
		);
		expect(t.sandbox.requests[0].body).toMatchObject({
			subject_type: 'Checklist',
			subject_id: onboarding,
			uploaded_from: 'ko_field',
			files: [expect.objectContaining({ filename: 'Signed Contract.pdf' })],
		});
		expect(jsonOf(run)[0]).toMatchObject({
			filename: 'Signed Contract.pdf',
			subject: { id: onboarding, type: 'Checklist' },
		});
	});

	it.each([
		[
			'a launch magic link',
			(org: string, id: string) =>
				`https://go.tallyfy.com/${org}/process/${id}/create?default_run_name=Q4&launchprocess=true`,
		],
		[
			'a webform launch link',
			(org: string, id: string) => `https://go.tallyfy.com/#/org/${org}/process/${id}/create`,
		],
	])('takes the blueprint ID from %s', async (_, link) => {
		const purchase = t.sandbox.fixtures.blueprints.purchase;
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Checklist',
					blueprintId: { mode: 'url', value: link(t.sandbox.fixtures.orgId, purchase) },
				}),
			},
			pdfItem(),
		);
		expect(run.status).toBe('success');
		expect(t.sandbox.requests[0].body).toMatchObject({ subject_id: purchase });
	});

	it('does not take a process link for a blueprint', async () => {
		const link = `https://go.tallyfy.com/${t.sandbox.fixtures.orgId}/processes/${t.sandbox.fixtures.processes.initech}`;
		await expect(
			t.harness.runItems(
				{
					credential: t.harness.pat(),
					parameters: file('upload', {
						subjectType: 'Checklist',
						blueprintId: { mode: 'url', value: link },
					}),
				},
				pdfItem(),
			),
		).rejects.toThrow('Not a Tallyfy link to a blueprint');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('names the missing binary field and the ones the item has, before any request', async () => {
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Checklist',
					blueprintId: byId(t.sandbox.fixtures.blueprints.onboarding),
					binaryPropertyName: 'data',
				}),
			},
			pdfItem('invoice'),
		);
		expect(run.error?.message).toBe('The input item has no binary field "data"');
		expect(run.error?.description).toBe(
			'Set "Input Binary Field" to one of the item’s binary fields: invoice.',
		);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('says so when the item carries no file at all', async () => {
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Checklist',
					blueprintId: byId(t.sandbox.fixtures.blueprints.onboarding),
				}),
			},
			withFile(undefined),
		);
		expect(run.error?.message).toBe('The input item has no binary field "data"');
		expect(run.error?.description).toMatch(/^The item carries no file\./);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses a file type Tallyfy does not accept, before any request', async () => {
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Checklist',
					blueprintId: byId(t.sandbox.fixtures.blueprints.onboarding),
				}),
			},
			pdfItem('data', 'setup.exe'),
		);
		expect(run.error?.message).toBe(
			'Tallyfy does not accept files of type "exe" (binary field "data")',
		);
		expect(run.error?.description).toMatch(/^Tallyfy accepts ai, bmp, csv, doc, docx,/);
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('refuses an empty form field ID for a process upload, before any request', async () => {
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Run',
					processId: byId(t.sandbox.fixtures.processes.initech),
					formFieldId: '={{ "" }}',
				}),
			},
			pdfItem(),
		);
		expect(run.error?.message).toBe('The parameter "Form Field ID" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	it('passes on Tallyfy’s refusal of a field that is not on the process', async () => {
		const run = await t.harness.runItems(
			{
				credential: t.harness.pat(),
				parameters: file('upload', {
					subjectType: 'Run',
					processId: byId(t.sandbox.fixtures.processes.laptops),
					formFieldId: callNotesField(),
				}),
			},
			pdfItem(),
		);
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): uploaded_from: The selected uploaded from is invalid.',
		);
	});
});

describe('File > Download', () => {
	it('puts the file in the chosen binary field with the name from Content-Disposition', async () => {
		const resume = assetNamed('Résumé – Ana.docx');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('download', { fileId: resume.id, binaryPropertyName: 'cv' }),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`GET ${org()}/file/${resume.id}/dl`,
		]);
		const [item] = run.items;
		expect(item.json).toEqual({
			id: resume.id,
			fileName: 'Résumé – Ana.docx',
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			bytes: resume._data.length,
		});
		const binary = item.binary?.cv as IBinaryData;
		expect(binary).toMatchObject({
			fileName: 'Résumé – Ana.docx',
			fileExtension: 'docx',
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		});
		expect(Buffer.from(binary.data, 'base64').equals(resume._data)).toBe(true);
	});

	it('retries a download that met a 503, as for any GET', async () => {
		const contract = assetNamed('signed-contract.pdf');
		t.sandbox.fault({ status: 503, times: 1, path: '/dl' });
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('download', { fileId: contract.id }),
		});
		expect(t.sandbox.requestsTo('/dl')).toHaveLength(2);
		const binary = run.items[0].binary?.data as IBinaryData;
		expect(binary).toMatchObject({ fileName: 'signed-contract.pdf', mimeType: 'application/pdf' });
		expect(Buffer.from(binary.data, 'base64').toString()).toBe(contract._data.toString());
	});

	it('names the file when Tallyfy does not know it', async () => {
		const unknown = 'e'.repeat(32);
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('download', { fileId: unknown }),
		});
		expect(run.error?.message).toBe(`Tallyfy could not find the file with ID '${unknown}' (404)`);
	});

	it('refuses an empty output field before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('download', {
				fileId: assetNamed('signed-contract.pdf').id,
				binaryPropertyName: '={{ "" }}',
			}),
		});
		expect(run.error?.message).toBe('The parameter "Put Output File in Field" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('File > Get Metadata', () => {
	it('reads the file’s record', async () => {
		const contract = assetNamed('signed-contract.pdf');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('get', { fileId: contract.id }),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`GET ${org()}/assets/${contract.id}`,
		]);
		expect(jsonOf(run)).toEqual([
			{
				id: contract.id,
				filename: 'signed-contract.pdf',
				version: 1,
				uploaded_from: callNotesField(),
				uploaded_at: contract.uploaded_at,
				step_id: null,
				source: 'local',
				system: null,
				uploaded_to_s3: true,
				subject: { id: t.sandbox.fixtures.processes.initech, type: 'Run' },
			},
		]);
	});

	it('refuses an empty file ID before any request', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('get', { fileId: '={{ " " }}' }),
		});
		expect(run.error?.message).toBe('The parameter "File ID" is empty');
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('File > Delete', () => {
	it('deletes the file and its content', async () => {
		const contract = assetNamed('signed-contract.pdf');
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('delete', { fileId: contract.id }),
		});
		expect(t.sandbox.requests.map((r) => `${r.method} ${r.routePath}`)).toEqual([
			`DELETE ${org()}/file/${contract.id}`,
		]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id: contract.id }]);
		expect(assets().has(contract.id as string)).toBe(false);
	});

	it('passes on Tallyfy’s refusal to delete the organization logo', async () => {
		const run = await t.harness.run({
			credential: t.harness.pat(),
			parameters: file('delete', { fileId: assetNamed('acme-logo.png').id }),
		});
		expect(run.error?.message).toBe(
			'Tallyfy rejected the values sent (422): file: The organization logo cannot be deleted.',
		);
	});
});
