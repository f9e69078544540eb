// The engine merges the competition module's charge pivots and trace with its own threshold pivots:
// nothing may be listed twice, and re-runs for pivots must not search pivots of their own.
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { bundledCases, loadCase } from './bundled-cases'

const fixtures = bundledCases.map((c) => c.id)

describe('merging competition and threshold results', () => {
  it.each(fixtures)('%s: no pivot fact and no trace line appears twice', (f) => {
    for (const d of analyzeMatter(loadCase(f)).defendants) {
      const facts = d.pivots.map((p) => p.fact)
      expect(new Set(facts).size, `${d.id} pivots: ${facts.join(', ')}`).toBe(facts.length)
      const texts = d.trace.map((t) => t.text)
      expect(new Set(texts).size, `${d.id} trace repeats a line`).toBe(texts.length)
    }
  })

  it('a keystroke analysis (pivots off) returns no pivots at all', () => {
    const a = analyzeMatter(loadCase('spc2025-04-a'), { pivots: false })
    expect(a.defendants.every((d) => d.pivots.length === 0)).toBe(true)
    expect(a.defendants[0]?.prevailingCharge).toBe('art312')
  })
})
