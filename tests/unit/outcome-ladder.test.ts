// The outcome ladder (decision guide "The outcome ladder"; spec `outcome`): what is open at each stage, by the law.
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { computeOutcome, outcomeForAnalysis, splitByProbation, type OutcomeInput } from '../../core/outcome'
import { emptyDefendant, FORMAT_VERSION, type Defendant, type MatterDocument } from '../../core/matter/schema'

type Stage = MatterDocument['matter']['stage']
function doc(d: Defendant, stage: Stage, asOf = '2025-10-01'): MatterDocument {
  return { formatVersion: FORMAT_VERSION, matter: { title: '测试帮信案', caseNumber: null, stage, perspective: 'defense', asOf, authority: null, counsel: null, notes: null, province: null, accusation: null }, defendants: [d] }
}

/** Sold own cards, 明知 admitted, verified fraud funds, settlement over 20万 (a crime under 解释第十二条第一款第（二）项). */
function seller(over: Partial<Defendant> = {}): Defendant {
  const d = emptyDefendant('d1', '李某')
  return {
    ...d,
    birthDate: '2000-01-01',
    actPeriod: { from: '2025-03-01', to: '2025-04-01' },
    conduct: { ...d.conduct, techSupport: [], advertising: false, paymentSettlement: true, transferredForOthers: false, faceVerificationForOthers: true, priorConspiracy: false, stableCooperation: false, cards: [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'sell' }] },
    knowledge: { admitted: true, indicators: [], counterEvidence: null, knewProceeds: false, finding: null },
    amounts: { ...d.amounts, paymentSettlement: 250000, oneWayInflow: 250000, verifiedFraudFunds: 20000, illegalGain: 1500 },
    helped: { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' },
    history: { adminPenaltyWithin2Years: false, priorCriminalRecord: false, recidivist: false },
    mitigation: { ...d.mitigation, surrendered: false, truthfulConfession: true, pleaAgreement: true, firstOffence: true },
    ...over
  }
}

const run = (d: Defendant, stage: Stage, asOf?: string) => {
  const m = doc(d, stage, asOf)
  const a = analyzeMatter(m, { pivots: false })
  const da = a.defendants[0]!
  return { da, o: outcomeForAnalysis(m, d, da, a.asOf) }
}

