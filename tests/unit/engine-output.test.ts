// The analyze document (matter-format.md "What analyze prints"), the Chinese report, warnings for conclusions
// resting on unverified sources, and the keystroke path without pivots.
import { describe, expect, it } from 'vitest'
import { analyzeMatter, ENGINE_VERSION } from '../../core/engine/analyze'
import { renderTextReport } from '../../core/report/text'
import { LAW_LIBRARY_VERSION } from '../../core/law'
import { emptyDefendant, emptyMatter, FORMAT_VERSION, type Defendant, type MatterDocument } from '../../core/matter/schema'

function doc(d: Defendant, asOf: string | null = '2022-12-01'): MatterDocument {
  return {
    formatVersion: FORMAT_VERSION,
    matter: { title: '张某帮助信息网络犯罪活动案', caseNumber: '（2022）测001号', stage: 'trial', perspective: 'defense', asOf, authority: null, counsel: null, notes: null, province: null, accusation: null },
    defendants: [d]
  }
}

/** Two own cards rented in 2022; the only ground is the 断卡纪要 inflow rule (UNVERIFIED). */
function renter(): Defendant {
  const d = emptyDefendant('d1', '张某')
  return {
    ...d,
    birthDate: '1995-02-01',
    actPeriod: { from: '2022-05-01', to: '2022-06-01' },
    conduct: { ...d.conduct, advertising: false, paymentSettlement: false, transferredForOthers: false, faceVerificationForOthers: false, priorConspiracy: false, stableCooperation: false, cards: [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'rent' }] },
    knowledge: { admitted: true, indicators: [], counterEvidence: null, knewProceeds: false, finding: null },
    amounts: { ...d.amounts, paymentSettlement: null, oneWayInflow: 450000, verifiedFraudFunds: 8000, illegalGain: 2000, advertisingFunds: null },
    helped: { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' },
    history: { adminPenaltyWithin2Years: false, priorCriminalRecord: false, recidivist: false }
  }
}

describe('analyze output', () => {
  it('has the fields matter-format.md specifies for every defendant', () => {
    const a = analyzeMatter(doc(renter()))
    expect(a.engineVersion).toBe(ENGINE_VERSION)
    expect(a.lawLibraryVersion).toBe(LAW_LIBRARY_VERSION)
    expect(a.asOf).toBe('2022-12-01')
    const d = a.defendants[0]
    expect(d?.id).toBe('d1')
    expect(d?.prevailingCharge).toBe('art287-2')
    expect(d?.disposition === 'prosecute' || d?.disposition === 'nonProsecutionPossible').toBe(true)
    expect(d?.candidates.find((c) => c.charge === 'art287-2')?.statutoryRange).toMatchObject({ minMonths: 0, maxMonths: 36 })
    expect(d?.elements.map((e) => e.id)).toEqual(['actTime', 'subject', 'knowledge', 'helpedCrime', 'helpConduct', 'seriousCircumstances'])
    for (const e of d?.elements ?? []) {
      expect(e.citations.length, e.id).toBeGreaterThan(0)
      expect(e.why.length, e.id).toBeGreaterThan(0)
    }
    expect(d?.seriousCircumstances).toMatchObject({ met: true, basis: ['minutes2022-inflow'], regimeUsed: 'r2022' })
    // JSON round trip: the document is plain data
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
  })

  it('marks a conclusion resting on a clause that is not fully verified', () => {
    const d = analyzeMatter(doc(renter())).defendants[0]
    expect(d?.warnings.some((w) => w.includes('第四条（单向流入资金）') && w.includes('PARTLY'))).toBe(true)
  })

  it('defaults asOf to today (or the given today) when the matter has none', () => {
    expect(analyzeMatter(doc(renter(), null), { today: '2023-01-05' }).asOf).toBe('2023-01-05')
    expect(analyzeMatter(doc(renter(), null)).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('the keystroke path (pivots: false) reaches the same conclusion without pivots', () => {
    const full = analyzeMatter(doc(renter())).defendants[0]
    const quick = analyzeMatter(doc(renter()), { pivots: false }).defendants[0]
    expect(quick?.pivots).toEqual([])
    expect(quick?.prevailingCharge).toBe(full?.prevailingCharge)
    expect(quick?.disposition).toBe(full?.disposition)
    expect(quick?.seriousCircumstances).toEqual(full?.seriousCircumstances)
    expect(full?.pivots.some((p) => p.fact === 'amounts.oneWayInflow')).toBe(true)
  })

  it('an empty matter is undetermined, never a crime or an acquittal', () => {
    const a = analyzeMatter(emptyMatter('空白案件'), { today: '2026-01-01' })
    expect(a.defendants[0]?.disposition).toBe('undetermined')
    expect(a.defendants[0]?.prevailingCharge).toBe('none')
  })
})

describe('text report', () => {
  it('prints the conclusion, elements, regime, thresholds with gaps and unverified marks in Chinese', () => {
    const m = doc(renter())
    const t = renderTextReport(m, analyzeMatter(m))
    expect(t).toContain('张某帮助信息网络犯罪活动案')
    expect(t).toContain('帮助信息网络犯罪活动罪')
    expect(t).toContain('【具备】明知')
    expect(t).toContain('从旧兼从轻')
    expect(t).toContain('单向流入资金 45 万元，已超过 30 万元 标准')
    expect(t).toContain('法释〔2019〕15号 第十二条第一款第（四）项')
    expect(t).toContain('【部分核实】')
    expect(t).toContain('违法所得 2000 元，距 1 万元 标准差 8000 元')
  })
})

describe('trace and odd dates', () => {
  it('the trace has one step per regime in play and names the regime that decided', () => {
    const d = analyzeMatter(doc(renter())).defendants[0]
    const steps = d?.trace.filter((t) => t.rule.startsWith('serious.regime.')) ?? []
    expect(steps.map((s) => s.rule)).toEqual(['serious.regime.r2022.met'])
    expect(d?.trace.find((t) => t.rule === 'serious.regime')?.text).toContain('《断卡纪要》')
  })

  it('an act ending after the analysis date is clamped to it, with a warning', () => {
    const late = { ...renter(), actPeriod: { from: '2022-05-01', to: '2023-06-01' } }
    const d = analyzeMatter(doc(late)).defendants[0]
    expect(d?.warnings.some((w) => w.includes('晚于分析日期'))).toBe(true)
    expect(d?.seriousCircumstances.regimeUsed).toBe('r2022')
  })
})
