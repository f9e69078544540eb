// Properties over random facts and random what-if overrides: statutory bounds, adjustments inside their legal
// ranges, the 60% cap of 认罪认罚 with its absorbed factors, monotone response to an added reduction, 累犯 never
// on probation, and the engine path (analyzeMatter options.overrides) shows the effect of an override.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SentencingInput, StatutoryRange } from '../../core/analysis/types'
import type { Defendant, SentencingFactor } from '../../core/matter/schema'
import { SENTENCING_FACTORS, emptyDefendant, emptyMatter } from '../../core/matter/schema'
import { valueOf } from '../../core/law'
import { estimateSentence, resolveAdjustments } from '../../core/sentencing'
import { analyzeMatter } from '../../core/engine/analyze'

const tri = fc.constantFrom(true, false, null)
const money = fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null })

const defendantArb = fc.record({
  gain: money, settlement: money, inflow: money, ads: money, restitution: money,
  objects: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  surrendered: tri, confession: tri, plea: tri, forgiveness: tri, court: tri,
  role: fc.constantFrom('principal', 'accessory', 'coerced', null),
  merit: fc.constantFrom('none', 'ordinary', 'major', null),
  recidivist: tri, prior: tri, admin: tri, insider: tri,
  consequence: fc.constantFrom('none', 'serious', 'especiallySerious', null),
  lured: tri, crossBorder: tri, unit: fc.boolean()
}).map((f): Defendant => {
  const d = emptyDefendant('d1', '甲')
  if (f.unit) d.kind = 'unit'
  Object.assign(d.amounts, { illegalGain: f.gain, paymentSettlement: f.settlement, oneWayInflow: f.inflow, advertisingFunds: f.ads })
  d.helped.objectCount = f.objects
  d.helped.consequence = f.consequence
  Object.assign(d.mitigation, {
    surrendered: f.surrendered, truthfulConfession: f.confession, pleaAgreement: f.plea, victimForgiveness: f.forgiveness,
    courtConfession: f.court, role: f.role, meritoriousService: f.merit, restitution: f.restitution
  })
  Object.assign(d.history, { recidivist: f.recidivist, priorCriminalRecord: f.prior, adminPenaltyWithin2Years: f.admin })
  d.industryInsider = f.insider
  d.policyFactors = { lured: f.lured, crossBorder: f.crossBorder }
  return d
})

const overridesArb = fc.dictionary(fc.constantFrom(...SENTENCING_FACTORS), fc.integer({ min: -100, max: 100 }), { maxKeys: 6 }) as fc.Arbitrary<Partial<Record<SentencingFactor, number>>>

const rangeArb: fc.Arbitrary<{ charge: SentencingInput['charge']; st: StatutoryRange }> = fc.constantFrom(
  { charge: 'art287-2' as const, st: { minMonths: 0, maxMonths: 36, label: 'x', citations: [] } },
  { charge: 'art312' as const, st: { minMonths: 0, maxMonths: 36, label: 'x', citations: [] } },
  { charge: 'art312' as const, st: { minMonths: 36, maxMonths: 84, label: 'x', citations: [] } },
  { charge: 'art266-accomplice' as const, st: { minMonths: 36, maxMonths: 120, label: 'x', citations: [] } },
  { charge: 'art177-1' as const, st: { minMonths: 0, maxMonths: 36, label: 'x', citations: [] } }
)

const inputArb = fc.record({ d: defendantArb, overrides: overridesArb, age: fc.option(fc.integer({ min: 16, max: 90 }), { nil: null }), r: rangeArb })
  .map(({ d, overrides, age, r }): SentencingInput => ({ defendant: d, charge: r.charge, statutoryRange: r.st, seriousBasis: [], asOf: '2025-09-01', ageAtAct: age, overrides }))

describe('sentencing properties', () => {
  it('range inside the statutory range, min ≤ max, fine min ≤ max', () => {
    fc.assert(fc.property(inputArb, (inp) => {
      const r = estimateSentence(inp)
      if (!r) return
      expect(r.rangeMonths.min).toBeLessThanOrEqual(r.rangeMonths.max)
      if (inp.defendant.kind === 'person' && r.rangeMonths.max > 0) {
        expect(r.rangeMonths.min).toBeGreaterThanOrEqual(inp.statutoryRange.minMonths)
        expect(r.rangeMonths.max).toBeLessThanOrEqual(inp.statutoryRange.maxMonths)
      }
      expect(r.fine.minYuan).toBeLessThanOrEqual(r.fine.maxYuan)
      expect(r.estimate).toBe(true)
    }), { numRuns: 300 })
  })

  it('every adjustment lies within its legal range; 认罪认罚 and what it absorbs never exceed the 60% cap', () => {
    const cap = valueOf('sent2021-3-14', 'pleaWithOthersMax')
    fc.assert(fc.property(inputArb, (inp) => {
      const { adjustments } = resolveAdjustments(inp)
      for (const a of adjustments) {
        // a factor absorbed into 认罪认罚 or 赔偿谅解 is listed at 0 (its range always includes 0)
        expect(a.percent, a.factor).toBeGreaterThanOrEqual(a.range.min)
        expect(a.percent, a.factor).toBeLessThanOrEqual(a.range.max)
      }
      if (adjustments.some((a) => a.factor === 'plea')) {
        const sum = adjustments.filter((a) => ['plea', 'surrender', 'confession', 'courtConfession', 'restitution', 'forgiveness'].includes(a.factor)).reduce((s, a) => s + a.percent, 0)
        expect(sum).toBeGreaterThanOrEqual(-cap)
      }
    }), { numRuns: 300 })
  })

  it('a larger reduction never raises the estimate; 累犯 is never on probation', () => {
    fc.assert(fc.property(inputArb, fc.integer({ min: -40, max: 0 }), (inp, pct) => {
      const person = { ...inp, defendant: { ...inp.defendant, kind: 'person' as const } }
      const a = estimateSentence({ ...person, overrides: { ...person.overrides, surrender: 0 } })
      const b = estimateSentence({ ...person, overrides: { ...person.overrides, surrender: pct } })
      if (!a || !b) return
      expect(b.rangeMonths.max).toBeLessThanOrEqual(a.rangeMonths.max)
      if (b.adjustments.some((x) => x.factor === 'recidivist')) expect(b.probationLikely).toBe(false)
    }), { numRuns: 200 })
  })
})

describe('engine path: analyzeMatter options.overrides', () => {
  it('an override given to the analysis changes the estimate and is marked', () => {
    const doc = emptyMatter('测试')
    const d = doc.defendants[0]
    if (!d) throw new Error('no defendant')
    Object.assign(d, { name: '甲', actPeriod: { from: '2023-01-01', to: '2023-03-01' } })
    d.knowledge.admitted = true
    d.conduct.paymentSettlement = true
    d.helped.crimeType = 'fraud'
    d.helped.crimeEstablished = 'yes'
    d.amounts.illegalGain = 50000
    doc.matter.asOf = '2024-01-01'
    const plain = analyzeMatter(doc, { today: '2024-01-01' }).defendants[0]?.sentencing
    const whatIf = analyzeMatter(doc, { today: '2024-01-01', overrides: { d1: { restitution: -30 } } }).defendants[0]?.sentencing
    expect(plain).toBeDefined()
    expect(whatIf?.adjustments.find((a) => a.factor === 'restitution')).toMatchObject({ percent: -30, overridden: true })
    expect(whatIf?.rangeMonths.max).toBeLessThan(plain?.rangeMonths.max ?? 0)
  })
})
