// ESLint: JavaScript's and typescript-eslint's recommended rules for every script, and
// eslint-plugin-astro's for .astro files. `npm run lint` (part of `npm test`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.tmp/', 'src/tooling/bench/.tmp/', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Allow leaving fields out of a copy with a rest pattern: const { file, ...rest } = source.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
