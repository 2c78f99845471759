/**
 * Tests run as native ES modules (`--experimental-vm-modules`, set in the `test` script): `sanity` ships
 * ESM only, and the validation tests run its real `validateDocument`. swc only strips TypeScript.
 */
const config = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/schemaTypes',
    '<rootDir>/structure',
    '<rootDir>/scripts',
    '<rootDir>/actions',
    '<rootDir>/presentation',
    '<rootDir>/local-lake',
    '<rootDir>/scheduling',
  ],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
}

export default config
