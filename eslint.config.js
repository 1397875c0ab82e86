// ESLint for the whole repository: `pnpm lint` (warnings count as findings). The plugins come from tools/lint.
import { defineConfig } from 'eslint/config';
import { globals, js, lit, prettier, tseslint, wc } from '@relmap/lint-config';

const typeChecked = ['**/*.ts', '**/*.tsx', '**/*.mts'];

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tsc/**',
      '**/out-tsc/**',
      'storybook-static/**',
      'coverage/**',
      'docs/api/**',
      '.doc-snippets/**',
      '**/__screenshots__/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'ReactiveElement'] } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Lit binds every `@event=${this.method}` listener to the host element, so passing a method unbound is how
      // templates are written here, not a bug.
      '@typescript-eslint/unbound-method': 'off',
      // `condition && act()` and `a ? b() : c()` as statements are the codebase's idiom for one-line branches.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // As the compiler's noUnusedLocals/noUnusedParameters: a leading `_` marks a name a signature or a destructuring
      // needs but the body does not (`{ omitted: _, ...rest }`, a directive's `render` parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The React package augments React's JSX namespace, which only a `declare namespace` can do.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // Tests and their helpers feed documents in as `any` on purpose (parsed JSON, hostile input) and read them back.
    files: ['**/*.test.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain JavaScript (build scripts, benchmark harness, configs) is in no tsconfig: lint it without types.
    ignores: typeChecked,
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Declaration files beside scripts, and the packaging test's consumers, which type-check against the packed
    // tarballs in a project of their own: lint them without the workspace's types.
    files: ['**/*.d.mts', 'scripts/pack-test/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
