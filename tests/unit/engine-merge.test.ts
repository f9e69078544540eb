// The engine merges the competition module's charge pivots and trace with its own threshold pivots:
// nothing may be listed twice, and re-runs for pivots must not search pivots of their own.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { validateMatter } from '../../core/matter/schema'

const dir = new URL('../../../shared/cases/', import.meta.url)
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'))

describe('merging competition and threshold results', () => {
  it.each(fixtures)('%s: no pivot fact and no trace line appears twice', (f) => {
    const raw = JSON.parse(readFileSync(new URL(f, dir), 'utf8'))
    const v = validateMatter(raw.matter)
    expect(v.ok).toBe(true)
    if (!v.ok) return
    for (const d of analyzeMatter(v.value).defendants) {
      const facts = d.pivots.map((p) => p.fact)
      expect(new Set(facts).size, `${d.id} pivots: ${facts.join(', ')}`).toBe(facts.length)
      const texts = d.trace.map((t) => t.text)
      expect(new Set(texts).size, `${d.id} trace repeats a line`).toBe(texts.length)
    }
  })

  it('a keystroke analysis (pivots off) returns no pivots at all', () => {
    const raw = JSON.parse(readFileSync(new URL('spc2025-04-a.json', dir), 'utf8'))
    const a = analyzeMatter(raw.matter, { pivots: false })
    expect(a.defendants.every((d) => d.pivots.length === 0)).toBe(true)
    expect(a.defendants[0]?.prevailingCharge).toBe('art312')
  })
})
