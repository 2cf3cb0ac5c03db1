'use strict';
// Kick-off fields (API: preruns). They are written through the blueprint's `prerun` array
// (PUT /checklists/{id}); api-v2 serves no POST here, only the delete.
const { errors } = require('../http');

module.exports = (sandbox) => {
	sandbox.delete('/organizations/:org/checklists/:checklist/preruns/:prerun', (ctx) => {
		const checklist = sandbox.liveBlueprint(ctx);
		const field = checklist.prerun.find((f) => f.id === ctx.params.prerun);
		if (!field) throw errors.notFound();
		sandbox.canEditBlueprint(ctx);
		sandbox.refuseIfInRule(checklist, field.id);
		checklist.prerun = checklist.prerun
			.filter((f) => f !== field)
			.map((f, index) => ({ ...f, position: index + 1 }));
		checklist.last_updated = ctx.state.now();
		return { status: 200, body: undefined };
	});
};
