/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 30000,
  transform: {
    // Type checking is `npm run typecheck` (run by CI); tests only transpile, which is much faster.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }],
  },
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.d.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: {
    './src/domain/': { statements: 95, branches: 90, functions: 95, lines: 95 },
  },
};
