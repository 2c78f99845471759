/**
 * Workspace packages are TypeScript sources; swc turns them into CommonJS for jest. ESM-only dependencies
 * (groq-js 2, @sanity/client 8 and theirs) load untransformed through Node 24's require(esm), which jest uses
 * under --experimental-vm-modules (set in the package's test script).
 */
const config = {
  testEnvironment: 'node',
  // Some suites run whole imports or a lake with real images (sharp) in their hooks: 5 s, jest's default, was not
  // enough on a loaded two-core CI machine.
  testTimeout: 20_000,
  roots: ['<rootDir>/src'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
}

export default config
