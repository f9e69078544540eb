// The verified-funds floor (issue 12, item 1): fraud funds verified as paid into the accounts a defendant supplied
// are a lower bound of the one-way inflow into them and, where the inflow stands for the amount counted, of that
// amount — under every regime, said in the measure; counted once, never added to a stated inflow.
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { emptyDefendant, emptyMatter, type CardLine, type Defendant } from '../../core/matter/schema'
import type { DefendantAnalysis } from '../../core/analysis/types'

function seller(from: string, to: string, cards: CardLine[]): Defendant {
  const d = emptyDefendant('d1', '测试')
  d.birthDate = '1990-01-01'
  d.actPeriod = { from, to }
  d.conduct = { ...d.conduct, cards, paymentSettlement: false, transferredForOthers: false, faceVerificationForOthers: false, advertising: false, priorConspiracy: false, stableCooperation: false }
  d.knowledge.finding = 'proven'
  d.helped = { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' }
  d.history = { adminPenaltyWithin2Years: false, priorCriminalRecord: false, recidivist: false }
  d.amounts = { ...d.amounts, paymentSettlement: null, oneWayInflow: null, illegalGain: 0, advertisingFunds: 0 }
  return d
}
function run(d: Defendant, asOf: string): DefendantAnalysis {
  const doc = emptyMatter('floor')
  return analyzeMatter({ ...doc, matter: { ...doc.matter, asOf }, defendants: [d] }, { pivots: false }).defendants[0]!
}
const ground = (a: DefendantAnalysis, regime: string, id: string) =>
  a.seriousCircumstances.regimes.find((r) => r.id === regime)?.grounds.find((g) => g.id === id)
const bank = (count: number, owner: 'self' | 'others' = 'self'): CardLine => ({ kind: 'bankCard', count, owner, dealing: 'sell' })

describe('the verified-funds floor', () => {
  it('法释〔2019〕15号 / 意见（二）: with no 支付结算 amount and no inflow stated, the verified funds count — 20万 edge', () => {
    const below = seller('2020-01-01', '2020-03-01', [bank(2)])
    below.amounts.verifiedFraudFunds = 199999.99
    const at = seller('2020-01-01', '2020-03-01', [bank(2)])
    at.amounts.verifiedFraudFunds = 200000
    for (const regime of ['r2019']) {
      expect(ground(run(below, '2020-06-01'), regime, 'interp2019-12-1-2')?.status).toBe('notMet')
      const g = ground(run(at, '2020-06-01'), regime, 'interp2019-12-1-2')
      expect(g?.status).toBe('met')
      expect(g?.measures[0]?.quantity).toContain('以流入的经查证涉诈资金计')
    }
    expect(run(at, '2020-06-01').seriousCircumstances.met).toBe(true)
    expect(run(below, '2020-06-01').seriousCircumstances.met).toBe(false)
    // the same under 意见（二） (act after 2021-06-17)
    const at21 = seller('2021-08-01', '2021-09-01', [bank(2)])
    at21.amounts.verifiedFraudFunds = 200000
    expect(ground(run(at21, '2021-12-01'), 'r2021', 'interp2019-12-1-2')?.status).toBe('met')
  })

  it('断卡纪要: the inflow floor is 超过 30万 — 300,000 is not above it, 300,000.01 is', () => {
    const at = seller('2023-01-01', '2023-02-01', [bank(2)])
    at.amounts.verifiedFraudFunds = 300000
    const above = seller('2023-01-01', '2023-02-01', [bank(2)])
    above.amounts.verifiedFraudFunds = 300000.01
    const a = ground(run(at, '2023-06-01'), 'r2022', 'minutes2022-inflow')
    expect(a?.status).toBe('notMet')
    expect(a?.measures[0]?.value).toBe(300000)
    expect(a?.measures[0]?.quantity).toContain('以流入的经查证涉诈资金计')
    expect(ground(run(above, '2023-06-01'), 'r2022', 'minutes2022-inflow')?.status).toBe('met')
  })

  it('2025 意见第6条: own accounts three or more with 30万 inflow — the verified funds reach it', () => {
    const below = seller('2025-09-01', '2025-10-01', [bank(3)])
    below.amounts.verifiedFraudFunds = 299999.99
    const at = seller('2025-09-01', '2025-10-01', [bank(3)])
    at.amounts.verifiedFraudFunds = 300000
    expect(ground(run(below, '2025-11-01'), 'r2025', 'opinion2025-6-1')?.status).toBe('notMet')
    expect(ground(run(at, '2025-11-01'), 'r2025', 'opinion2025-6-1')?.status).toBe('met')
  })

  it('counted once: a stated inflow is not increased by the verified funds in it; a stated inflow below them is raised to them', () => {
    const stated = seller('2023-01-01', '2023-02-01', [bank(2)])
    stated.amounts.oneWayInflow = 250000
    stated.amounts.verifiedFraudFunds = 100000
    expect(ground(run(stated, '2023-06-01'), 'r2022', 'minutes2022-inflow')?.measures[0]?.value).toBe(250000)
    const low = seller('2023-01-01', '2023-02-01', [bank(2)])
    low.amounts.oneWayInflow = 200000
    low.amounts.verifiedFraudFunds = 320000
    const m = ground(run(low, '2023-06-01'), 'r2022', 'minutes2022-inflow')?.measures[0]
    expect(m?.value).toBe(320000)
    expect(m?.quantity).toContain('所载少于流入的经查证涉诈资金')
  })

  it('only on the accounts this defendant supplied: no payment card or account supplied, no floor', () => {
    const phones = seller('2023-01-01', '2023-02-01', [{ kind: 'phoneCard', count: 3, owner: 'self', dealing: 'sell' }])
    phones.amounts.verifiedFraudFunds = 500000
    const g = ground(run(phones, '2023-06-01'), 'r2022', 'minutes2022-inflow')
    expect(g?.status).toBe('notMet')
    expect(g?.measures).toEqual([])
  })
})
