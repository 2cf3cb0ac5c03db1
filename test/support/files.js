'use strict';
// File-system access for tests. It lives in plain JS because n8n's lint rules forbid `fs`
// in TypeScript, which they treat as node code bound for n8n Cloud.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

/** Every file below `dir` (relative to the repository root), as repository-relative paths. */
function listFiles(dir) {
	const start = path.join(root, dir);
	if (!fs.existsSync(start)) return [];
	const found = [];
	const walk = (current) => {
		for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else found.push(path.relative(root, full));
		}
	};
	walk(start);
	return found.sort();
}

/** A repository file's text, or undefined when it does not exist. */
function readText(file) {
	const full = path.join(root, file);
	return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
}

/** Loads a CommonJS module of the repository (e.g. a compiled node in dist/). */
function load(file) {
	return require(path.join(root, file));
}

module.exports = { listFiles, readText, load };
