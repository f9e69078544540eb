// Properties of the competition module over generated defendants (fast-check).
import { describe, it } from 'vitest'
import fc from 'fast-check'
import { emptyDefendant } from '../../core/matter/schema'
import type { Defendant } from '../../core/matter/schema'
import { compareCandidates } from '../../core/engine/competition'
import { comparableRange } from '../../core/engine/competition/choose'
import { cand, run } from './competition-helpers'

const tri = fc.constantFrom<boolean | null>(true, false, null)
const money = fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null })
const date = fc.constantFrom('2020-06-01', '2021-05-01', '2023-03-01', '2025-07-01', '2025-09-15')

const defendantArb = fc.record({
  transferred: tri, face: tri, knew: tri, finding: fc.constantFrom<'proven' | 'disputed' | null>('proven', 'disputed', null),
  prior: tri, stable: tri, site: fc.option(tri, { nil: undefined }),
  concealed: money, fraudLoss: money, verified: money, gain: money,
  crimeType: fc.constantFrom<'fraud' | 'gambling' | 'other' | null>('fraud', 'gambling', 'other', null),
  established: fc.constantFrom<'yes' | 'no' | 'unprovable' | null>('yes', 'no', 'unprovable', null),
  cards: fc.option(fc.array(fc.record({
    kind: fc.constantFrom('bankCard', 'phoneCard', 'bankAccount') as fc.Arbitrary<'bankCard' | 'phoneCard' | 'bankAccount'>,
    count: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    owner: fc.constantFrom<'self' | 'others' | null>('self', 'others', null),
    dealing: fc.constantFrom<'sell' | 'rent' | 'buy' | 'lend' | null>('sell', 'rent', 'buy', 'lend', null)
  }), { maxLength: 3 }), { nil: null }),
  to: date, help: tri
}).map((f) => {
  const d: Defendant = emptyDefendant('d1', '某')
  d.ageAtAct = 30
  d.actPeriod = { from: '2020-01-01', to: f.to }
  d.conduct.transferredForOthers = f.transferred
  d.conduct.faceVerificationForOthers = f.face
  d.conduct.priorConspiracy = f.prior
  d.conduct.stableCooperation = f.stable
  if (f.site !== undefined) d.conduct.ownIllegalSiteOrGroup = f.site
  d.conduct.cards = f.cards
  d.knowledge.knewProceeds = f.knew
  d.knowledge.finding = f.finding
  d.amounts.concealedProceeds = f.concealed
  d.amounts.attributableFraudLoss = f.fraudLoss
  d.amounts.verifiedFraudFunds = f.verified
  d.amounts.illegalGain = f.gain
  d.helped.crimeType = f.crimeType
  d.helped.crimeEstablished = f.established
  return { d, help: f.help }
})

describe('competition properties', () => {
  it('the prevailing charge is an established candidate no other established candidate outranks; none iff nothing is established', () => {
    fc.assert(fc.property(defendantArb, ({ d, help }) => {
      const r = run(d, { asOf: '2026-01-10', helpInfo: () => help })
      const est = r.candidates.filter((c) => c.established === true)
      if (est.length === 0) return r.prevailingCharge === 'none'
      const top = est.find((c) => c.charge === r.prevailingCharge)
      if (!top) return false
      return est.every((c) => c === top || compareCandidates(top, c) < 0)
    }), { numRuns: 150 })
  })

  it('every established candidate has a range within its statute; non-established ones have none', () => {
    fc.assert(fc.property(defendantArb, ({ d, help }) => {
      const r = run(d, { asOf: '2026-01-10', helpInfo: () => help })
      return r.candidates.every((c) => {
        const range = comparableRange(c)
        if (c.established !== true) return c.statutoryRange === null
        return range !== null && range.minMonths >= 0 && range.minMonths < range.maxMonths && range.maxMonths <= 180
      })
    }), { numRuns: 150 })
  })

  it('every pivot changes the prevailing charge', () => {
    fc.assert(fc.property(defendantArb, ({ d, help }) => {
      const r = run(d, { asOf: '2026-01-10', helpInfo: () => help })
      return r.pivots.every((p) => p.resultingCharge !== r.prevailingCharge && p.text.startsWith('若'))
    }), { numRuns: 60 })
  })

  it('unknown is not zero: replacing a known 312 fact with null never makes 掩隐 notMet', () => {
    fc.assert(fc.property(defendantArb, ({ d }) => {
      const before = cand(run(d), 'art312').established
      const x = { ...d, knowledge: { ...d.knowledge, knewProceeds: null }, conduct: { ...d.conduct, transferredForOthers: null, faceVerificationForOthers: null } }
      const after = cand(run(x), 'art312').established
      // with 明知 and the conduct unknown, 312 can only be undetermined or fail on another element
      return after !== true && (after === null || before === false)
    }), { numRuns: 150 })
  })

  it('more money never means a lighter range (掩隐 under one regime; 诈骗共犯)', () => {
    fc.assert(fc.property(defendantArb, fc.integer({ min: 1, max: 600_000 }), ({ d }, extra) => {
      const y = { ...d, amounts: { ...d.amounts, concealedProceeds: (d.amounts.concealedProceeds ?? 0) + extra, attributableFraudLoss: (d.amounts.attributableFraudLoss ?? 0) + extra } }
      const x = { ...d, amounts: { ...d.amounts, concealedProceeds: d.amounts.concealedProceeds ?? 0, attributableFraudLoss: d.amounts.attributableFraudLoss ?? 0 } }
      const rx = run(x)
      const ry = run(y)
      for (const charge of ['art312', 'art266-accomplice'] as const) {
        const a = cand(rx, charge).statutoryRange
        const b = cand(ry, charge).statutoryRange
        if (a && b && (b.maxMonths < a.maxMonths || b.minMonths < a.minMonths)) return false
        if (a && !b && cand(rx, charge).established === true) return false
      }
      return true
    }), { numRuns: 150 })
  })
})
