'use strict';
// Files (API: assets): multipart upload to a process or blueprint, metadata, download
// (inline or as an attachment) and delete.
const path = require('path');

const { errors, item } = require('../http');
const { newHexId, hexId } = require('../ids');
const { present } = require('../state');
const { find } = require('../records');
const seed = require('../seed');

const MAX_BYTES = 100 * 1024 * 1024;
const ALLOWED = [
	'xlsx',
	'xls',
	'pptx',
	'docx',
	'ppt',
	'doc',
	'rtf',
	'pdf',
	'txt',
	'mpga',
	'mov',
	'qt',
	'mp4',
	'webm',
	'jpg',
	'jpeg',
	'gif',
	'png',
	'ai',
	'psd',
	'zip',
	'xml',
	'xps',
	'dwg',
	'csv',
	'tif',
	'bmp',
];
const MIME_TYPES = {
	pdf: 'application/pdf',
	txt: 'text/plain',
	csv: 'text/csv',
	png: 'image/png',
	jpg: 'image/jpeg',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const extensionOf = (name) => path.extname(name).slice(1).toLowerCase();

function addAsset(state, orgId, spec) {
	const asset = {
		id: spec.id ?? newHexId(),
		filename: spec.filename,
		version: 1,
		uploaded_from: spec.uploaded_from,
		uploaded_at: spec.at ?? state.now(),
		step_id: spec.step_id ?? null,
		source: spec.source ?? 'local',
		system: spec.system ?? null,
		uploaded_to_s3: true,
		subject: { id: spec.subjectId, type: spec.subjectType },
		_orgId: orgId,
		_data: spec.data,
		_contentType:
			spec.contentType ?? MIME_TYPES[extensionOf(spec.filename)] ?? 'application/octet-stream',
	};
	state.assets.set(asset.id, asset);
	return asset;
}

/**
 * Content-Disposition as Symfony (and so Laravel, so Tallyfy) writes it: an ASCII fallback
 * in `filename`, and the real name in `filename*` when the two differ.
 */
function disposition(type, filename) {
	const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%/]/g, '_');
	let header = `${type}; filename="${fallback}"`;
	if (fallback !== filename) header += `; filename*=utf-8''${encodeURIComponent(filename)}`;
	return header;
}

/** What Tallyfy's upload validation checks, in its words. */
function validateUpload(ctx) {
	const body = ctx.body ?? {};
	const file = ctx.files.find((f) => f.field === 'name');
	const problems = {};
	if (!file) problems.name = ['The name field is required.'];
	else if (!ALLOWED.includes(extensionOf(file.filename)))
		problems.name = [`The name must be a file of type: ${ALLOWED.join(', ')}.`];
	else if (file.data.length > MAX_BYTES)
		problems.name = ['The name may not be greater than 102400 kilobytes.'];
	for (const field of ['subject_id', 'subject_type', 'uploaded_from']) {
		if (!body[field]) problems[field] = [`The ${field.replace(/_/g, ' ')} field is required.`];
	}
	if (body.subject_type && !['Run', 'Checklist'].includes(body.subject_type))
		problems.subject_type = ['The selected subject type is invalid.'];
	if (Object.keys(problems).length) throw errors.invalid(problems);
	return { body, file };
}

/** The process or blueprint a file goes to, and whether `uploaded_from` names a field of it. */
function checkSubject(ctx, body) {
	const { state } = ctx;
	if (body.subject_type === 'Checklist') {
		const checklist = state.checklists.get(body.subject_id);
		if (!checklist || checklist._orgId !== ctx.orgId || checklist.archived_at)
			throw errors.invalid({ subject_id: ['Subject not found'] });
		if (body.uploaded_from !== 'ko_field')
			throw errors.invalid({ uploaded_from: ['The selected uploaded from is invalid.'] });
		return;
	}
	const run = state.runs.get(body.subject_id);
	if (!run || run._orgId !== ctx.orgId) throw errors.invalid({ subject_id: ['Subject not found'] });
	const fieldIds = state.tasksOfRun(run.id).flatMap((task) => task._captures.map((c) => c.id));
	if (!fieldIds.includes(body.uploaded_from))
		throw errors.invalid({ uploaded_from: ['The selected uploaded from is invalid.'] });
}

module.exports = (sandbox) => {
	sandbox.afterReset((sb) => {
		const initech = hexId('process:initech');
		addAsset(sb.state, seed.MAIN_ORG, {
			id: hexId('asset:contract'),
			filename: 'signed-contract.pdf',
			uploaded_from: hexId('field:onboarding:welcome:call_notes'),
			subjectId: initech,
			subjectType: 'Run',
			data: Buffer.from('%PDF-1.4\nSigned contract for Initech\n%%EOF\n'),
			at: seed.at(130),
		});
		addAsset(sb.state, seed.MAIN_ORG, {
			id: hexId('asset:resume'),
			filename: 'Résumé – Ana.docx',
			uploaded_from: 'ko_field',
			subjectId: hexId('blueprint:onboarding'),
			subjectType: 'Checklist',
			data: Buffer.from('PK\u0003\u0004 not really a document'),
			at: seed.at(140),
		});
		addAsset(sb.state, seed.MAIN_ORG, {
			id: hexId('asset:logo'),
			filename: 'acme-logo.png',
			uploaded_from: 'logo',
			subjectId: seed.MAIN_ORG,
			subjectType: 'Organization',
			data: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
			at: seed.at(-90000),
		});
	});

	const upload = (ctx) => {
		const { body, file } = validateUpload(ctx);
		checkSubject(ctx, body);
		const asset = addAsset(ctx.state, ctx.orgId, {
			filename: file.filename,
			uploaded_from: body.uploaded_from,
			subjectId: body.subject_id,
			subjectType: body.subject_type,
			step_id: body.step_id,
			source: body.source,
			system: body.system,
			data: file.data,
			contentType: file.contentType,
		});
		return item(present(asset));
	};
	// Both paths reach the same upload handler.
	sandbox.post('/organizations/:org/file', upload);
	sandbox.post('/organizations/:org/assets', upload);

	const assetOf = (ctx) => find(ctx, ctx.state.assets, ctx.params.asset);

	sandbox.get('/organizations/:org/assets/:asset', (ctx) => item(present(assetOf(ctx))));

	sandbox.get('/organizations/:org/file/:asset', (ctx) => {
		const asset = assetOf(ctx);
		return {
			status: 200,
			body: asset._data,
			headers: {
				'Content-Type': asset._contentType,
				'Content-Disposition': disposition('inline', asset.filename),
			},
		};
	});

	sandbox.get('/organizations/:org/file/:asset/dl', (ctx) => {
		const asset = assetOf(ctx);
		return {
			status: 200,
			body: asset._data,
			headers: {
				'Content-Type': 'application/octet-stream',
				'Content-Disposition': disposition('attachment', asset.filename),
			},
		};
	});

	sandbox.delete('/organizations/:org/file/:asset', (ctx) => {
		const asset = assetOf(ctx);
		if (asset.subject.type === 'Organization')
			throw errors.invalid({ file: ['The organization logo cannot be deleted.'] });
		ctx.state.assets.delete(asset.id);
		return { status: 200, body: undefined };
	});
};
