// The engine guards against infinite recursion through the competition module's reanalyze: a competition
// module that naively re-analyses on every call must still terminate, with a bounded number of calls.
import { describe, expect, it, vi } from 'vitest'
import type { CompetitionContext, CompetitionResult } from '../../core/engine/competition'

const calls = { count: 0 }

vi.mock('../../core/engine/competition', () => ({
  evaluateCompetition: (ctx: CompetitionContext): CompetitionResult => {
    calls.count++
    // a careless module: always re-analyses a modified defendant, with no guard of its own
    const r = ctx.reanalyze({ ...ctx.defendant, conduct: { ...ctx.defendant.conduct, transferredForOthers: true } })
    const c = ctx.helpInfoCandidate
    return {
      candidates: [c],
      prevailingCharge: c.established === true ? 'art287-2' : 'none',
      competition: { text: '', citations: [] },
      pivots: [{ fact: 'conduct.transferredForOthers', text: 'x', resultingCharge: r.prevailingCharge, resultingDisposition: r.disposition, citations: [] }],
      trace: [],
      warnings: []
    }
  }
}))

describe('recursion guard', () => {
  it('terminates with a naive competition module and bounds the number of nested analyses', async () => {
    const { analyzeMatter } = await import('../../core/engine/analyze')
    const { emptyMatter } = await import('../../core/matter/schema')
    const doc = emptyMatter('递归测试')
    const a = analyzeMatter(doc, { today: '2026-01-01' })
    expect(a.defendants).toHaveLength(1)
    // depth 0 → 2 → 3 (no competition at 3); each threshold pivot probe adds at most one competition call
    expect(calls.count).toBeGreaterThan(0)
    expect(calls.count).toBeLessThan(60)
    calls.count = 0
    analyzeMatter(doc, { today: '2026-01-01', pivots: false })
    expect(calls.count).toBe(1)
  })
})
