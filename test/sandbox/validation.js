'use strict';
// Laravel-style request validation for the sandbox routes: collect every field's message,
// then answer one 422 `{ errors: { field: [messages] } }` as Tallyfy does.
const { errors } = require('./http');
const { EMAIL, blank } = require('./records');

const label = (field) => field.replace(/_/g, ' ');

class Validation {
	constructor(body) {
		this.body = body ?? {};
		this.problems = {};
	}

	fail(field, message) {
		(this.problems[field] ??= []).push(message);
		return this;
	}

	has(field) {
		return !blank(this.body[field]);
	}

	required(...fields) {
		for (const field of fields)
			if (!this.has(field)) this.fail(field, `The ${label(field)} field is required.`);
		return this;
	}

	max(field, size) {
		const value = this.body[field];
		if (typeof value === 'string' && value.length > size)
			this.fail(field, `The ${label(field)} may not be greater than ${size} characters.`);
		return this;
	}

	in(field, allowed) {
		if (this.has(field) && !allowed.includes(this.body[field]))
			this.fail(field, `The selected ${label(field)} is invalid.`);
		return this;
	}

	email(field) {
		if (this.has(field) && !EMAIL.test(String(this.body[field])))
			this.fail(field, `The ${label(field)} must be a valid email address.`);
		return this;
	}

	array(field) {
		if (this.body[field] !== undefined && !Array.isArray(this.body[field]))
			this.fail(field, `The ${label(field)} must be an array.`);
		return this;
	}

	/** Throws the collected 422, if anything failed. */
	check() {
		if (Object.keys(this.problems).length) throw errors.invalid(this.problems);
		return this.body;
	}
}

const validate = (body) => new Validation(body);

module.exports = { validate };
