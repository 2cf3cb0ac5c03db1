'use strict';
const { createHash, randomBytes } = require('crypto');

/** Seeded records get stable 32-hex ids derived from a label, like Tallyfy's timeline ids. */
const hexId = (label) => createHash('md5').update(String(label)).digest('hex');

/** Records created while the sandbox runs get random ones. */
const newHexId = () => randomBytes(16).toString('hex');

module.exports = { hexId, newHexId };
