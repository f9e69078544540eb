// The editor's analysis: once per change, per defendant, without the pivot search on the keystroke path; the pivot
// search, run when idle, gives exactly what a full analysis gives.
import { describe, expect, it } from 'vitest'
import { analysisFingerprint, analyzeMatter } from '../../core/engine/analyze'
import { validateMatter } from '../../core/matter/schema'
import { runAnalysis, searchPivotsWhenIdle, uncachedDefendants } from '../../renderer/src/engine'
import { loadCase } from './bundled-cases'

describe('the editor analysis', () => {
  it('a change to one defendant re-analyses that defendant only', () => {
    const doc = loadCase('spc2025-04-a')
    expect(doc.defendants.length).toBeGreaterThanOrEqual(2)
    const a = runAnalysis(doc)
    if (!a.ok) throw new Error(a.error)
    expect(a.complete).toBe(false)
    const d0 = doc.defendants[0]!
    const changed = { ...doc, defendants: [{ ...d0, amounts: { ...d0.amounts, illegalGain: 12345 } }, ...doc.defendants.slice(1)] }
    const b = runAnalysis(changed)
    if (!b.ok) throw new Error(b.error)
    expect(b.analysis.defendants[1]).toBe(a.analysis.defendants[1]) // the same object: not analysed again
    expect(b.analysis.defendants[0]).not.toBe(a.analysis.defendants[0])
  })

  it('counts the defendants a document would analyse anew (the editor analyses one at once, several deferred)', () => {
    const doc = loadCase('spc2025-04-a')
    const n = doc.defendants.length
    expect(uncachedDefendants(doc)).toBe(n)
    expect(runAnalysis(doc).ok).toBe(true)
    expect(uncachedDefendants(doc)).toBe(0)
    const d1 = doc.defendants[1]!
    const oneChanged = { ...doc, defendants: [doc.defendants[0]!, { ...d1, amounts: { ...d1.amounts, illegalGain: 777 } }, ...doc.defendants.slice(2)] }
    expect(uncachedDefendants(oneChanged)).toBe(1)
    // the matter's information is part of every defendant's analysis: all of them again
    expect(uncachedDefendants({ ...doc, matter: { ...doc.matter, asOf: '2026-02-01' } })).toBe(n)
  })

  it('the idle pivot search streams in the same pivots as a full analysis', async () => {
    const doc = loadCase('cn-xianyou-yan')
    const first = runAnalysis(doc)
    if (!first.ok) throw new Error(first.error)
    expect(first.analysis.defendants[0]!.pivots).toEqual([])
    let progress = 0
    await new Promise<void>((resolve) => {
      searchPivotsWhenIdle(doc, 'd1', () => {
        progress++
        if (progress === doc.defendants.length) resolve()
      })
    })
    const after = runAnalysis(doc)
    if (!after.ok) throw new Error(after.error)
    expect(after.complete).toBe(true)
    const full = analyzeMatter(doc)
    expect(after.analysis.defendants[0]!.pivots).toEqual(full.defendants[0]!.pivots)
    expect(after.analysis.defendants[0]!.pivots.length).toBeGreaterThan(0)
    // only a complete analysis carries the fingerprint main checks before reusing it
    expect(first.analysis.fingerprint).toBeUndefined()
    const parsed = validateMatter(doc)
    if (!parsed.ok) throw new Error('invalid')
    expect(after.analysis.fingerprint).toBe(analysisFingerprint(parsed.value, after.analysis.asOf))
  })

  it('a cancelled search stops before the next defendant', async () => {
    const doc = loadCase('spc2025-04-a')
    runAnalysis(doc)
    let progress = 0
    const cancel = searchPivotsWhenIdle(doc, null, () => { progress++ })
    cancel()
    await new Promise((r) => setTimeout(r, 50))
    expect(progress).toBe(0)
  })
})