describe('outcome ladder', () => {
  it('a 17-year-old student with a likely term under one year at 审查起诉 has 附条件不起诉 open', () => {
    const { da, o } = run(seller({ birthDate: '2008-01-01', student: true }), 'prosecution')
    expect(da.prevailingCharge).toBe('art287-2')
    expect(o.open).toContain('conditionalNonProsecution')
    expect(o.conditionalNonProsecutionPossible).toBe(true)
    expect(o.open).toContain('nonProsecution')
    // 相对不起诉 preferred over 附条件不起诉 where both are open
    expect(o.likely).not.toBe('conditionalNonProsecution')
    expect(o.citations).toContain('cpl-282')
  })

  it('妨害信用卡管理 (分则第三章) never opens 附条件不起诉', () => {
    const d = seller({ birthDate: '2008-01-01', student: true })
    const { da } = run(d, 'prosecution')
    const input: OutcomeInput = {
      stage: 'prosecution', asOf: '2025-10-01', defendant: d,
      verdict: { prevailingCharge: 'art177-1', disposition: 'prosecute', elements: da.elements, seriousCircumstances: { met: null, basis: [] }, statutoryRange: { minMonths: 0, maxMonths: 36 }, sentencing: da.sentencing ?? null }
    }
    const o = computeOutcome(input)
    expect(o.open).not.toContain('conditionalNonProsecution')
    expect(o.conditionalNonProsecutionPossible).toBe(false)
    expect(o.why).toContain('第三章')
  })

  it('an adult at the act never has 附条件不起诉 open', () => {
    const { o } = run(seller(), 'prosecution')
    expect(o.open).not.toContain('conditionalNonProsecution')
  })

  it('at trial neither 不起诉 is open', () => {
    for (const d of [seller(), seller({ birthDate: '2008-01-01', student: true })]) {
      const { o } = run(d, 'trial')
      expect(o.open).not.toContain('nonProsecution')
      expect(o.open).not.toContain('conditionalNonProsecution')
      expect(o.open).toContain('custodial')
      expect(o.open).toContain(o.likely)
    }
  })

  it('a 累犯 has no 缓刑', () => {
    const { o } = run(seller({ history: { adminPenaltyWithin2Years: false, priorCriminalRecord: true, recidivist: true } }), 'trial')
    expect(o.open).not.toContain('probation')
    expect(o.likely).not.toBe('probation')
    expect(o.citations).toContain('crimlaw-a74')
  })

  it('acts under 16 carry no liability, at every stage', () => {
    for (const stage of ['investigation', 'prosecution', 'trial'] as const) {
      const { o } = run(seller({ birthDate: '2010-01-01' }), stage)
      expect(o.likely).toBe('noCrime')
      expect(o.open).toEqual(['noCrime'])
      expect(o.citations).toContain('crimlaw-a17-p1')
    }
  })

  it('an act that runs past the 16th birthday is not excluded as a whole; only the later part counts', () => {
    // the ladder's own rule, on a crime found for the later part (the engine's subject element reads the age at the start)
    const d = seller({ birthDate: '2009-03-15', actPeriod: { from: '2025-03-01', to: '2025-04-01' } })
    const adult = run(seller(), 'prosecution').da
    const o = computeOutcome({ stage: 'prosecution', asOf: '2025-10-01', defendant: d, verdict: { prevailingCharge: 'art287-2', disposition: 'prosecute', elements: adult.elements, seriousCircumstances: adult.seriousCircumstances, statutoryRange: { minMonths: 0, maxMonths: 36 }, sentencing: adult.sentencing ?? null } })
    expect(o.open).not.toEqual(['noCrime'])
    expect(o.why).toContain('此前的张数、金额和获利不计入')
  })

  it('on an appeal by the defendant alone nothing heavier than the first sentence is open', () => {
    const d = seller()
    const m = doc(d, 'appeal')
    const a = analyzeMatter(m, { pivots: false })
    const o = outcomeForAnalysis(m, d, a.defendants[0]!, a.asOf, { appeal: { defendantOnly: true, firstInstance: { outcome: 'probation', months: 8 } } })
    expect(o.open).not.toContain('custodial')
    expect(o.open).toContain('probation')
    expect(o.citations).toContain('cpl-237')
  })

  it('存疑 (insufficientEvidence) is distinct from undetermined', () => {
    const base = seller({ knowledge: { admitted: false, indicators: [], counterEvidence: null, knewProceeds: null, finding: 'disputed' } })
    const disputed = run(base, 'prosecution').o
    expect(disputed.likely).toBe('insufficientEvidence')
    expect(disputed.citations).toContain('cpl-175-4')
    const unknown = run(seller({ knowledge: { admitted: null, indicators: [], counterEvidence: null, knewProceeds: null, finding: null } }), 'prosecution').o
    expect(unknown.likely).toBe('undetermined')
  })

  it('on the 纪要 inflow route alone, 相当性 is weighed and no crime stays open; no threshold multiple decides 情节轻微', () => {
    const d = seller({
      actPeriod: { from: '2022-05-01', to: '2022-06-01' },
      conduct: { ...seller().conduct, paymentSettlement: false, faceVerificationForOthers: false, cards: [{ kind: 'bankCard', count: 1, owner: 'self', dealing: 'rent' }] },
      amounts: { ...seller().amounts, paymentSettlement: null, oneWayInflow: 900000, verifiedFraudFunds: 5000, illegalGain: 800 }
    })
    const { da, o } = run(d, 'prosecution', '2023-01-01')
    expect(da.seriousCircumstances.basis).toEqual(['minutes2022-inflow'])
    expect(o.open).toContain('noCrime')
    expect(o.why).toContain('相当性')
    expect(o.equivalenceWeighing.length).toBeGreaterThan(0)
    // inflow three times 30万 does not by itself exclude 情节轻微
    expect(o.open).toContain('nonProsecution')
    expect(JSON.stringify(o)).not.toMatch(/2 ?倍|两倍/)
  })

  it('the 2025 意见 factors are weighed only where it applies at the 适用法律日期', () => {
    const d = seller({ actPeriod: { from: '2024-01-01', to: '2024-02-01' }, policyFactors: { lured: true } })
    const before = run(d, 'prosecution', '2024-06-01').o
    const after = run(d, 'prosecution', '2025-10-01').o
    expect(before.minorWeighing.some((w) => w.citations.includes('opinion2025-10'))).toBe(false)
    expect(after.minorWeighing.some((w) => w.citations.includes('opinion2025-10'))).toBe(true)
  })

  it('outcomes are open ones, probabilities sum to about 1 over the open outcomes', () => {
    const { o } = run(seller(), 'trial')
    expect(o.open).toContain(o.likely)
    if (o.probabilities) {
      const s = Object.values(o.probabilities).reduce((a, b) => a + (b ?? 0), 0)
      expect(s).toBeGreaterThan(0.95)
      expect(s).toBeLessThan(1.05)
      for (const k of Object.keys(o.probabilities)) expect(o.open).toContain(k)
    }
  })
})

