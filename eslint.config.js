import js from "@eslint/js";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", ".tmp/", ".demo/", "bench/out/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "simple-import-sort": simpleImportSort },
    rules: {
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly" },
    },
  },
  {
    // The core knows no platform: no CI SDKs, no environment (see STYLE.md).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@actions/*", "@gitbeaker/*", "@octokit/*"],
              message: "src/core is platform-free: use a src/platform adapter.",
            },
            {
              group: ["**/platform/**", "**/cli/**", "**/actions/**"],
              message: "src/core must not depend on outer layers.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "src/core must not read process.env: pass values in.",
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "src/core must not touch process: pass values in." },
      ],
    },
  },
);
