import type { IDataObject } from 'n8n-workflow';

import type { TestContext } from '../harness/setup';

/** Shortcuts for action tests: organization paths, one run of the node, the one request it sent. */
export function actionHelpers(t: TestContext) {
	return {
		orgPath: (path: string) => `/api/organizations/${t.sandbox.fixtures.orgId}${path}`,
		/** Runs the node with a personal token, the admin's unless `token` is given. */
		run: async (parameters: IDataObject, token?: string) =>
			await t.harness.run({
				credential: t.harness.pat(token ? { accessToken: token } : {}),
				parameters,
			}),
		/** The request the sandbox received, after checking it was the only one. */
		only: () => {
			expect(t.sandbox.requests).toHaveLength(1);
			return t.sandbox.requests[0];
		},
	};
}
