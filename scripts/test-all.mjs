#!/usr/bin/env node
// `npm test`: every check of the project, in order, then exactly one summary line
//   N passed, N failed, N skipped
// typecheck (tsc -b), lint (eslint .), the electron-vite build and the check of its output count as one test each; Vitest (unit + golden), the browser
// end-to-end suite and the Electron suite report their own counts through JSON reporters in .tmp/.
// Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const tmp = join(root, '.tmp')
mkdirSync(tmp, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1', ...env } })
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  const code = r.status ?? 1
  console.log(`=== ${label}: exit ${code} (${secs} s)`)
  return code
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf-8'))
  } catch {
    return null
  }
}

function single(label, code) {
  if (code === 0) totals.passed++
  else {
    totals.failed++
    failures.push(label)
  }
}

function hasSpecs(dir) {
  const full = join(root, dir)
  if (!existsSync(full)) return false
  const walk = (d) => readdirSync(d, { withFileTypes: true }).some((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.spec.ts')))
  return walk(full)
}

// 1. typecheck, 2. lint
single('typecheck', run('typecheck', 'npx', ['tsc', '-b']))
single('lint', run('lint', 'npx', ['eslint', '.']))

// 3. the desktop build (electron-vite needs no Electron binary to build), and what a sandboxed app needs of it
single('electron-vite build', run('electron-vite build', 'npx', ['electron-vite', 'build']))
single('build output', checkBuild())

function checkBuild() {
  console.log('\n=== build output: main, sandboxed preload, renderer with its CSP')
  const problems = []
  for (const f of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, f))) problems.push(`missing ${f}`)
  }
  if (problems.length === 0) {
    // a sandboxed preload can require('electron') and nothing else
    const preload = readFileSync(join(root, 'out/preload/index.cjs'), 'utf-8')
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]).filter((m) => m !== 'electron')
    if (required.length > 0) problems.push(`preload requires ${[...new Set(required)].join(', ')} (a sandboxed preload may require only electron)`)
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf-8')
    if (!/http-equiv="Content-Security-Policy"/.test(html)) problems.push('renderer/index.html has no Content-Security-Policy meta')
  }
  for (const p of problems) console.log(`  ✗ ${p}`)
  console.log(`=== build output: ${problems.length === 0 ? 'ok' : 'FAILED'}`)
  return problems.length === 0 ? 0 : 1
}

// 4. unit + golden (Vitest)
{
  const out = join(tmp, 'vitest.json')
  rmSync(out, { force: true })
  const code = run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`])
  const j = readJson(out)
  if (j) {
    totals.passed += j.numPassedTests ?? 0
    totals.failed += j.numFailedTests ?? 0
    totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0)
    if ((j.numFailedTests ?? 0) > 0) failures.push(`vitest (${j.numFailedTests} failed)`)
    // suites that failed to load, or unhandled errors, fail the run even with no failed test
    if (code !== 0 && (j.numFailedTests ?? 0) === 0) {
      totals.failed += Math.max(1, j.numFailedTestSuites ?? 0)
      failures.push('vitest (suite or unhandled error)')
    }
  } else {
    totals.failed++
    failures.push('vitest (no report)')
  }
}

// 5. browser end-to-end suite, 6. Electron suite (Playwright, JSON reporter)
function playwright(label, script, specDir, extraEnv = {}, wrap = null) {
  if (!hasSpecs(specDir)) {
    console.log(`\n=== ${label}: no spec files in ${specDir}; nothing to run`)
    return
  }
  const out = join(tmp, `${label}.json`)
  rmSync(out, { force: true })
  const npmArgs = ['run', script, '--', '--reporter=list,json']
  const [cmd, args] = wrap ? [wrap[0], [...wrap.slice(1), 'npm', ...npmArgs]] : ['npm', npmArgs]
  const code = run(label, cmd, args, { PLAYWRIGHT_JSON_OUTPUT_NAME: out, ...extraEnv })
  const j = readJson(out)
  const s = j?.stats
  if (s) {
    totals.passed += (s.expected ?? 0) + (s.flaky ?? 0)
    totals.failed += s.unexpected ?? 0
    totals.skipped += s.skipped ?? 0
    if ((s.unexpected ?? 0) > 0) failures.push(`${label} (${s.unexpected} failed)`)
    if (code !== 0 && (s.unexpected ?? 0) === 0) {
      totals.failed++
      failures.push(`${label} (run error: ${(j.errors ?? []).map((e) => e.message).join('; ').slice(0, 300)})`)
    }
  } else {
    totals.failed++
    failures.push(`${label} (no report; exit ${code})`)
  }
}

playwright('e2e', 'test:e2e', 'tests/e2e')

// Electron needs a display: use xvfb-run when there is none
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY
const xvfb = needsDisplay && spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf-8' }).status === 0
playwright('electron', 'test:electron', 'tests/electron', {}, xvfb ? ['xvfb-run', '-a', '-s', '-screen 0 1280x800x24'] : null)

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed > 0 ? 1 : 0)
