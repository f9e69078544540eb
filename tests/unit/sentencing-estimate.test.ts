// The estimate as a whole: statutory clamps, penalty kind, probation (刑法72条、74条), the disposition hint
// (解释第十五条, 帮信意见第10条、第11条), fines, ancillary orders, what-if effects, labels and citations.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SentencingInput, StatutoryRange } from '../../core/analysis/types'
import type { Defendant } from '../../core/matter/schema'
import { emptyDefendant } from '../../core/matter/schema'
import { hasClause, valueOf } from '../../core/law'
import { calibration, estimateSentence, pointEstimate } from '../../core/sentencing'
import { calibrationData } from '../../core/sentencing/calibration-data'

const RANGE: StatutoryRange = { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-2-p1'] }

function person(edit: (d: Defendant) => void = () => {}): Defendant {
  const d = emptyDefendant('d1', '测试被告人')
  d.amounts.illegalGain = 20000
  edit(d)
  return d
}
const input = (d: Defendant, extra: Partial<SentencingInput> = {}): SentencingInput => ({
  defendant: d, charge: 'art287-2', statutoryRange: RANGE, seriousBasis: ['interp2019-12-1-4'], asOf: '2025-09-01', ageAtAct: 30, overrides: {}, ...extra
})
const est = (inp: SentencingInput) => {
  const r = estimateSentence(inp)
  if (!r) throw new Error('no estimate')
  return r
}

describe('statutory bounds always hold', () => {
  it('very large amounts with 累犯 and 从严 stay within 36 months', () => {
    const r = est(input(person((d) => {
      d.amounts.illegalGain = 5_000_000; d.amounts.paymentSettlement = 900_000_000; d.helped.objectCount = 200
      d.history.recidivist = true; d.industryInsider = true; d.policyFactors = { crossBorder: true, organisedOrProfessional: true }
    }), { overrides: { recidivist: 40, strictPolicy: 20 } }))
    expect(r.rangeMonths.max).toBeLessThanOrEqual(RANGE.maxMonths)
    expect(r.rangeMonths.min).toBeLessThanOrEqual(r.rangeMonths.max)
  })

  it('a heavier tier keeps its minimum (掩隐 情节严重 3–7年)', () => {
    const st: StatutoryRange = { minMonths: 36, maxMonths: 84, label: '情节严重的，处三年以上七年以下有期徒刑，并处罚金', citations: ['crimlaw-a312-p1'] }
    const r = est(input(person((d) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true; d.mitigation.pleaAgreement = true }), { charge: 'art312', statutoryRange: st }))
    expect(r.rangeMonths.min).toBeGreaterThanOrEqual(36)
    expect(r.rangeMonths.max).toBeLessThanOrEqual(84)
    expect(r.startingPointMonths).toEqual({ min: valueOf('sent2021-19', 'seriousStartMinMonths'), max: valueOf('sent2021-19', 'seriousStartMaxMonths') })
  })

  it('every charge gives a range inside its statutory range', () => {
    const tiers: [SentencingInput['charge'], StatutoryRange][] = [
      ['art312', { minMonths: 0, maxMonths: 36, label: 'x', citations: [] }],
      ['art266-accomplice', { minMonths: 36, maxMonths: 120, label: 'x', citations: [] }],
      ['art177-1', { minMonths: 0, maxMonths: 36, label: 'x', citations: [] }],
      ['art287-1', { minMonths: 0, maxMonths: 36, label: 'x', citations: [] }]
    ]
    for (const [charge, st] of tiers) {
      const r = est(input(person(), { charge, statutoryRange: st }))
      expect(r.charge).toBe(charge)
      expect(r.rangeMonths.min, charge).toBeGreaterThanOrEqual(st.minMonths)
      expect(r.rangeMonths.max, charge).toBeLessThanOrEqual(st.maxMonths)
      expect(r.basisNote, charge).toContain('估算')
    }
  })
})

describe('base sentence and what-if', () => {
  it('more money or more helped objects never lowers the estimate', () => {
    const small = pointEstimate(input(person((d) => { d.amounts.illegalGain = 12000 }))).pointMonths
    const big = pointEstimate(input(person((d) => { d.amounts.illegalGain = 300000; d.helped.objectCount = 12 }))).pointMonths
    expect(big).toBeGreaterThan(small)
  })

  it('a heavier starting range (严重后果) raises the base', () => {
    const plain = pointEstimate(input(person())).baseMonths
    const heavy = pointEstimate(input(person((d) => { d.helped.consequence = 'serious' }))).baseMonths
    expect(heavy).toBeGreaterThan(plain)
  })

  it('an override moves the range in the expected direction', () => {
    const facts = (d: Defendant) => { d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true }
    const low = est(input(person(facts), { overrides: { surrender: -40 } }))
    const none = est(input(person(facts), { overrides: { surrender: 0 } }))
    expect(low.rangeMonths.max).toBeLessThan(none.rangeMonths.max)
    expect(low.adjustments.find((a) => a.factor === 'surrender')?.overridden).toBe(true)
  })
})

