import tseslint from 'typescript-eslint';
import { zonesConfig } from './eslint.zones.js';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.output/**',
      '.wxt/**',
      'dist-cli/**',
      'test-results/**',
      'bench-results/**',
      'tests/e2e/fixtures/dist/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...zonesConfig,
);
