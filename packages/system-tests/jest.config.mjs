/** Plain ES modules, run as they are (no transform) under --experimental-vm-modules (set in the test script). */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/docs'],
  testMatch: ['**/*.test.mjs'],
  transform: {},
}

export default config