describe('probation (刑法第七十二条、第七十四条)', () => {
  it('认罪认罚 raises the calibrated probability of 缓刑; the four conditions of 第七十二条 are named', () => {
    const withPlea = est(input(person((d) => { d.mitigation.pleaAgreement = true })))
    const without = est(input(person()))
    expect(withPlea.probationProbability).not.toBeNull()
    expect(withPlea.probationProbability ?? 0).toBeGreaterThan(without.probationProbability ?? 1)
    expect(withPlea.probationWhy).toContain('第七十二条')
    expect(withPlea.probationLikely).toBe((withPlea.probationProbability ?? 0) >= 0.5)
    if (withPlea.probationLikely) expect(withPlea.ancillary.join('')).toContain('禁止令')
  })

  it('never for a 累犯, whatever the mitigation', () => {
    const r = est(input(person((d) => { d.history.recidivist = true; d.mitigation.pleaAgreement = true; d.mitigation.restitution = 20000 })))
    expect(r.probationLikely).toBe(false)
    expect(r.probationWhy).toContain('累犯')
    expect(r.probationProbability).toBeNull()
    expect(r.citations).toContain('crimlaw-a74')
  })

  it('not likely without any sign of remorse on file', () => {
    const r = est(input(person()))
    expect(r.probationLikely).toBe(false)
    expect(r.probationWhy).toContain('悔罪')
  })

  it('P(缓刑) is a probability, reported with the point and the 80 % interval', () => {
    const r = est(input(person((d) => { d.mitigation.pleaAgreement = true; d.policyFactors = { organisedOrProfessional: true } })))
    expect(r.probationProbability ?? -1).toBeGreaterThanOrEqual(0)
    expect(r.probationProbability ?? 2).toBeLessThanOrEqual(1)
    expect(r.interval).toBe(0.8)
    expect(r.pointMonths).toBeGreaterThanOrEqual(r.rangeMonths.min)
    expect(r.pointMonths).toBeLessThanOrEqual(r.rangeMonths.max)
  })
})

describe('disposition hint: 不起诉 / 免予刑事处罚', () => {
  const minorLured = (d: Defendant) => { d.amounts.illegalGain = 10000; d.policyFactors = { lured: true, shortAndSmall: true }; d.mitigation.pleaAgreement = true }

  it('a minor with 第10条 circumstances and a light crime: nonProsecutionPossible (意见第11条)', () => {
    const r = est(input(person(minorLured), { ageAtAct: 17 }))
    expect(r.nonProsecutionPossible).toBe(true)
    // the estimate describes the term if one is imposed; 免予刑事处罚 is an outcome of its own (core/outcome)
    expect(r.penaltyKind).not.toBe('exemption')
    expect(r.fine.minYuan).toBeGreaterThanOrEqual(valueOf('propertyPenalty2000-2', 'minorMinYuan'))
    expect(r.dispositionWhy).toContain('第11条')
    expect(r.citations).toEqual(expect.arrayContaining(['opinion2025-11', 'interp2019-15']))
  })

  it('the same minor with a 第9条 从严 circumstance: not', () => {
    const r = est(input(person((d) => { minorLured(d); d.policyFactors = { ...d.policyFactors, usedVulnerableGroups: true } }), { ageAtAct: 17 }))
    expect(r.nonProsecutionPossible).toBe(false)
    expect(r.dispositionWhy).toContain('第9条')
  })

  it('an adult with 第10条 circumstances and surrender: the texts leave it open, the nearest decisions decide the hint', () => {
    const r = est(input(person((d) => { minorLured(d); d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true })))
    expect(r.dispositionWhy).toContain('第10条')
    expect(r.dispositionWhy).toMatch(/判例库中(最相近的公开裁判里，不起诉或免予刑事处罚约占 \d+%|相近裁判不足)/)
    const m = /约占 (\d+)%/.exec(r.dispositionWhy)
    if (m) expect(r.nonProsecutionPossible).toBe(Number(m[1]) >= 50)
  })

  it('a 累犯 or a heavy case: not', () => {
    expect(est(input(person((d) => { minorLured(d); d.history.recidivist = true }), { ageAtAct: 30 })).nonProsecutionPossible).toBe(false)
    // 累犯 does not apply to a minor (刑法第六十五条), so the minor stays eligible
    expect(est(input(person((d) => { minorLured(d); d.history.recidivist = true }), { ageAtAct: 17 })).nonProsecutionPossible).toBe(true)
    const heavy = est(input(person((d) => { d.amounts.illegalGain = 400000; d.helped.objectCount = 20 })))
    expect(heavy.nonProsecutionPossible).toBe(false)
    expect(heavy.penaltyKind).toBe('fixedTerm')
  })
})

