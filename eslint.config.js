// Lint: strict type-aware rules everywhere, zero warnings allowed, and the process boundaries enforced:
// src/shared imports nothing from Electron, the DOM or Dexie; the renderer imports nothing from main.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'self', 'postMessage', 'Blob', 'File', 'FileReader', 'Worker', 'fetch', 'crypto']

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'src/shared is pure: no Electron.' },
          { group: ['dexie', 'dexie-*', 'dexie/*'], message: 'src/shared is pure: no Dexie.' },
          { group: ['react', 'react-*', 'react/*', 'antd', 'antd/*', '@ant-design/*'], message: 'src/shared is pure: no UI.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/shared is pure: no Node built-ins.' },
          { group: ['**/renderer/**', '**/main/**', '**/preload/**', '@renderer/*'], message: 'src/shared depends on no process.' },
        ],
        paths: [{ name: 'zod', message: 'Import z from @shared/util/zod: jitless, as the CSP forbids eval.' }],
      }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/shared is pure: no DOM.' }))],
    },
  },
  {
    // the one place zod is configured
    files: ['src/shared/util/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every user-visible string goes through t(): no words written straight into JSX.
      'no-restricted-syntax': ['error',
        { selector: 'JSXText[value=/[A-Za-z\\u4e00-\\u9fff]/]', message: 'Translate user-visible text with t().' },
        { selector: 'JSXAttribute > Literal[value=/[\\u4e00-\\u9fff]/]', message: 'Translate user-visible text with t().' },
        { selector: 'JSXExpressionContainer > Literal[value=/[A-Za-z\\u4e00-\\u9fff]/]', message: 'Translate user-visible text with t().' },
      ],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'The renderer talks to the shell through the Host interface only.' },
          { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports nothing from main or preload.' },
          { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
        ],
        paths: [{ name: 'zod', message: 'Import z from @shared/util/zod: jitless, as the CSP forbids eval.' }],
      }],
    },
  },
  {
    files: ['bench/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '@renderer/*'], message: 'The shell imports nothing from the renderer.' }],
      }],
    },
  },
  {
    // this file itself is plain JavaScript: no type information to lint with
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts', 'src/cli/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
