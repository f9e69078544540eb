// What blocks the result: the unknown facts that would decide an undetermined analysis, the distances that follow
// the regime applied, and the disposition said once in the trace.
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { valueAt, isFactPath } from '../../core/matter/fields'
import { emptyDefendant, emptyMatter, type Defendant, type MatterDocument } from '../../core/matter/schema'

function cardSeller(): Defendant {
  const d = emptyDefendant('d1', '李某')
  d.student = true
  d.ageAtAct = 20
  d.actPeriod = { from: '2024-03-01', to: '2024-05-01' }
  d.conduct.cards = [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'sell' }]
  d.conduct.paymentSettlement = false
  d.conduct.transferredForOthers = false
  d.conduct.faceVerificationForOthers = false
  d.amounts.oneWayInflow = 380000
  d.amounts.verifiedFraudFunds = 42000
  d.amounts.illegalGain = 1200
  return d
}
const matter = (d: Defendant): MatterDocument => ({ ...emptyMatter('测试'), matter: { ...emptyMatter('测试').matter, asOf: '2026-11-01', stage: 'prosecution' }, defendants: [d] })

describe('open questions', () => {
  it('an undetermined analysis names unknown facts that move it, each null in the matter, each with what its answers do', () => {
    const a = analyzeMatter(matter(cardSeller())).defendants[0]!
    expect(a.disposition).toBe('undetermined')
    expect(a.openQuestions.length).toBeGreaterThan(0)
    const d = cardSeller()
    for (const q of a.openQuestions) {
      expect(isFactPath(q.fact)).toBe(true)
      if (isFactPath(q.fact)) expect(valueAt(d, q.fact)).toBeNull()
      expect(q.effect).toMatch(/^若/)
    }
    // answering whether the helped crime is established can end it (no crime) — it comes first
    expect(a.openQuestions[0]!.fact).toBe('helped.crimeEstablished')
    expect(a.openQuestions[0]!.effect).toContain('不构成犯罪')
  })

  it('a fact that decides alone is listed before one that only narrows', () => {
    const d = cardSeller()
    d.knowledge.admitted = true
    d.helped.crimeType = 'fraud'
    d.helped.crimeEstablished = 'yes'
    d.helped.objectCount = 1
    const a = analyzeMatter(matter(d)).defendants[0]!
    if (a.disposition !== 'undetermined') {
      expect(a.openQuestions).toEqual([])
      return
    }
    const alone = a.openQuestions.findIndex((q) => q.decidesAlone)
    const notAlone = a.openQuestions.findIndex((q) => !q.decidesAlone)
    if (alone >= 0 && notAlone >= 0) expect(alone).toBeLessThan(notAlone)
  })

  it('a decided analysis has no open questions; the trace says the disposition once', () => {
    const d = cardSeller()
    d.knowledge.admitted = true
    d.helped.crimeType = 'fraud'
    d.helped.crimeEstablished = 'yes'
    d.helped.objectCount = 3
    const a = analyzeMatter(matter(d)).defendants[0]!
    expect(a.disposition).not.toBe('undetermined')
    expect(a.openQuestions).toEqual([])
    const u = analyzeMatter(matter(cardSeller())).defendants[0]!
    const line = u.trace.find((t) => t.rule === 'disposition.undetermined')!.text
    expect(line.match(/依现有事实尚不能判断/g)?.length).toBe(1)
  })

  it('the 支付结算 distance follows the regime applied: reached in amount, but not applicable without 支付结算 conduct', () => {
    const d = cardSeller()
    d.knowledge.admitted = true
    d.helped.crimeType = 'fraud'
    d.helped.crimeEstablished = 'yes'
    const a = analyzeMatter(matter(d)).defendants[0]!
    const settle = a.thresholds.find((m) => m.groundId === 'interp2019-12-1-2')!
    expect(settle.reached).toBe(true)
    expect(settle.inapplicable).toContain('断卡纪要')
  })
})
