// Rules of law the estimate must never break: every term carries a fine of at least 1,000元 (500元 for a minor);
// outcomes the law excludes are never printed together; the 2025 意见 only where it applies in time; the province's
// 实施细则 only where the library holds it; no "2 倍" rule of thumb anywhere.
import { describe, expect, it } from 'vitest'
import type { SentencingInput, StatutoryRange } from '../../core/analysis/types'
import { emptyDefendant, FORMAT_VERSION, type Defendant } from '../../core/matter/schema'
import { valueOf } from '../../core/law'
import { estimateSentence, resolveAdjustments } from '../../core/sentencing'
import { analyzeMatter } from '../../core/engine/analyze'
import { examples } from '../../core/examples'

const RANGE: StatutoryRange = { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-2-p1'] }
const person = (edit: (d: Defendant) => void = () => {}): Defendant => { const d = emptyDefendant('d1', '甲'); edit(d); return d }
const input = (d: Defendant, extra: Partial<SentencingInput> = {}): SentencingInput => ({ defendant: d, charge: 'art287-2', statutoryRange: RANGE, seriousBasis: [], asOf: '2025-09-01', ageAtAct: 30, overrides: {}, ...extra })

describe('the fine', () => {
  it('never starts below 1,000元 for an adult or 500元 for a minor, with every term', () => {
    const adultMin = valueOf('propertyPenalty2000-2', 'minYuan')
    const minorMin = valueOf('propertyPenalty2000-2', 'minorMinYuan')
    for (const age of [16, 17, 30]) {
      for (const gain of [null, 0, 300, 5000, 200000]) {
        for (const plea of [true, false, null]) {
          const r = estimateSentence(input(person((d) => { d.amounts.illegalGain = gain; d.mitigation.pleaAgreement = plea; d.mitigation.surrendered = plea }), { ageAtAct: age }))
          if (!r || r.penaltyKind === 'exemption') continue
          expect(r.fine.minYuan, `age ${age} gain ${gain}`).toBeGreaterThanOrEqual(age < 18 ? minorMin : adultMin)
          expect(r.fine.maxYuan).toBeGreaterThanOrEqual(r.fine.minYuan)
        }
      }
    }
  })

  it('免予刑事处罚 carries neither a fine nor 缓刑', () => {
    const r = estimateSentence(input(person((d) => { d.mitigation.role = 'coerced' }), { overrides: { coerced: -100 } }))
    expect(r?.penaltyKind).toBe('exemption')
    expect(r?.fine).toMatchObject({ minYuan: 0, maxYuan: 0 })
    expect(r?.probationLikely).toBe(false)
    expect(r?.probationProbability).toBeNull()
  })

  it('a term and 免予刑事处罚 are never printed together', () => {
    const r = estimateSentence(input(person((d) => { d.amounts.illegalGain = 10000; d.policyFactors = { lured: true }; d.mitigation.pleaAgreement = true }), { ageAtAct: 17 }))
    expect(r?.penaltyKind).not.toBe('exemption')
    expect(r?.fine.why).not.toContain('免予刑事处罚')
  })
})

describe('the 2025 意见 and the 适用法律日期', () => {
  const d = person((x) => { x.policyFactors = { lured: true, organisedOrProfessional: true }; x.mitigation.pleaAgreement = true })
  it('its 从宽 and 从严 factors apply only from its date', () => {
    const before = resolveAdjustments(input(d, { asOf: '2024-06-01' })).adjustments
    const after = resolveAdjustments(input(d, { asOf: '2025-09-01' })).adjustments
    expect(before.some((a) => a.factor === 'lenientPolicy' || a.factor === 'strictPolicy')).toBe(false)
    expect(after.some((a) => a.factor === 'lenientPolicy')).toBe(true)
    expect(after.some((a) => a.factor === 'strictPolicy')).toBe(true)
    expect(before.flatMap((a) => a.citations)).not.toContain('opinion2025-10')
  })
  it('sentencing reads the analysis date', () => {
    const x = person((p) => {
      p.birthDate = '1990-01-01'; p.actPeriod = { from: '2023-03-01', to: '2023-04-01' }
      p.conduct = { ...p.conduct, techSupport: [], advertising: false, paymentSettlement: true, transferredForOthers: false, faceVerificationForOthers: true, priorConspiracy: false, stableCooperation: false, cards: [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'sell' }] }
      p.knowledge = { admitted: true, indicators: [], counterEvidence: null, knewProceeds: false, finding: null }
      p.amounts = { ...p.amounts, paymentSettlement: 250000, oneWayInflow: 250000, verifiedFraudFunds: 20000, illegalGain: 1500 }
      p.helped = { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' }
      p.history = { adminPenaltyWithin2Years: false, priorCriminalRecord: false, recidivist: false }
      p.mitigation.pleaAgreement = true
      p.policyFactors = { lured: true }
    })
    const doc = (asOf: string) => ({ formatVersion: FORMAT_VERSION, matter: { title: '测试', caseNumber: null, stage: 'trial' as const, perspective: 'defense' as const, asOf, authority: null, counsel: null, notes: null, province: null, accusation: null }, defendants: [x] })
    const before = analyzeMatter(doc('2024-06-01'), { pivots: false }).defendants[0]!.sentencing!
    const after = analyzeMatter(doc('2025-09-01'), { pivots: false }).defendants[0]!.sentencing!
    expect(before.adjustments.flatMap((a) => a.citations)).not.toContain('opinion2025-10')
    expect(before.adjustments.some((a) => a.factor === 'lenientPolicy')).toBe(false)
    expect(after.adjustments.some((a) => a.factor === 'lenientPolicy')).toBe(true)
  })
})

describe('no invented rule', () => {
  it('no output of any bundled example contains the old “2 倍” rule', () => {
    for (const ex of examples) {
      const a = analyzeMatter(ex.document, { pivots: false })
      const text = JSON.stringify(a)
      expect(text, ex.id).not.toMatch(/2 ?倍|两倍|二倍以上/)
    }
  })
})
