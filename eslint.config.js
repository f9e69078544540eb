// Lint rules, including the layer boundaries of the project:
//   core/       pure TypeScript: imports nothing of electron/, renderer/, templates/, no Node built-ins, no electron
//   templates/  may import core/ only (and docx); no electron/, renderer/, no Node built-ins
//   renderer/   may import core/ only; never Node built-ins or electron
//   electron/   may import core/ and templates/
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https',
  'net', 'worker_threads', 'process', 'buffer', 'events', 'zlib', 'module', 'readline'
]
const nodePatterns = ['node:*', ...nodeBuiltins]

const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }]
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    files: ['core/**/*.ts'],
    rules: layer('core/ is pure TypeScript: it may not import electron/, renderer/, templates/, Node built-ins or electron (分层规则).', [
      '**/electron/**', '**/renderer/**', '**/templates/**', 'electron', 'react', 'react-dom', 'antd', 'docx', 'lowdb', 'lowdb/*', ...nodePatterns
    ])
  },
  {
    files: ['templates/**/*.ts'],
    rules: layer('templates/ may import core/ and docx only (分层规则).', [
      '**/electron/**', '**/renderer/**', 'electron', 'react', 'lowdb', 'lowdb/*', ...nodePatterns
    ])
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: layer('renderer/ may import core/ only; never Node built-ins, electron or the main process (分层规则).', [
      '**/electron/**', '**/templates/**', 'electron', 'lowdb', 'lowdb/*', 'docx', ...nodePatterns
    ])
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: layer('preload may import core/ contracts and electron only (分层规则).', ['**/renderer/**', '**/templates/**', 'lowdb', 'lowdb/*', 'docx'])
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'tests/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } }
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } }
  }
)
