// The competition module's law sources and statutory ranges: ids, marks, values, dates; every cited id resolves.
import { describe, expect, it } from 'vitest'
import { clause, hasClause, resolveCitation, source, valueOf } from '../../core/law'
import { monthsOf, TIERS } from '../../core/engine/competition/ranges'
import { dayBefore } from '../../core/engine/competition/helpers'
import { cardSeller, run, type RunResult } from './competition-helpers'

describe('law sources owned by the competition module', () => {
  it('has every clause id the rules cite, with its verification mark', () => {
    const marks: Record<string, string> = {
      'conceal2015-1': 'VERIFIED', 'conceal2015-3-1': 'VERIFIED', 'conceal2015-3-2': 'VERIFIED', 'conceal2015-3-3': 'VERIFIED',
      'conceal2015-3-4': 'VERIFIED', 'conceal2015-3-5': 'VERIFIED', 'conceal2015-5': 'VERIFIED', 'conceal2015-8': 'VERIFIED',
      'conceal2015-10': 'VERIFIED', 'conceal2021-amend': 'VERIFIED', 'conceal2015-1-1-orig': 'PARTLY',
      'conceal2025-1': 'PARTLY', 'conceal2025-2': 'PARTLY', 'conceal2025-3': 'PARTLY', 'conceal2025-4': 'PARTLY', 'conceal2025-5': 'PARTLY',
      'fraud2016-2-1': 'PARTLY', 'fraud2016-3-5': 'UNVERIFIED', 'fraud2016-4-3': 'UNVERIFIED',
      'card2009-2': 'PARTLY', 'card2009-2-huge': 'UNVERIFIED',
      'aml2024-1': 'VERIFIED', 'aml2024-2': 'VERIFIED', 'aml2024-6': 'VERIFIED', 'aml2024-13': 'VERIFIED'
    }
    for (const [id, mark] of Object.entries(marks)) expect(clause(id).verification, id).toBe(mark)
  })

  it('法释〔2025〕13号第五条: only the officially quoted tiers (50万 / 500万, PARTLY), marked as not the text of the article', () => {
    const c = clause('conceal2025-5')
    expect(c.text).toContain('非条文原文')
    expect(c.text).toContain('五十万元和五百万元')
    expect(c.values).toEqual({ seriousAmount: 500000, seriousAmountMiningType: 5000000 })
  })

  it('thresholds are data with the number in the quoted text', () => {
    expect(valueOf('conceal2015-3-1', 'seriousTotalValue')).toBe(100000)
    expect(clause('conceal2015-3-1').text).toContain('十万元以上')
    expect([valueOf('fraud2016-2-1', 'amountLarge'), valueOf('fraud2016-2-1', 'amountHuge'), valueOf('fraud2016-2-1', 'amountEspeciallyHuge')]).toEqual([3000, 30000, 500000])
    expect(clause('fraud2016-2-1').text).toMatch(/三千元以上、三万元以上、五十万元以上/)
    expect(valueOf('card2009-2', 'othersCardsLarge')).toBe(5)
    expect(clause('card2009-2').text).toContain('非法持有他人信用卡五张以上不满五十张')
    expect(clause('conceal2021-amend').text).toContain('本决定自2021年4月15日起施行')
    expect(valueOf('conceal2021-amend', 'effectiveYmd')).toBe(20210415)
  })

  it('the 2015 interpretation ends the day before the 2025 one takes effect', () => {
    const oldEnds = source('conceal2015').ends
    const newFrom = source('conceal2025').effective
    expect(newFrom).toBe('2025-08-26')
    expect(oldEnds).toBe(dayBefore(newFrom ?? ''))
    expect(source('aml2024').effective).toBe('2024-08-20')
    expect(clause('aml2024-13').text).toContain('2024年8月20日')
  })
})

describe('statutory ranges', () => {
  it('every tier wording is quoted from the 刑法 clause it cites, months from its values', () => {
    for (const t of Object.values(TIERS)) {
      expect(clause(t.clauseId).text, t.clauseId).toContain(t.wording)
    }
    expect(monthsOf(TIERS.a312Serious)).toEqual({ min: 36, max: 84, open: false })
    expect(monthsOf(TIERS.a266Huge)).toEqual({ min: 36, max: 120, open: false })
    expect(monthsOf(TIERS.a266EspHuge)).toMatchObject({ min: 120, open: true })
    expect(monthsOf(TIERS.a177Huge)).toEqual({ min: 36, max: 120, open: false })
  })
})

describe('citations', () => {
  const variants = (): ReturnType<typeof cardSeller>[] => {
    const out: ReturnType<typeof cardSeller>[] = []
    const a = cardSeller()
    out.push(a)
    const b = cardSeller()
    b.conduct.transferredForOthers = true
    b.knowledge.knewProceeds = true
    b.amounts.concealedProceeds = 200000
    out.push(b)
    const c = cardSeller()
    c.actPeriod = { from: '2025-09-01', to: '2025-10-01' }
    c.conduct.faceVerificationForOthers = true
    c.knowledge.knewProceeds = null
    out.push(c)
    const d = cardSeller()
    d.conduct.stableCooperation = true
    d.amounts.attributableFraudLoss = 800000
    d.conduct.cards = [{ kind: 'bankCard', count: 70, owner: 'others', dealing: 'buy' }]
    out.push(d)
    const e = cardSeller()
    e.actPeriod = { from: '2020-01-01', to: '2020-02-01' }
    e.conduct.transferredForOthers = true
    e.knowledge.knewProceeds = true
    e.amounts.concealedProceeds = 5000
    e.conduct.ownIllegalSiteOrGroup = true
    e.amounts.illegalGain = 30000
    out.push(e)
    return out
  }
  const allIds = (r: RunResult): string[] => [
    ...r.competition.citations,
    ...r.trace.flatMap((s) => s.citations),
    ...r.pivots.flatMap((p) => p.citations),
    ...r.candidates.flatMap((c) => [...c.citations, ...c.elements.flatMap((e) => e.citations), ...(c.statutoryRange?.citations ?? [])])
  ]

  it('every id in candidates, elements, ranges, trace and pivots resolves in the law library', () => {
    for (const d of variants()) {
      const r = run(d, { asOf: '2026-01-10' })
      for (const id of allIds(r)) {
        expect(hasClause(id), id).toBe(true)
        expect(() => resolveCitation(id)).not.toThrow()
      }
    }
  })

  it('an established candidate resting on a PARTLY or UNVERIFIED clause carries that mark in its warnings', () => {
    for (const d of variants()) {
      const r = run(d, { asOf: '2026-01-10' })
      for (const c of r.candidates.filter((x) => x.established === true && x.charge !== 'art287-2')) {
        const weak = c.citations.filter((id) => clause(id).verification !== 'VERIFIED')
        for (const id of weak) expect(c.warnings.join('\n'), `${c.charge} ${id}`).toContain(`${resolveCitation(id).cite}（${clause(id).verification}）`)
      }
    }
  })
})
