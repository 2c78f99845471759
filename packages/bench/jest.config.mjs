/** Workspace packages are TypeScript sources; swc strips types for jest. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: {
    // scripts/*.mjs are plain Node ESM; swc turns them into CommonJS for jest.
    '^.+\\.mjs$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(groq-js|groq|@sanity/client)/)'],
}