describe('probabilities agree with the sentencing estimate', () => {
  it('between 缓刑 and 实刑 the mass of the nearest decisions is split by the calibrated P(缓刑)', () => {
    expect(splitByProbation({ nonProsecution: 0.2, probation: 0.1, custodial: 0.7 }, 0.6)).toEqual({ nonProsecution: 0.2, probation: 0.48, custodial: 0.32 })
    expect(splitByProbation({ probation: 0.3, custodial: 0.7 }, null)).toEqual({ probation: 0.3, custodial: 0.7 })
    expect(splitByProbation(null, 0.5)).toBeNull()
  })

  it('the analysis shows one P(缓刑): the outcome\'s probation share of a sentence equals the estimate\'s', () => {
    const { da, o } = run(seller(), 'trial')
    const p = da.sentencing?.probationProbability
    expect(p).not.toBeNull()
    const pr = o.probabilities
    if (!pr || pr.probation == null || pr.custodial == null) throw new Error('no probabilities')
    const mass = pr.probation + pr.custodial
    expect(Math.abs(pr.probation / mass - (p as number))).toBeLessThan(0.03)
  })
})

describe('time bar and units', () => {
  it('追诉时效: five years after the end of the conduct, no crime at any stage (suspensions not counted, said)', () => {
    const d = seller({ actPeriod: { from: '2019-12-01', to: '2020-01-31' } })
    const late = run(d, 'prosecution', '2025-03-01').o
    expect(late.likely).toBe('noCrime')
    expect(late.citations).toEqual(expect.arrayContaining(['crimlaw-a87', 'cpl-16']))
    expect(late.why).toContain('追诉期限')
    const inTime = run(d, 'prosecution', '2024-12-31').o
    expect(inTime.likely).not.toBe('noCrime')
  })

  it('a unit is fined only: neither 缓刑 nor 实刑 is open', () => {
    const { o } = run(seller({ kind: 'unit', birthDate: null }), 'trial')
    expect(o.open).toContain('fineOnly')
    expect(o.open).not.toContain('probation')
    expect(o.open).not.toContain('custodial')
  })
})

describe('disposition with the outcome', () => {
  it('gains conditionalNonProsecutionPossible where 附条件不起诉 is open and 相对不起诉 is not the course', async () => {
    const { dispositionWithOutcome } = await import('../../core/outcome')
    expect(dispositionWithOutcome('prosecute', { open: ['conditionalNonProsecution', 'custodial'], conditionalNonProsecutionPossible: true })).toBe('conditionalNonProsecutionPossible')
    expect(dispositionWithOutcome('nonProsecutionPossible', { open: ['nonProsecution', 'conditionalNonProsecution'], conditionalNonProsecutionPossible: true })).toBe('nonProsecutionPossible')
    expect(dispositionWithOutcome('prosecute', { open: ['custodial'], conditionalNonProsecutionPossible: false })).toBe('prosecute')
    expect(dispositionWithOutcome('undetermined', { open: ['undetermined'], conditionalNonProsecutionPossible: false })).toBe('undetermined')
  })
})

describe('report lines', () => {
  it('print the outcome, the estimate and similar cases in Chinese with their sources', async () => {
    const { outcomeLines, sentenceLines, similarLines } = await import('../../core/outcome/format')
    const { similarForMatter } = await import('../../core/similar')
    const d = seller()
    const m = doc(d, 'trial')
    const a = analyzeMatter(m, { pivots: false })
    const o = outcomeForAnalysis(m, d, a.defendants[0]!, a.asOf)
    const text = [...outcomeLines(o), ...sentenceLines(a.defendants[0]!.sentencing!), ...similarLines(similarForMatter(m, d, 3))].join('\n')
    expect(text).toContain('最可能的处理结果')
    expect(text).toContain('80% 区间')
    expect(text).toMatch(/来源：https?:\/\//)
    expect(text).not.toMatch(/罚金约 0/)
  })
})
