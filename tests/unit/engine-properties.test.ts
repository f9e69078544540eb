// Property tests (fast-check): more money, more cards or more helped objects never turn 情节严重 from met to
// not met (nor to undetermined), under any act period and analysis date, for every regime and after 从旧兼从轻.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { analyzeMatter } from '../../core/engine/analyze'
import { evaluateSerious } from '../../core/engine/serious'
import { helpInfoRegimes } from '../../core/engine/regimes'
import { addDays } from '../../core/engine/dates'
import { CARD_KINDS, emptyDefendant, FORMAT_VERSION, type CardLine, type Defendant } from '../../core/matter/schema'

const money = fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null })
const tri = fc.constantFrom<boolean | null>(null, true, false)
const cardLine: fc.Arbitrary<CardLine> = fc.record({
  kind: fc.constantFrom(...CARD_KINDS),
  count: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  owner: fc.constantFrom<CardLine['owner']>(null, 'self', 'others'),
  dealing: fc.constantFrom<CardLine['dealing']>(null, 'sell', 'rent', 'buy', 'lend')
})

const defendant: fc.Arbitrary<Defendant> = fc.record({
  amounts: fc.record({
    paymentSettlement: money, oneWayInflow: money, verifiedFraudFunds: money, explainedLegitimateFunds: money,
    advertisingFunds: money, illegalGain: money, concealedProceeds: money, attributableFraudLoss: money
  }),
  objectCount: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  crimeEstablished: fc.constantFrom<Defendant['helped']['crimeEstablished']>('yes', 'unprovable', null),
  consequence: fc.constantFrom<Defendant['helped']['consequence']>(null, 'none', 'serious', 'especiallySerious'),
  admin: tri, settle: tri, transfer: tri, face: tri, advertising: tri,
  cards: fc.option(fc.array(cardLine, { maxLength: 3 }), { nil: null }),
  startOffset: fc.integer({ min: 0, max: 3900 }),
  length: fc.integer({ min: 0, max: 500 })
}).map((r) => {
  const d = emptyDefendant('d1', '甲')
  const from = addDays('2015-11-01', r.startOffset)
  return {
    ...d,
    birthDate: '1990-01-01',
    actPeriod: { from, to: addDays(from, r.length) },
    conduct: { ...d.conduct, advertising: r.advertising, paymentSettlement: r.settle, transferredForOthers: r.transfer, faceVerificationForOthers: r.face, cards: r.cards },
    knowledge: { ...d.knowledge, finding: 'proven' as const },
    amounts: r.amounts,
    helped: { objectCount: r.objectCount, crimeType: 'fraud' as const, crimeEstablished: r.crimeEstablished, consequence: r.consequence },
    history: { ...d.history, adminPenaltyWithin2Years: r.admin }
  }
})

const increase = fc.record({
  money: fc.array(fc.integer({ min: 0, max: 1_500_000 }), { minLength: 5, maxLength: 5 }),
  cards: fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 3, maxLength: 3 }),
  objects: fc.integer({ min: 0, max: 5 })
})

/** More of everything that aggravates: known amounts, known card counts and the object count go up. */
function more(d: Defendant, inc: { money: number[]; cards: number[]; objects: number }): Defendant {
  const add = (v: number | null, i: number): number | null => (v === null ? null : v + (inc.money[i] ?? 0))
  const a = d.amounts
  return {
    ...d,
    amounts: {
      ...a,
      paymentSettlement: add(a.paymentSettlement, 0), oneWayInflow: add(a.oneWayInflow, 1), verifiedFraudFunds: add(a.verifiedFraudFunds, 2),
      advertisingFunds: add(a.advertisingFunds, 3), illegalGain: add(a.illegalGain, 4)
    },
    conduct: { ...d.conduct, cards: d.conduct.cards?.map((l, i) => ({ ...l, count: l.count === null ? null : l.count + (inc.cards[i] ?? 0) })) ?? null },
    helped: { ...d.helped, objectCount: d.helped.objectCount === null ? null : d.helped.objectCount + inc.objects }
  }
}

const asOfOf = (d: Defendant, extra: number): string => addDays(d.actPeriod?.to ?? '2020-01-01', extra)

describe('engine properties', () => {
  it('情节严重 is monotone in money, cards and objects under every regime and after 从旧兼从轻', () => {
    const regimes = helpInfoRegimes()
    fc.assert(
      fc.property(defendant, increase, fc.integer({ min: 0, max: 1500 }), (d, inc, extra) => {
        const asOf = asOfOf(d, extra)
        const w = { from: d.actPeriod?.from ?? null, to: d.actPeriod?.to ?? null, asOf }
        const before = evaluateSerious(d, regimes, w)
        const after = evaluateSerious(more(d, inc), regimes, w)
        for (const r of before.regimes) {
          const r2 = after.regimes.find((x) => x.id === r.id)
          if (r.seriousMet === true) expect(r2?.seriousMet, r.id).toBe(true)
          if (r.seriousMet === null) expect(r2?.seriousMet, r.id).not.toBe(false)
        }
        if (before.met === true) expect(after.met).toBe(true)
        if (before.met === null) expect(after.met).not.toBe(false)
      }),
      { numRuns: 400 }
    )
  })

  it('the whole analysis never turns a crime found into no crime when the amounts grow', () => {
    fc.assert(
      fc.property(defendant, increase, fc.integer({ min: 0, max: 1500 }), (d, inc, extra) => {
        const run = (x: Defendant) => analyzeMatter({
          formatVersion: FORMAT_VERSION,
          matter: { title: '性质测试', caseNumber: null, stage: 'trial', perspective: 'clinic', asOf: asOfOf(d, extra), authority: null, counsel: null, notes: null, province: null, accusation: null },
          defendants: [x]
        }, { pivots: false }).defendants[0]
        const a = run(d)
        const b = run(more(d, inc))
        if (a?.seriousCircumstances.met === true) expect(b?.seriousCircumstances.met).toBe(true)
        if (a?.elements.find((e) => e.id === 'seriousCircumstances')?.status === 'met') {
          expect(b?.elements.find((e) => e.id === 'seriousCircumstances')?.status).toBe('met')
        }
      }),
      { numRuns: 150 }
    )
  })

  it('null is never read as zero: with 违法所得 unknown and the helped crime established, 情节严重 is never notMet', () => {
    const regimes = helpInfoRegimes()
    fc.assert(
      fc.property(defendant, fc.integer({ min: 0, max: 1500 }), (d, extra) => {
        const w = { from: d.actPeriod?.from ?? null, to: d.actPeriod?.to ?? null, asOf: asOfOf(d, extra) }
        const x: Defendant = { ...d, amounts: { ...d.amounts, illegalGain: null }, helped: { ...d.helped, crimeEstablished: 'yes' } }
        const r = evaluateSerious(x, regimes, w)
        expect(r.met).not.toBe(false)
        // while a known 0 can decide it
        const zero: Defendant = { ...x, amounts: { ...x.amounts, illegalGain: 0 } }
        const z = evaluateSerious(zero, regimes, w)
        if (z.met === true) expect(r.met).toBe(true)
      }),
      { numRuns: 300 }
    )
  })
})
