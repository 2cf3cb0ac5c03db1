'use strict';
// tsc compiles the TypeScript; this copies what n8n loads next to it and tsc does not emit:
// the light/dark icons and the codex files (*.node.json) beside each node.
const { src, dest, parallel } = require('gulp');

const icons = () => src('icons/**/*.svg').pipe(dest('dist/icons'));
const codex = () => src('nodes/**/*.node.json').pipe(dest('dist/nodes'));

exports.build = parallel(icons, codex);
exports.default = exports.build;

/** `dist` is rebuilt from scratch so files of removed sources never linger. */
exports.clean = async () => require('fs').rmSync('dist', { recursive: true, force: true });