describe('persons and units', () => {
  it('under 16 at the act: no estimate (刑法第十七条)', () => {
    expect(estimateSentence(input(person(), { ageAtAct: valueOf('crimlaw-a17-p1', 'minAge') - 1 }))).toBeNull()
  })

  it('a unit is fined only', () => {
    const unit = person((d) => { d.kind = 'unit'; d.amounts.illegalGain = 380000 })
    const r = est(input(unit))
    expect(r.penaltyKind).toBe('fineOnly')
    expect(r.rangeMonths).toEqual({ min: 0, max: 0 })
    // the Jiangxi 实施细则's unit minimum only in 江西; elsewhere the statutory minimum, and the province is said
    expect(r.fine.minYuan).toBe(valueOf('propertyPenalty2000-2', 'minYuan'))
    expect(r.fine.maxYuan).toBeGreaterThan(r.fine.minYuan)
    const jx = estimateSentence(input(unit), { province: '江西省' })
    expect(jx?.fine.minYuan).toBe(valueOf('sent2024-jiangxi', 'unitFineMinYuan'))
    expect(estimateSentence(input(unit), { province: '北京市' })?.provinceNote).toContain('未收录北京市实施细则')
  })

  it('an insider gets the 职业禁止 note', () => {
    const r = est(input(person((d) => { d.industryInsider = true })))
    expect(r.ancillary.join('')).toContain('职业禁止')
    expect(r.citations).toContain('crimlaw-a37-1')
  })
})

describe('fine (解释第十八条)', () => {
  it('names the 第十八条 factors and grows with the term', () => {
    const small = est(input(person((d) => { d.amounts.illegalGain = 12000; d.mitigation.pleaAgreement = true })))
    const big = est(input(person((d) => { d.amounts.illegalGain = 800000; d.helped.objectCount = 30 })))
    expect(small.fine.why).toContain('违法所得')
    expect(small.fine.why).toContain('认罪悔罪')
    expect(small.fine.citations).toContain('interp2019-18')
    expect(big.fine.maxYuan).toBeGreaterThan(small.fine.maxYuan)
    expect(small.fine.minYuan).toBeLessThanOrEqual(small.fine.maxYuan)
  })
})

describe('labels, citations and calibration data', () => {
  it('is labelled an estimate with its basis and sample size', () => {
    const r = est(input(person()))
    expect(r.estimate).toBe(true)
    expect(r.basisNote).toContain('估算')
    expect(r.basisNote).toContain('并非量刑指导意见')
    expect(r.basisNote).toContain(`（${calibration.sampleSize} 名被判处刑期的被告人）`)
    expect(r.basisNote).toContain('份公开裁判')
    expect(r.basisNote).toContain('交叉验证')
    expect(r.calibration.sampleSize).toBe(calibration.sampleSize)
    expect(r.calibration.heldOutHitRate).toBe(calibration.crossValidation.coverage)
  })

  it('every cited clause exists in the law library', () => {
    const r = est(input(person((d) => {
      d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true; d.mitigation.pleaAgreement = true; d.mitigation.restitution = 1000
      d.mitigation.victimForgiveness = true; d.mitigation.role = 'accessory'; d.mitigation.meritoriousService = 'ordinary'
      d.history.priorCriminalRecord = true; d.industryInsider = true; d.policyFactors = { lured: true, crossBorder: true }
    }), { ageAtAct: 17 }))
    const cited = [...r.citations, ...r.adjustments.flatMap((a) => a.citations), ...r.fine.citations]
    for (const id of cited) expect(hasClause(id), id).toBe(true)
  })

  it('calibration-data.ts carries the same content as calibration.json', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../core/sentencing/calibration.json', import.meta.url), 'utf8'))
    expect(calibrationData).toEqual(json)
  })
})

