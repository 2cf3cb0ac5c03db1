/**
 * The end-to-end suite: tests against a real n8n that `e2e/run.js` (npm run test:e2e) starts
 * and describes in TALLYFY_E2E_TARGET. Run through that script, not directly.
 * @type {import('jest').Config}
 */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.ts'],
	testTimeout: 120_000,
	slowTestThreshold: 30,
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
	},
};
