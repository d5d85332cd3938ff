/**
 * Lint: typed typescript-eslint over TypeScript, eslint-plugin-astro over .astro files,
 * jsx-a11y and react-hooks over the islands; formatting is Prettier's (eslint-config-prettier
 * turns off the rules it would fight). `npm run lint` runs with --max-warnings 0. Every rule
 * turned off or changed below says why.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Content is the editors' world, checked by npm run check:content; the rest is generated.
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      'content/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals with numbers are how the code writes ids, paths and messages; they are never objects.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `a || b` on strings and numbers is deliberate where an empty value should fall through.
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        { ignorePrimitives: { string: true, boolean: true } },
      ],
      // Handlers written `(x) => setValue(x)` return nothing anyone reads; braces around each would only add noise.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Leaving a property out of an object with a rest pattern names it; it is not a forgotten variable.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // With noUncheckedIndexedAccess an in-range typed-array read is `number | undefined`; the code says `as number`
      // there and forbids `!` (no-non-null-assertion), which this rule would ask for instead.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  ...astro.configs.recommended,
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: {
      ...jsxA11y.flatConfigs.recommended.languageOptions,
      globals: globals.browser,
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*', 'astro.config.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**'],
    rules: {
      // Vitest's asymmetric matchers (expect.stringContaining and the like) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  prettier,
);
