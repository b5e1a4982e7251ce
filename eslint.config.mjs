import js from "@eslint/js"
import tseslint from "typescript-eslint"
import { importX } from "eslint-plugin-import-x"
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript"
import globals from "globals"

/**
 * Imports of another package's internals: built output (`dist/`), sources (`src/`) and a
 * workspace package's build (`.medusa/`). Allowed only in the one adapter file per dependency
 * (ADAPTERS), which checks the pinned version at load (`@broadcart/core/compat`).
 */
const INTERNAL_IMPORTS = [
  // ajv documents `ajv/dist/2020` as its entry point for JSON Schema 2020-12 (it has no exports map).
  { regex: "^(?!ajv/dist/2020$)[^.].*/dist(/|$)", message: "Import a package's public entry points; its dist/ internals belong in a *-internals.ts adapter." },
  { regex: "^[^.].*/src(/|$)", message: "Import a package's public entry points; its src/ internals belong in a *-internals.ts adapter." },
  { regex: "^@broadcart/[^/]+/\\.medusa(/|$)", message: "Import a workspace package by its exports map, never its .medusa build." },
]

const ADAPTERS = [
  "**/*-internals.ts",
  "plugins/stripe-payouts/src/providers/stripe/index.ts",
  "plugins/live-streaming/src/providers/ingest/**",
  "src/logging/*reporter*.ts",
]

export default tseslint.config(
  {
    ignores: ["**/node_modules/", "**/.medusa/", "**/dist/", "**/.data/", "**/coverage/", "**/src/modules/*/migrations/"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Lets import-x parse TypeScript dependencies, without which no-cycle sees no imports in .ts files.
  importX.flatConfigs.typescript,
  {
    settings: {
      "import-x/resolver-next": [
        createTypeScriptImportResolver({ project: ["tsconfig.json", "*/tsconfig.json", "*/*/tsconfig.json"], noWarnOnMultipleProjects: true }),
      ],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true, commonjs: true }],
      "no-restricted-imports": ["error", { patterns: INTERNAL_IMPORTS }],
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Medusa's query and container results are untyped, and tests reach into them.
      "@typescript-eslint/no-explicit-any": "off",
      // Findings in today's code that its owners clear; warnings until then.
      "@typescript-eslint/no-require-imports": "warn",
      "@typescript-eslint/no-unused-expressions": "warn",
      "preserve-caught-error": "warn",
      "no-empty": "warn",
    },
  },
  { files: ADAPTERS, rules: { "no-restricted-imports": "off" } },
  { files: ["**/__tests__/**", "**/integration-tests/**", "**/*.spec.*"], languageOptions: { globals: { ...globals.jest } } },
  // CommonJS files: the jest config and setup, the plugin builder's bin.
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" }, rules: { "@typescript-eslint/no-require-imports": "off" } }
)
