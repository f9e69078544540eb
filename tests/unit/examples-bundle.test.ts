import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exampleById, examples } from '../../core/examples'
import { validateMatter } from '../../core/matter/schema'

const dataDir = resolve(import.meta.dirname, '../../core/examples/data')
const caseFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'summaries.json')

describe('bundled published cases', () => {
  it('bundles every case file that is shipped, each a valid matter', () => {
    expect(caseFiles.length).toBeGreaterThanOrEqual(20)
    expect(examples.map((e) => e.id).sort()).toEqual(caseFiles.map((f) => f.replace(/\.json$/, '')).sort())
    for (const e of examples) expect(validateMatter(e.document).ok, e.id).toBe(true)
  })

  it('carries title, summary, charge, actual outcome and source from the file', () => {
    for (const f of caseFiles) {
      const raw = JSON.parse(readFileSync(join(dataDir, f), 'utf-8'))
      const e = exampleById(f.replace(/\.json$/, ''))
      expect(e, f).toBeDefined()
      if (!e) continue
      expect(e.title).toBe(raw.matter.matter.title)
      expect(e.summary.length).toBeGreaterThan(0)
      expect(e.actual).toEqual(raw.actual)
      expect(e.source.title).toBe(raw.source.title)
      expect(e.charge).toBe(raw.actual[raw.matter.defendants[0].id]?.charge ?? null)
    }
  })

  // The bundle is refreshed from a folder of fixtures (scripts/sync-examples.ts --from DIR); name that folder in
  // BANGXIN_CASES_DIR to check the bundle is in step with it. A fresh clone has no such folder.
  it.skipIf(!process.env.BANGXIN_CASES_DIR)('matches the fixtures folder named in BANGXIN_CASES_DIR', () => {
    const from = process.env.BANGXIN_CASES_DIR as string
    const files = readdirSync(from).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) expect(readFileSync(join(dataDir, f), 'utf-8'), f).toBe(readFileSync(join(from, f), 'utf-8'))
  })
})
