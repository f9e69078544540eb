// Threshold edges (以上 includes the number, 超过 does not), null versus 0, each regime change date, 从旧兼从轻.
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { emptyDefendant, FORMAT_VERSION, type Defendant, type MatterDocument } from '../../core/matter/schema'
import type { DefendantAnalysis } from '../../core/analysis/types'

/** A defendant whose facts are all known and meet no ground of 情节严重 (a 跑分 helper under 法释〔2019〕15号). */
function base(): Defendant {
  const d = emptyDefendant('d1', '测试')
  return {
    ...d,
    birthDate: '1990-01-01',
    actPeriod: { from: '2020-01-01', to: '2020-03-01' },
    conduct: { ...d.conduct, techSupport: [], advertising: false, paymentSettlement: true, cards: [], transferredForOthers: false, faceVerificationForOthers: false, priorConspiracy: false, stableCooperation: false },
    knowledge: { admitted: null, indicators: [], counterEvidence: null, knewProceeds: false, finding: 'proven' },
    amounts: { paymentSettlement: 0, oneWayInflow: 0, verifiedFraudFunds: 0, explainedLegitimateFunds: 0, advertisingFunds: 0, illegalGain: 0, concealedProceeds: 0, attributableFraudLoss: 0 },
    helped: { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' },
    history: { adminPenaltyWithin2Years: false, priorCriminalRecord: false, recidivist: false }
  }
}

type Patch = (d: Defendant) => Defendant
function run(patch: Patch, asOf = '2020-06-01'): DefendantAnalysis {
  const doc: MatterDocument = {
    formatVersion: FORMAT_VERSION,
    matter: { title: '测试', caseNumber: null, stage: 'prosecution', perspective: 'prosecution', asOf, authority: null, counsel: null, notes: null, province: null, accusation: null },
    defendants: [patch(base())]
  }
  const a = analyzeMatter(doc)
  return a.defendants[0] as DefendantAnalysis
}
const amounts = (p: Partial<Defendant['amounts']>): Patch => (d) => ({ ...d, amounts: { ...d.amounts, ...p } })
const helped = (p: Partial<Defendant['helped']>): Patch => (d) => ({ ...d, helped: { ...d.helped, ...p } })
const both = (...ps: Patch[]): Patch => (d) => ps.reduce((x, p) => p(x), d)
const act = (from: string, to: string): Patch => (d) => ({ ...d, actPeriod: { from, to } })
const cards = (...lines: NonNullable<Defendant['conduct']['cards']>): Patch => (d) => ({
  ...d, conduct: { ...d.conduct, cards: lines, paymentSettlement: false }
})

describe('engine thresholds: 以上 includes the number', () => {
  it('the baseline meets no ground: not serious, no crime', () => {
    const r = run((d) => d)
    expect(r.seriousCircumstances.met).toBe(false)
    expect(r.prevailingCharge).toBe('none')
    expect(r.disposition).toBe('noCrime')
  })

  const edges: [string, Patch, Patch, string][] = [
    ['支付结算金额 20万', amounts({ paymentSettlement: 199999.99 }), amounts({ paymentSettlement: 200000 }), 'interp2019-12-1-2'],
    ['违法所得 1万', amounts({ illegalGain: 9999.99 }), amounts({ illegalGain: 10000 }), 'interp2019-12-1-4'],
    ['被帮助对象 3个', helped({ objectCount: 2 }), helped({ objectCount: 3 }), 'interp2019-12-1-1'],
    ['广告资金 5万',
      both((d) => ({ ...d, conduct: { ...d.conduct, advertising: true } }), amounts({ advertisingFunds: 49999.99 })),
      both((d) => ({ ...d, conduct: { ...d.conduct, advertising: true } }), amounts({ advertisingFunds: 50000 })), 'interp2019-12-1-3']
  ]
  for (const [name, below, at, ground] of edges) {
    it(`${name}: one unit below is not serious, the number itself is`, () => {
      const b = run(below)
      expect(b.seriousCircumstances.met).toBe(false)
      expect(b.disposition).toBe('noCrime')
      const a = run(at)
      expect(a.seriousCircumstances.met).toBe(true)
      expect(a.seriousCircumstances.basis).toEqual([ground])
      expect(a.prevailingCharge).toBe('art287-2')
      const m = a.thresholds.find((t) => t.groundId === ground)
      expect(m?.reached).toBe(true)
      expect(m?.gap).toBe(0)
    })
  }

  it('reports the distance in Chinese: 18.5 万元, 差 1.5 万元', () => {
    const r = run(amounts({ paymentSettlement: 185000 }))
    const m = r.thresholds.find((t) => t.groundId === 'interp2019-12-1-2')
    expect(m?.value).toBe(185000)
    expect(m?.gap).toBe(15000)
    expect(m?.reached).toBe(false)
    expect(m?.text).toContain('18.5 万元')
    expect(m?.text).toContain('20 万元')
    expect(m?.text).toContain('1.5 万元')
  })

  it('names the single fact that would flip the conclusion', () => {
    const r = run(amounts({ paymentSettlement: 185000 }))
    const p = r.pivots.find((x) => x.fact === 'amounts.paymentSettlement' && x.resultingCharge === 'art287-2')
    expect(p?.resultingDisposition).not.toBe('noCrime')
    expect(p?.text).toContain('1.5 万元')
    // disputing the amount (unknown) turns no-crime into undetermined, never into a crime
    const q0 = r.pivots.find((x) => x.fact === 'amounts.paymentSettlement' && x.resultingCharge === 'none')
    expect(q0?.resultingDisposition).toBe('undetermined')
    // a fact that changes nothing is not a pivot
    expect(r.pivots.some((x) => x.fact === 'amounts.advertisingFunds')).toBe(false)
    const met = run(amounts({ paymentSettlement: 250000 }))
    const q = met.pivots.find((x) => x.fact === 'amounts.paymentSettlement')
    expect(q?.resultingCharge).toBe('none')
  })
})

describe('engine: null means unknown, never notMet', () => {
  it('an unknown amount leaves 情节严重 undetermined; 0 is a known absence', () => {
    const unknown = run(amounts({ illegalGain: null }))
    expect(unknown.seriousCircumstances.met).toBeNull()
    expect(unknown.disposition).toBe('undetermined')
    expect(unknown.elements.find((e) => e.id === 'seriousCircumstances')?.status).toBe('undetermined')
    const zero = run(amounts({ illegalGain: 0 }))
    expect(zero.seriousCircumstances.met).toBe(false)
    expect(zero.disposition).toBe('noCrime')
  })

  it('unknown counts, objects and history are undetermined, not zero', () => {
    expect(run(helped({ objectCount: null })).seriousCircumstances.met).toBeNull()
    expect(run((d) => ({ ...d, history: { ...d.history, adminPenaltyWithin2Years: null } })).seriousCircumstances.met).toBeNull()
    expect(run(helped({ consequence: null })).seriousCircumstances.met).toBeNull()
    const m = run(amounts({ paymentSettlement: null })).thresholds.find((t) => t.groundId === 'interp2019-12-1-2')
    expect(m?.value).toBeNull()
    expect(m?.gap).toBeNull()
    expect(m?.reached).toBeNull()
  })

  it('an unknown fact does not block a ground that is met on other facts', () => {
    const r = run(both(amounts({ illegalGain: null }), helped({ objectCount: 3 })))
    expect(r.seriousCircumstances.met).toBe(true)
    expect(r.disposition).not.toBe('undetermined')
  })

  it('明知: no admission and no indicator is undetermined; a rebutted presumption with denial is notMet', () => {
    const k = (p: Partial<Defendant['knowledge']>): Patch => (d) => ({ ...d, knowledge: { ...d.knowledge, finding: null, ...p } })
    const st = (p: Patch) => run(both(p, amounts({ paymentSettlement: 300000 }))).elements.find((e) => e.id === 'knowledge')?.status
    expect(st(k({}))).toBe('undetermined')
    expect(st(k({ indicators: ['abnormalPriceOrMethod'] }))).toBe('met')
    expect(st(k({ indicators: ['abnormalPriceOrMethod'], counterEvidence: '亲属借用，约定仅用于工资' }))).toBe('undetermined')
    expect(st(k({ indicators: ['abnormalPriceOrMethod'], counterEvidence: '亲属借用，约定仅用于工资', admitted: false }))).toBe('notMet')
    expect(st(k({ admitted: true }))).toBe('met')
    const cites = run(both(k({ indicators: ['continuedAfterRestriction'] }), amounts({ paymentSettlement: 300000 })))
      .elements.find((e) => e.id === 'knowledge')?.citations
    expect(cites).toContain('opinion2025-5-2')
  })
})

describe('engine: 主体', () => {
  it('16 on the first day of the act is enough; 15 is not', () => {
    const r16 = run(both((d) => ({ ...d, birthDate: '2004-01-01' }), amounts({ paymentSettlement: 300000 })))
    expect(r16.elements.find((e) => e.id === 'subject')?.status).toBe('met')
    const r15 = run(both((d) => ({ ...d, birthDate: '2004-01-02' }), amounts({ paymentSettlement: 300000 })))
    expect(r15.elements.find((e) => e.id === 'subject')?.status).toBe('notMet')
    expect(r15.disposition).toBe('noCrime')
  })
  it('a unit is a subject (第二款, 解释第十四条)', () => {
    const r = run(both((d) => ({ ...d, kind: 'unit', birthDate: null }), amounts({ paymentSettlement: 300000 })))
    const s = r.elements.find((e) => e.id === 'subject')
    expect(s?.status).toBe('met')
    expect(s?.citations).toContain('interp2019-14')
  })
})

describe('engine: the 五倍 rule (第十二条第二款)', () => {
  it('applies only when the helped crime cannot be verified, at five times the amounts', () => {
    const below = run(both(helped({ crimeEstablished: 'unprovable' }), amounts({ paymentSettlement: 999999.99 })))
    expect(below.seriousCircumstances.met).toBe(false)
    expect(below.disposition).toBe('noCrime')
    const at = run(both(helped({ crimeEstablished: 'unprovable' }), amounts({ paymentSettlement: 1000000 })))
    expect(at.seriousCircumstances.met).toBe(true)
    expect(at.seriousCircumstances.basis).toEqual(['interp2019-12-2'])
    expect(at.elements.find((e) => e.id === 'helpedCrime')?.status).toBe('met')
    const gainOnce = run(both(helped({ crimeEstablished: 'unprovable' }), amounts({ illegalGain: 20000 })))
    expect(gainOnce.seriousCircumstances.met).toBe(false)
    const special = run(helped({ crimeEstablished: 'unprovable', consequence: 'especiallySerious' }))
    expect(special.seriousCircumstances.met).toBe(true)
  })
})

describe('engine: which law applies (regime change dates)', () => {
  const fiveOwn = cards({ kind: 'bankCard', count: 5, owner: 'self', dealing: 'sell' })
  const smallInflow = amounts({ oneWayInflow: 50000, verifiedFraudFunds: 20000 })

  it('conduct wholly before 2015-11-01 is not this offence', () => {
    const r = run(both(act('2015-09-01', '2015-10-31'), amounts({ paymentSettlement: 500000 })), '2016-06-01')
    expect(r.elements.find((e) => e.id === 'actTime')?.status).toBe('notMet')
    expect(r.disposition).toBe('noCrime')
    const r2 = run(both(act('2015-09-01', '2015-11-01'), amounts({ paymentSettlement: 500000 })), '2020-06-01')
    expect(r2.elements.find((e) => e.id === 'actTime')?.status).toBe('met')
  })

  it('before 2019-11-01 there is no interpretation: the engine says so and does not decide', () => {
    const r = run(both(act('2018-01-01', '2018-02-01'), amounts({ paymentSettlement: 500000 })), '2019-10-31')
    expect(r.seriousCircumstances.met).toBeNull()
    expect(r.seriousCircumstances.regimeWhy).toContain('尚无')
    const later = run(both(act('2018-01-01', '2018-02-01'), amounts({ paymentSettlement: 500000 })), '2019-11-01')
    expect(later.seriousCircumstances.met).toBe(true)
    expect(later.seriousCircumstances.regimeUsed).toBe('r2019')
  })

  it('5 own cards: not serious for an act on 2021-06-16, serious from 2021-06-17 (意见（二）第九条)', () => {
    const before = run(both(fiveOwn, smallInflow, act('2021-06-01', '2021-06-16')), '2021-12-01')
    expect(before.seriousCircumstances.met).toBe(false)
    const after = run(both(fiveOwn, smallInflow, act('2021-06-17', '2021-07-01')), '2021-12-01')
    expect(after.seriousCircumstances.met).toBe(true)
    expect(after.seriousCircumstances.basis).toEqual(['opinion2021-9-1'])
    expect(after.seriousCircumstances.regimeUsed).toBe('r2021')
  })

  it('5 own cards sold in 2021, little money: still serious if judged 2025-07-27, not serious from 2025-07-28 (从旧兼从轻)', () => {
    const j1 = run(both(fiveOwn, smallInflow, act('2021-08-01', '2021-09-01')), '2025-07-27')
    expect(j1.seriousCircumstances.met).toBe(true)
    expect(j1.seriousCircumstances.regimeUsed).toBe('r2021')
    const j2 = run(both(fiveOwn, smallInflow, act('2021-08-01', '2021-09-01')), '2025-07-28')
    expect(j2.seriousCircumstances.met).toBe(false)
    expect(j2.seriousCircumstances.regimeUsed).toBe('r2025')
    expect(j2.seriousCircumstances.regimeWhy).toContain('从旧兼从轻')
    expect(j2.disposition).toBe('noCrime')
    // with 30万 inflow the 2025 rule is met too; both reach it, so the act's regime is named
    const j3 = run(both(fiveOwn, amounts({ oneWayInflow: 300000, verifiedFraudFunds: 20000 }), act('2021-08-01', '2021-09-01')), '2026-01-01')
    expect(j3.seriousCircumstances.met).toBe(true)
    expect(j3.seriousCircumstances.regimeUsed).toBe('r2021')
    expect(j3.seriousCircumstances.basis).toEqual(['opinion2021-9-1'])
  })

  it('mere card rental is 支付结算 before 2022-03-22 and not from then (断卡纪要第四条)', () => {
    const rent = both(cards({ kind: 'bankCard', count: 2, owner: 'self', dealing: 'rent' }), amounts({ paymentSettlement: 250000 }))
    const old = run(both(rent, act('2022-03-01', '2022-03-21')), '2022-03-21')
    expect(old.seriousCircumstances.met).toBe(true)
    expect(old.seriousCircumstances.basis).toEqual(['interp2019-12-1-2'])
    const judgedLater = run(both(rent, act('2022-03-01', '2022-03-21')), '2022-03-22')
    expect(judgedLater.seriousCircumstances.met).toBe(false)
    expect(judgedLater.seriousCircumstances.regimeUsed).toBe('r2022')
    const withTransfer = run(both(rent, (d) => ({ ...d, conduct: { ...d.conduct, transferredForOthers: true } }), act('2022-04-01', '2022-04-02')), '2022-06-01')
    expect(withTransfer.seriousCircumstances.met).toBe(true)
  })

  it('单向流入: 超过 30万 (not the number itself) with at least 3000元 verified fraud funds, legitimate funds deducted', () => {
    const two = cards({ kind: 'bankCard', count: 2, owner: 'self', dealing: 'rent' })
    const at = (p: Partial<Defendant['amounts']>) => run(both(two, amounts(p), act('2022-05-01', '2022-06-01')), '2022-12-01').seriousCircumstances
    expect(at({ oneWayInflow: 300000, verifiedFraudFunds: 3000 }).met).toBe(false)
    const over = at({ oneWayInflow: 300000.01, verifiedFraudFunds: 3000 })
    expect(over.met).toBe(true)
    expect(over.basis).toEqual(['minutes2022-inflow'])
    expect(at({ oneWayInflow: 400000, verifiedFraudFunds: 2999.99 }).met).toBe(false)
    expect(at({ oneWayInflow: 400000, verifiedFraudFunds: 3000, explainedLegitimateFunds: 100000 }).met).toBe(false)
    expect(at({ oneWayInflow: 400000, verifiedFraudFunds: null }).met).toBeNull()
  })

  it('2025 意见第6条: own phone cards count, 流量卡 does not; 20 is the number', () => {
    const at = (line: NonNullable<Defendant['conduct']['cards']>[number], from = '2025-08-01') =>
      run(both(cards(line), act(from, '2025-09-01')), '2025-12-01').seriousCircumstances
    expect(at({ kind: 'phoneCard', count: 20, owner: 'self', dealing: 'sell' }).basis).toEqual(['opinion2025-6-3'])
    expect(at({ kind: 'phoneCard', count: 19, owner: 'self', dealing: 'sell' }).met).toBe(false)
    expect(at({ kind: 'dataCard', count: 20, owner: 'others', dealing: 'sell' }).met).toBe(false)
    expect(at({ kind: 'iotCard', count: 20, owner: 'others', dealing: 'buy' }).met).toBe(true)
    // 意见（二）第九条第（二）项 counted only others' cards
    const old = (owner: 'self' | 'others') => run(both(cards({ kind: 'phoneCard', count: 20, owner, dealing: 'sell' }), act('2021-08-01', '2021-09-01')), '2021-12-01').seriousCircumstances.met
    expect(old('self')).toBe(false)
    expect(old('others')).toBe(true)
  })

  it('2025 意见第6条(1): three own accounts and 30万 inflow, both needed', () => {
    const at = (count: number, inflow: number) =>
      run(both(cards({ kind: 'bankAccount', count, owner: 'self', dealing: 'rent' }), amounts({ oneWayInflow: inflow, verifiedFraudFunds: 5000 }), act('2025-08-01', '2025-09-01')), '2025-12-01').seriousCircumstances
    expect(at(3, 300000).basis).toEqual(['opinion2025-6-1'])
    expect(at(2, 300000).met).toBe(false)
    expect(at(3, 299999.99).met).toBe(false)
  })
})

describe('engine: 2025 意见 inflow needs verified criminal funds (drafters\' gloss on art. 4)', () => {
  it('own accounts with 30万 inflow but verified fraud funds below 3000 are not serious; at 3000 they are', () => {
    const at = (verified: number | null) =>
      run(both(cards({ kind: 'bankAccount', count: 3, owner: 'self', dealing: 'rent' }), amounts({ oneWayInflow: 500000, verifiedFraudFunds: verified }), act('2025-08-01', '2025-09-01')), '2025-12-01')
    const low = at(2999.99)
    expect(low.seriousCircumstances.met).toBe(false)
    const g = low.seriousCircumstances.regimes.find((r) => r.id === 'r2025')?.grounds.find((x) => x.id === 'opinion2025-6-1')
    expect(g?.citations).toContain('opinion2025-4')
    expect(at(3000).seriousCircumstances.basis).toEqual(['opinion2025-6-1'])
    // unknown verified funds do not block the ground
    expect(at(null).seriousCircumstances.met).toBe(true)
  })
})

describe('engine: unknown verified funds under the 2025 inflow rule', () => {
  it('says so and names the fact as a pivot', () => {
    const r = run(both(cards({ kind: 'bankAccount', count: 3, owner: 'self', dealing: 'rent' }), amounts({ oneWayInflow: 500000, verifiedFraudFunds: null }), act('2025-08-01', '2025-09-01')), '2025-12-01')
    expect(r.seriousCircumstances.met).toBe(true)
    const g = r.seriousCircumstances.regimes.find((x) => x.id === 'r2025')?.grounds.find((x) => x.id === 'opinion2025-6-1')
    expect(g?.why).toContain('未载明')
    expect(r.pivots.find((p) => p.fact === 'amounts.verifiedFraudFunds')?.resultingCharge).toBe('none')
  })
})

describe('engine: below every threshold', () => {
  it('points to the administrative route of the 反电信网络诈骗法', () => {
    const r = run((d) => d)
    expect(r.dispositionWhy).toContain('行政处罚')
    expect(r.trace.find((t) => t.rule === 'disposition.noCrime')?.citations).toEqual(['antifraud-38', 'antifraud-44'])
  })
})
