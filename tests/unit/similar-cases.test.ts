// Similar cases (类案参考): nearest library decisions by the deciding facts, with reasons; never the matter's own.
import { describe, expect, it } from 'vitest'
import { distanceBetween, findSimilar, libraryIdsOf } from '../../core/similar'
import { libraryDefendants, libraryEntries } from '../../core/library'

describe('similar cases', () => {
  it('returns the k closest decisions in the spec shape, sorted by distance, each with a Chinese why', () => {
    const q = libraryDefendants().find((d) => d.outcome === 'custodial')!
    const r = findSimilar({ defendant: q.defendant, province: q.province, k: 5, exclude: [q.decisionId] })
    expect(r).toHaveLength(5)
    for (let i = 1; i < r.length; i++) expect(r[i]!.distance).toBeGreaterThanOrEqual(r[i - 1]!.distance)
    for (const c of r) {
      expect(c.url).toMatch(/^https?:\/\//)
      expect(c.title.length).toBeGreaterThan(0)
      expect(c.why).toMatch(/[\u4e00-\u9fff]/)
      expect(c.distance).toBeGreaterThanOrEqual(0)
      expect(c.distance).toBeLessThanOrEqual(1)
    }
  })

  it('never returns the matter’s own source decision (leave-one-out)', () => {
    for (const e of libraryEntries.slice(0, 15)) {
      const own = libraryIdsOf(e.matter)
      expect(own).toContain(e.id)
      for (const d of e.matter.defendants) {
        const r = findSimilar({ defendant: d, province: e.province, exclude: own, k: 8 })
        expect(r.some((c) => c.id.startsWith(`${e.id}/`))).toBe(false)
      }
    }
  })

  it('a defendant is close to itself and farther from one with different facts', () => {
    const [a, b] = libraryDefendants().filter((d) => d.defendant.amounts.oneWayInflow != null || d.defendant.amounts.paymentSettlement != null)
    // unknown facts count half on both sides, so even a defendant and itself are not at 0 when facts are missing
    expect(distanceBetween(a!.defendant, a!.province, a!.defendant, a!.province).distance).toBeLessThan(0.5)
    const far = structuredClone(a!.defendant)
    far.mitigation.pleaAgreement = !(far.mitigation.pleaAgreement ?? false)
    far.amounts.oneWayInflow = (far.amounts.oneWayInflow ?? far.amounts.paymentSettlement ?? 1) * 1000
    far.amounts.paymentSettlement = null
    expect(distanceBetween(a!.defendant, null, far, null).distance).toBeGreaterThan(distanceBetween(a!.defendant, null, a!.defendant, null).distance)
    void b
  })

  it('names the shared facts in why', () => {
    const q = libraryDefendants().find((d) => d.defendant.mitigation.pleaAgreement === true)!
    // another person with the same facts (the very same person would be left out as the matter's own decision)
    const twin = { ...q, key: 'twin/d1', decisionId: 'twin', entryId: 'twin', defendant: { ...q.defendant, name: `${q.defendant.name}之同案` } }
    const r = findSimilar({ defendant: q.defendant, pool: [twin], k: 1 })
    expect(r[0]!.why).toContain('认罪认罚')
  })
})

describe('leave-one-out by identity', () => {
  it('a library copy of the very defendant is never its own neighbour, even without the decision id', () => {
    const q = libraryDefendants()[0]!
    const r = findSimilar({ defendant: q.defendant, province: q.province, k: 50 })
    expect(r.some((c) => c.id === q.key)).toBe(false)
  })
})

describe('the fast distance', () => {
  it('equals the distance with reasons on every pair it is used for', async () => {
    const { distanceOnly } = await import('../../core/similar')
    const ds = libraryDefendants()
    for (const a of ds.slice(0, 20)) for (const b of ds) expect(distanceOnly(a.defendant, a.province, b.defendant, b.province)).toBeCloseTo(distanceBetween(a.defendant, a.province, b.defendant, b.province).distance, 9)
  })
})
