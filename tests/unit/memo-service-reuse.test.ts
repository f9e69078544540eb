// The memo service reuses the editor's analysis when its fingerprint matches the matter main validated, and
// analyses again otherwise (another matter, an older analysis, a forged fingerprint).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../electron/main/dispatch'
import type { MatterAnalysis } from '../../core/analysis/types'
import { validateMatter } from '../../core/matter/schema'
import { loadCase } from './bundled-cases'

const calls = { analyze: 0 }
vi.mock('../../core/engine/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../core/engine/analyze')>()
  return { ...real, analyzeMatter: (...args: Parameters<typeof real.analyzeMatter>) => { calls.analyze++; return real.analyzeMatter(...args) } }
})

const dirs: string[] = []
const ctx = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bangxin-memo-reuse-'))
  dirs.push(dir)
  return { dataDir: dir, host: 'web' as const, appVersion: 'test' }
}
afterEach(() => { calls.analyze = 0 })
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

async function editorAnalysis(doc: ReturnType<typeof loadCase>): Promise<MatterAnalysis> {
  const { analyzeMatter, analysisDate, analysisFingerprint } = await import('../../core/engine/analyze')
  const parsed = validateMatter(doc)
  if (!parsed.ok) throw new Error('invalid')
  const a = analyzeMatter(parsed.value)
  return { ...a, fingerprint: analysisFingerprint(parsed.value, analysisDate(parsed.value)) }
}

describe('memo:build reuses the analysis it was given', () => {
  it('when the fingerprint matches the matter: no second analysis', async () => {
    const doc = loadCase('cn-xianyou-yan')
    const analysis = await editorAnalysis(doc)
    calls.analyze = 0
    const r = await dispatch('memo:build', { document: doc, kind: 'defense', analysis }, ctx())
    expect(r.ok).toBe(true)
    expect(calls.analyze).toBe(0)
  })

  it('when it does not (the matter changed, or a forged fingerprint): main analyses the matter itself', async () => {
    const doc = loadCase('cn-xianyou-yan')
    const analysis = await editorAnalysis(doc)
    const changed = loadCase('cn-xianyou-yan')
    changed.defendants[0]!.amounts.illegalGain = 12345
    calls.analyze = 0
    expect((await dispatch('memo:build', { document: changed, kind: 'defense', analysis }, ctx())).ok).toBe(true)
    expect(calls.analyze).toBe(1)
    calls.analyze = 0
    expect((await dispatch('memo:build', { document: doc, kind: 'defense', analysis: { ...analysis, fingerprint: '0000000000000000' } }, ctx())).ok).toBe(true)
    expect(calls.analyze).toBe(1)
  })

  it('a malformed analysis is refused at the boundary, naming the field', async () => {
    const doc = loadCase('cn-xianyou-yan')
    const r = await dispatch('memo:build', { document: doc, kind: 'defense', analysis: { fingerprint: 'x', defendants: 'no' } }, ctx())
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.path).toMatch(/^analysis/)
  })
})
