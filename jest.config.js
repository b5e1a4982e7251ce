const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, target: "es2021" } }]

/** Unit and module tests sit beside the code; HTTP and end-to-end suites under integration-tests. */
module.exports = {
  transform: { "^.+\\.[jt]sx?$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "mjs", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "/\\.medusa/", "/dist/", "<rootDir>/.data/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  // Tests may drive a plugin's jobs, subscribers and servers directly. Those are not in its
  // package exports (the public API), so tests reach them in the plugin's build.
  moduleNameMapper: {
    "^@broadcart/plugin-([a-z-]+)/((?!package\\.json$|admin$).+)$": "<rootDir>/plugins/$1/.medusa/server/src/$2",
  },
  testMatch: [
    "<rootDir>/src/**/__tests__/**/*.spec.ts",
    "<rootDir>/core/src/**/__tests__/**/*.spec.ts",
    "<rootDir>/admin/src/**/__tests__/**/*.spec.ts",
    "<rootDir>/plugins/*/src/**/__tests__/**/*.spec.ts",
    "<rootDir>/modules/*/src/**/__tests__/**/*.spec.ts",
    "<rootDir>/test-utils/src/**/__tests__/**/*.spec.ts",
    "<rootDir>/plugins/*/integration-tests/**/*.spec.ts",
    "<rootDir>/integration-tests/**/*.spec.ts",
    // The start scripts are native ES modules; their tests are too.
    "<rootDir>/scripts/**/__tests__/*.spec.mjs",
  ],
  testTimeout: 120000,
}