describe('情节轻微 for other charges', () => {
  it('no multiple of a threshold decides 情节轻微: the amount alone never excludes it, what weighs against does', () => {
    const st: StatutoryRange = { minMonths: 0, maxMonths: 36, label: '数额较大的，处三年以下有期徒刑、拘役或者管制', citations: ['crimlaw-a266'] }
    const big = est(input(person((d) => { d.amounts.attributableFraudLoss = 29000; d.mitigation.role = 'accessory'; d.mitigation.truthfulConfession = true }), { charge: 'art266-accomplice', statutoryRange: st }))
    const small = est(input(person((d) => { d.amounts.attributableFraudLoss = 3500; d.mitigation.role = 'accessory'; d.mitigation.truthfulConfession = true }), { charge: 'art266-accomplice', statutoryRange: st }))
    expect(big.nonProsecutionPossible).toBe(small.nonProsecutionPossible)
    const huge287 = est(input(person((d) => { d.amounts.paymentSettlement = 5_000_000; d.amounts.illegalGain = 90000; d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true })))
    expect(huge287.dispositionWhy).toContain('可以不起诉或者免予刑事处罚')
    expect(JSON.stringify([big, small, huge287])).not.toMatch(/2 ?倍|两倍|倍以上/)
    const recid = est(input(person((d) => { d.amounts.attributableFraudLoss = 3500; d.mitigation.role = 'accessory'; d.history.recidivist = true }), { charge: 'art266-accomplice', statutoryRange: st }))
    expect(recid.nonProsecutionPossible).toBe(false)
  })

  it('a tier with a raised minimum is never minor', () => {
    const st: StatutoryRange = { minMonths: 36, maxMonths: 120, label: '数额巨大的，处三年以上十年以下有期徒刑', citations: ['crimlaw-a266'] }
    const r = est(input(person((d) => { d.mitigation.role = 'accessory'; d.mitigation.surrendered = true; d.mitigation.truthfulConfession = true }), { charge: 'art266-accomplice', statutoryRange: st }))
    expect(r.nonProsecutionPossible).toBe(false)
  })
})

describe('fine band of 妨害信用卡管理罪', () => {
  it('stays within the statutory 1万–10万元 in the basic tier', () => {
    const st: StatutoryRange = { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处一万元以上十万元以下罚金', citations: ['crimlaw-a177-1-p1'] }
    for (const gain of [0, 5000, 5_000_000]) {
      const r = est(input(person((d) => { d.amounts.illegalGain = gain; d.helped.objectCount = 100 }), { charge: 'art177-1', statutoryRange: st }))
      expect(r.fine.minYuan).toBeGreaterThanOrEqual(valueOf('crimlaw-a177-1-p1', 'fineMinYuan'))
      expect(r.fine.maxYuan).toBeLessThanOrEqual(valueOf('crimlaw-a177-1-p1', 'fineMaxYuan'))
    }
  })
})

describe('inputForAnalysis (what-if from an analysed matter)', () => {
  it('rebuilds the engine input so that the same estimate comes out, and overrides take effect', async () => {
    const { analyzeMatter } = await import('../../core/engine/analyze')
    const { emptyMatter } = await import('../../core/matter/schema')
    const { inputForAnalysis } = await import('../../core/sentencing')
    const doc = emptyMatter('测试')
    const d = person((x) => {
      x.name = '甲'; x.knowledge.admitted = true; x.conduct.paymentSettlement = true; x.helped.crimeType = 'fraud'; x.helped.crimeEstablished = 'yes'
      x.amounts.illegalGain = 30000; x.actPeriod = { from: '2023-01-01', to: '2023-03-01' }; x.mitigation.pleaAgreement = true
    })
    doc.defendants = [d]
    doc.matter.asOf = '2024-01-01'
    const analysis = analyzeMatter(doc, { today: '2024-01-01' })
    const da = analysis.defendants[0]
    expect(da?.prevailingCharge).toBe('art287-2')
    if (!da) return
    const inp = inputForAnalysis(d, da, analysis)
    expect(inp).not.toBeNull()
    if (!inp) return
    expect(estimateSentence(inp)?.rangeMonths).toEqual(da.sentencing?.rangeMonths)
    const lower = estimateSentence({ ...inp, overrides: { plea: -30 } })
    expect(lower?.rangeMonths.max).toBeLessThan(da.sentencing?.rangeMonths.max ?? 0)
  })
})
