// The recipes of docs/architecture.md, exercised: on a copy of core/, a ground of 情节严重 is added by one new module
// and one registry line, and a matter field by one schema line and one field-table line — and the compiler points
// at what is missing when a step is left out. Runs tsc on the copy (a few seconds).
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const work = join(root, '.tmp', `recipes-${process.pid}`)
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')

function typecheck(): { ok: boolean; errors: string[] } {
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(work, 'tsconfig.json')], { cwd: work, encoding: 'utf8', stdio: 'pipe' })
    return { ok: true, errors: [] }
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? '')
    return { ok: false, errors: out.split('\n').filter((l) => l.includes('error TS')) }
  }
}

function edit(rel: string, from: string, to: string): void {
  const p = join(work, rel)
  const s = readFileSync(p, 'utf8')
  if (!s.includes(from)) throw new Error(`${rel}: anchor not found: ${from}`)
  writeFileSync(p, s.replace(from, to))
}

const GROUND = `import { defineGround } from './define'
import { gated, measure, statusOf } from './common'

const id = 'recipe-deposits'

export default defineGround({
  id,
  short: '配方示例：押金',
  reads: ['amounts.recipeDeposits'],
  evaluate(d, regime) {
    const m = measure(id, '押金', 'yuan', d.amounts.recipeDeposits, 10000, [id])
    return gated(id, regime, d, [m], statusOf(m), m.text, [id])
  }
})
`

beforeAll(() => {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(join(root, 'core'), join(work, 'core'), { recursive: true })
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2023', lib: ['ES2023', 'DOM'], module: 'ESNext', moduleResolution: 'bundler', strict: true, noUncheckedIndexedAccess: true,
      skipLibCheck: true, noEmit: true, isolatedModules: true, resolveJsonModule: true, types: [], typeRoots: [join(root, 'node_modules', '@types')],
      baseUrl: '.', paths: { zod: [join(root, 'node_modules', 'zod')] }
    },
    // what the recipes touch, and everything those files import
    include: ['core/engine/grounds/*.ts', 'core/engine/serious.ts', 'core/engine/pivots.ts', 'core/matter/fields.ts', 'check.ts']
  }))
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('recipes (docs/architecture.md)', () => {
  it('the copy of core/ type-checks as it is', () => {
    writeFileSync(join(work, 'check.ts'), "import type { SeriousGroundId } from './core/engine/grounds'\nexport const x: SeriousGroundId = 'interp2019-12-1-2'\n")
    expect(typecheck()).toEqual({ ok: true, errors: [] })
  })

  it('add a field: without its field-table line, a ground that reads it does not compile', () => {
    edit('core/matter/schema.ts', '  attributableFraudLoss: orNull(money)', '  attributableFraudLoss: orNull(money),\n  recipeDeposits: orNull(money)')
    writeFileSync(join(work, 'core/engine/grounds/recipe-deposits.ts'), GROUND)
    const r = typecheck()
    expect(r.ok).toBe(false)
    expect(r.errors.join('\n')).toMatch(/recipe-deposits\.ts.*amounts\.recipeDeposits/)
    // the one line in the field table
    edit('core/matter/fields.ts', "  'amounts.illegalGain':", "  'amounts.recipeDeposits': { label: bi('押金', 'Deposits'), widget: 'money' },\n  'amounts.illegalGain':")
    expect(typecheck()).toEqual({ ok: true, errors: [] })
  })

  it('add a ground: one module plus one registry line, and SeriousGroundId includes it', () => {
    writeFileSync(join(work, 'check.ts'), "import type { SeriousGroundId } from './core/engine/grounds'\nexport const x: SeriousGroundId = 'recipe-deposits'\n")
    const before = typecheck()
    expect(before.ok).toBe(false)
    expect(before.errors.join('\n')).toMatch(/check\.ts.*recipe-deposits/)
    edit('core/engine/grounds/index.ts', "import other from './other'", "import other from './other'\nimport recipeDeposits from './recipe-deposits'")
    edit('core/engine/grounds/index.ts', 'telecom2025, other\n]', 'telecom2025, other, recipeDeposits\n]')
    expect(typecheck()).toEqual({ ok: true, errors: [] })
  })
})
