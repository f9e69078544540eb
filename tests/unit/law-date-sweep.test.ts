// Walks every day from 2015-11-01 to today: each regime family must have exactly one governing version per day,
// with no gap; where the sources' validity overlaps, the later version must say which one it supersedes or builds on.
import { describe, expect, it } from 'vitest'
import { source } from '../../core/law'
import { buildFamily, governingOn, REGIME_DEFS, type RegimeDef, type RegimeFamily } from '../../core/engine/regimes'
import { addDays, todayIso } from '../../core/engine/dates'

const START = '2015-11-01'

function sweep(family: RegimeFamily, defs: readonly RegimeDef[] = REGIME_DEFS): { gaps: string[]; overlaps: string[]; days: number } {
  const regimes = buildFamily(family, defs)
  const gaps: string[] = []
  const overlaps: string[] = []
  const end = todayIso()
  let days = 0
  for (let d = START; d <= end; d = addDays(d, 1)) {
    days++
    const g = governingOn(regimes, d)
    if (g.length === 0) gaps.push(d)
    if (g.length > 1) overlaps.push(`${d}: ${g.map((r) => r.id).join(',')}`)
  }
  return { gaps, overlaps, days }
}

/** Source-level overlap (validity intervals from the library) must be explained by a supersedes/buildsOn relation. */
function unexplainedSourceOverlaps(family: RegimeFamily): string[] {
  const defs = REGIME_DEFS.filter((r) => r.family === family)
  const out: string[] = []
  for (const a of defs) {
    for (const b of defs) {
      if (a === b) continue
      const sa = source(a.sourceId)
      const sb = source(b.sourceId)
      if (!sa.effective || !sb.effective || sa.effective >= sb.effective) continue
      // a starts first; overlap when a has not ended by the time b starts
      const overlap = sa.ends === null || sa.ends >= sb.effective
      if (!overlap) continue
      const explained = (x: RegimeDef): boolean => {
        if (x.supersedes === a.id || x.buildsOn.includes(a.sourceId)) return true
        const prev = defs.find((r) => r.id === x.supersedes)
        return prev ? explained(prev) : false
      }
      if (!explained(b)) out.push(`${a.id}(${a.sourceId}) overlaps ${b.id}(${b.sourceId}) without a relation`)
    }
  }
  return out
}

describe('law date sweep 2015-11-01 → today', () => {
  for (const family of ['helpInfoSerious', 'concealment'] as const) {
    it(`${family}: exactly one governing version every day`, () => {
      const r = sweep(family)
      expect(r.days).toBeGreaterThan(3650)
      expect(r.gaps.slice(0, 5)).toEqual([])
      expect(r.overlaps.slice(0, 5)).toEqual([])
    })
    it(`${family}: every overlap of source validity is explained by the table`, () => {
      expect(unexplainedSourceOverlaps(family)).toEqual([])
    })
  }

  it('the 帮信 情节严重 versions change on the dates of their sources', () => {
    const regimes = buildFamily('helpInfoSerious')
    const on = (d: string) => governingOn(regimes, d).map((r) => r.id)
    expect(on('2015-11-01')).toEqual(['r2015'])
    expect(on('2019-10-31')).toEqual(['r2015'])
    expect(on('2019-11-01')).toEqual(['r2019'])
    expect(on('2021-06-16')).toEqual(['r2019'])
    expect(on('2021-06-17')).toEqual(['r2021'])
    expect(on('2022-03-21')).toEqual(['r2021'])
    expect(on('2022-03-22')).toEqual(['r2022'])
    expect(on('2025-07-27')).toEqual(['r2022'])
    expect(on('2025-07-28')).toEqual(['r2025'])
  })

  it('the 掩隐 versions change on 2021-04-15 (the amending decision) and 2025-08-26', () => {
    const regimes = buildFamily('concealment')
    const on = (d: string) => governingOn(regimes, d).map((r) => r.id)
    expect(on('2021-04-14')).toEqual(['c2015'])
    expect(on('2021-04-15')).toEqual(['c2021'])
    expect(on('2025-08-25')).toEqual(['c2021'])
    expect(on('2025-08-26')).toEqual(['c2025'])
  })

  it('detects a gap: a version that ends before its successor starts', () => {
    // Simulate a table where the first 掩隐 version ends early and nothing supersedes it.
    const broken = REGIME_DEFS.map((r) => (r.id === 'c2025' ? { ...r, supersedes: null } : r))
    const r = sweep('concealment', broken)
    // conceal2015 ends 2025-08-25 and conceal2025 starts 2025-08-26: still no gap, but removing the relation
    // must not create an overlap either, since the sources themselves do not overlap.
    expect(r.gaps).toEqual([])
    expect(r.overlaps).toEqual([])
    // A version without its supersedes link and with an open-ended predecessor overlaps.
    const openEnded = REGIME_DEFS.map((x) => (x.id === 'r2021' ? { ...x, supersedes: null } : x))
    const o = sweep('helpInfoSerious', openEnded)
    expect(o.overlaps.length).toBeGreaterThan(0)
  })
})
