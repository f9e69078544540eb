// Lint rules, including the layer map of the project (in the style of VS Code's layering rules: every
// part of the code base names the parts it may import, and the `layers/imports` rule below checks every
// relative import — `import`, `export … from`, `import()` — against that map; docs/architecture.md).
//
//   core/ — pure TypeScript, in sub-layers, lowest first. A sub-layer imports itself and the sub-layers
//           before it, never one after it (the order follows the imports that exist):
//             core/law       the law library (sources, values, regimes' dates)
//             core/matter    the matter format, its schema and migrations
//             core/analysis  the analysis result types
//             core/vocabulary charges, statuses, outcomes (core/vocabulary.ts)
//             core/settings  user settings (core/settings.ts)
//             core/examples  the bundled public cases
//             core/library   the library of published decisions (the examples and core/library/data)
//             core/similar   similar cases: the nearest library decisions by the deciding facts
//             core/sentencing the sentencing estimate (+ the one exception below)
//             core/outcome   the outcome ladder (不起诉 … 实刑 by stage), reads the estimate and the library
//             core/engine    the legal analysis (elements, competition, pivots), calls the sentencing estimate
//             core/report    the plain-text report of an analysis
//             core/clinic    law-clinic exercises, answers, grading
//             core/memo      the memo content model
//             core/ipc       the IPC contract (schemas of every channel's request and response)
//   templates/        .docx builders: core/ and templates/
//   electron/main     app shell and services: core/, templates/, electron/main
//   electron/preload  core/ipc (the contract) and electron only — not the main process, not the renderer
//   renderer/         core/ and renderer/ only — not electron/, not templates/, no Node built-ins
//   scripts/          CLI, bench, browser host: core/, templates/, electron/main, scripts/ — not the renderer
//   tests/, config    anything
// Package imports are checked with no-restricted-imports (Node built-ins, electron, lowdb, docx, react …).
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const ROOT = dirname(fileURLToPath(import.meta.url))

/** core's sub-layers, lowest first */
export const CORE_LAYERS = [
  'core/law', 'core/text', 'core/matter', 'core/analysis', 'core/vocabulary', 'core/settings', 'core/examples', 'core/library', 'core/similar',
  'core/sentencing', 'core/outcome', 'core/engine', 'core/statements', 'core/extract', 'core/report', 'core/clinic', 'core/memo', 'core/ipc'
]
/** Imports allowed against the order, each with its reason (to be removed when the code moves).
 *  `typeOnly`: only `import type` / `export type` (erased when compiled: no dependency at run time). */
export const CORE_EXCEPTIONS = [
  // the amount formatter lives in the engine folder but depends on nothing of the engine
  { from: 'core/sentencing', to: 'core/engine/format.ts', typeOnly: false },
  // SeriousGroundId is derived from the ground registry (one declaration per ground)
  { from: 'core/analysis', to: 'core/engine/grounds', typeOnly: true }
]
/** The other parts: what each may import (a prefix of the repository path). */
export const AREAS = {
  templates: ['core/', 'templates/'],
  'electron/main': ['core/', 'templates/', 'electron/main/'],
  'electron/preload': ['core/ipc/', 'electron/preload/'],
  renderer: ['core/', 'renderer/'],
  scripts: ['core/', 'templates/', 'electron/main/', 'scripts/']
}

const posix = (p) => p.split('\\').join('/')

/** The layer or area of a repository path, or null (tests, configs: unchecked). */
export function layerOf(repoPath) {
  const p = posix(repoPath)
  if (p.startsWith('core/')) {
    const seg = p.slice('core/'.length).split('/')[0].replace(/\.(ts|tsx|js|json)$/, '')
    return `core/${seg}`
  }
  for (const area of Object.keys(AREAS)) if (p === area || p.startsWith(`${area}/`)) return area
  return null
}

/** Why `from` (a repository path) may not import `to` (a repository path), or null when it may.
 *  `typeOnly`: the import is `import type` / `export type`. */
export function layerViolation(from, to, typeOnly = false) {
  const src = layerOf(from)
  if (src === null) return null
  const target = posix(to)
  if (src.startsWith('core/')) {
    const dst = layerOf(target)
    if (dst === null || !dst.startsWith('core/')) return `${src} 属于 core/（纯 TypeScript），不得引用 ${target}`
    const i = CORE_LAYERS.indexOf(src)
    const j = CORE_LAYERS.indexOf(dst)
    if (i < 0) return `${src} 不在分层图中（eslint.config.js CORE_LAYERS）/ not in the layer map`
    if (j < 0) return `${dst} 不在分层图中（eslint.config.js CORE_LAYERS）/ not in the layer map`
    if (j <= i) return null
    const ok = CORE_EXCEPTIONS.some((e) => {
      const base = e.to.replace(/\.ts$/, '')
      const hits = target === e.to || target === base || target.startsWith(`${base}/`)
      return e.from === src && hits && (typeOnly || !e.typeOnly)
    })
    return ok ? null : `${src} 位于 ${dst} 之下，不得引用上层 ${target} / a lower core layer may not import a higher one`
  }
  const allowed = AREAS[src]
  return allowed.some((prefix) => target.startsWith(prefix)) ? null : `${src} 只能引用 ${allowed.join('、')}，不得引用 ${target}`
}

const layersPlugin = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [], messages: { layer: '分层规则 / layer map: {{why}}' } },
      create(context) {
        const file = posix(relative(ROOT, context.filename))
        if (file.startsWith('..') || layerOf(file) === null) return {}
        const check = (node, typeOnly = false) => {
          const spec = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null
          if (!spec || !spec.startsWith('.')) return
          const target = posix(relative(ROOT, resolve(dirname(context.filename), spec.replace(/\?.*$/, ''))))
          const why = layerViolation(file, target, typeOnly)
          if (why) context.report({ node, messageId: 'layer', data: { why } })
        }
        const typeOnlyImport = (n) =>
          n.importKind === 'type' || (n.specifiers?.length > 0 && n.specifiers.every((x) => x.importKind === 'type'))
        return {
          ImportDeclaration: (n) => check(n.source, typeOnlyImport(n)),
          ExportNamedDeclaration: (n) => check(n.source, n.exportKind === 'type'),
          ExportAllDeclaration: (n) => check(n.source, n.exportKind === 'type'),
          ImportExpression: (n) => check(n.source)
        }
      }
    }
  }
}

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
    files: ['core/**/*.{ts,tsx,js,mjs}', 'templates/**/*.{ts,tsx,js,mjs}', 'electron/**/*.{ts,tsx,js,mjs}', 'renderer/**/*.{ts,tsx,js,mjs}', 'scripts/**/*.{ts,tsx,js,mjs}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' }
  },
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
