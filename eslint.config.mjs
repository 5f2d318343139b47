// Lint: typescript-eslint, accessibility of JSX, hooks, and the boundaries of the house.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const processEnvBan = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through the env module (apps/api/src/config/env.ts or apps/web/src/config/env.ts).",
};
const importMetaEnvBan = {
  selector: "MemberExpression[object.meta.name='import'][property.name='env']",
  message: "Read configuration through apps/web/src/config/env.ts.",
};
const prismaClientBan = {
  patterns: [
    {
      group: ["**/generated/prisma", "**/generated/prisma/*", "@prisma/client", "@prisma/client/*"],
      message: "Only repositories (*.repository.ts) and the db module talk to Prisma.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/dist/**", "apps/api/src/generated/**", "**/coverage/**", "test-results/**", "playwright-report/**", "**/.proto/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
      "no-restricted-syntax": ["error", processEnvBan, importMetaEnvBan],
      "no-restricted-imports": ["error", prismaClientBan],
    },
  },
  {
    files: ["apps/api/src/**/*.repository.ts", "apps/api/src/db/**/*.ts", "apps/api/src/testing/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The env modules, and the tooling around the app (scripts, configs, test runners, e2e, benchmarks).
    files: [
      "apps/api/src/config/env.ts",
      "apps/web/src/config/env.ts",
      "apps/api/src/db/cli.ts",
      "apps/api/src/testing/**",
      "scripts/**",
      "bench/**",
      "e2e/**",
      "**/*.config.{ts,mjs,js}",
      "**/jest.*.{ts,mjs,js}",
    ],
    rules: { "no-restricted-syntax": "off", "no-console": "off" },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "jsx-a11y": jsxA11y, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Imports run one way: ui/lib → features → app; features never import each other.
    files: ["apps/web/src/components/**", "apps/web/src/lib/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/features/**", "**/app/**"], message: "ui and lib must not depend on features or app." }] }],
    },
  },
  {
    files: ["packages/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["express", "react", "@prisma/*", "pg", "node:*", "**/generated/**"], message: "The domain is pure: no I/O, no frameworks." }] },
      ],
    },
  },
);
