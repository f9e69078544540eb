// The engine's law sources: every clause id the analysis (and the other modules) cite exists, carries a
// verification mark, and states the numbers the rules read. Numbers are checked against the source texts.
import { describe, expect, it } from 'vitest'
import { clause, hasClause, lawLibrary, resolveCitation, source, valueOf } from '../../core/law'
import { analyzeMatter } from '../../core/engine/analyze'
import { emptyMatter } from '../../core/matter/schema'

const REQUIRED = [
  'crimlaw-a12', 'crimlaw-a17-p1', 'crimlaw-a17-p4', 'crimlaw-a17-1', 'crimlaw-a25', 'crimlaw-a26', 'crimlaw-a27',
  'crimlaw-a37-1', 'crimlaw-a52', 'crimlaw-a53', 'crimlaw-a65', 'crimlaw-a67-p1', 'crimlaw-a67-p3', 'crimlaw-a68',
  'crimlaw-a72', 'crimlaw-a74', 'crimlaw-a177-1-p1', 'crimlaw-a191', 'crimlaw-a266', 'crimlaw-a287-1',
  'crimlaw-a287-2-p1', 'crimlaw-a287-2-p2', 'crimlaw-a287-2-p3', 'crimlaw-a312-p1',
  'interp2019-11', 'interp2019-11-1', 'interp2019-11-2', 'interp2019-11-3', 'interp2019-11-4', 'interp2019-11-5',
  'interp2019-11-6', 'interp2019-11-7', 'interp2019-12-1-1', 'interp2019-12-1-2', 'interp2019-12-1-3',
  'interp2019-12-1-4', 'interp2019-12-1-5', 'interp2019-12-1-6', 'interp2019-12-1-7', 'interp2019-12-2',
  'interp2019-13', 'interp2019-14', 'interp2019-15', 'interp2019-16', 'interp2019-17', 'interp2019-18',
  'opinion2021-7', 'opinion2021-8-1', 'opinion2021-8-2', 'opinion2021-9-1', 'opinion2021-9-2', 'opinion2021-11',
  'minutes2022-1', 'minutes2022-2', 'minutes2022-4', 'minutes2022-5-2', 'minutes2022-5-3', 'minutes2022-inflow',
  'opinion2025-4', 'opinion2025-5-1', 'opinion2025-5-2', 'opinion2025-6-1', 'opinion2025-6-2', 'opinion2025-6-3',
  'opinion2025-7', 'opinion2025-8', 'opinion2025-9', 'opinion2025-10', 'opinion2025-11',
  'antifraud-31', 'antifraud-38', 'antifraud-44', 'amend9-29', 'amend9-52'
]

describe('law library (engine sources)', () => {
  it('has every clause id the modules cite', () => {
    expect(REQUIRED.filter((id) => !hasClause(id))).toEqual([])
  })

  it('every clause has text, a label and a verification mark', () => {
    for (const s of lawLibrary.sources) {
      for (const c of s.clauses) {
        expect(c.text.length, c.id).toBeGreaterThan(0)
        expect(c.label.length, c.id).toBeGreaterThan(0)
        expect(['VERIFIED', 'PARTLY', 'UNVERIFIED']).toContain(c.verification)
      }
    }
  })

  it('states the thresholds as numbers that match the quoted text', () => {
    const pairs: [string, string, number, string][] = [
      ['interp2019-12-1-1', 'objects', 3, '三个以上'],
      ['interp2019-12-1-2', 'paymentSettlement', 200000, '二十万元以上'],
      ['interp2019-12-1-3', 'advertisingFunds', 50000, '五万元以上'],
      ['interp2019-12-1-4', 'illegalGain', 10000, '一万元以上'],
      ['interp2019-12-2', 'multiple', 5, '五倍以上'],
      ['opinion2021-9-1', 'cards', 5, '5张（个）以上'],
      ['opinion2021-9-2', 'cards', 20, '20张以上'],
      ['opinion2025-6-1', 'accounts', 3, '三个以上'],
      ['opinion2025-6-1', 'inflow', 300000, '三十万元以上'],
      ['opinion2025-6-2', 'inflow', 300000, '三十万元以上'],
      ['opinion2025-6-3', 'cards', 20, '二十张以上'],
      ['minutes2022-inflow', 'inflowAbove', 300000, '超过三十万元'],
      ['minutes2022-inflow', 'verifiedFraudMin', 3000, '至少三千元'],
      ['crimlaw-a17-p1', 'minAge', 16, '已满十六周岁'],
      ['crimlaw-a287-2-p1', 'maxMonths', 36, '三年以下有期徒刑'],
      ['antifraud-44', 'fineMaxYuan', 200000, '二十万元以下罚款'],
      ['antifraud-38', 'fineMaxYuan', 100000, '十万元以下罚款']
    ]
    for (const [id, key, n, words] of pairs) {
      expect(valueOf(id, key), `${id}.${key}`).toBe(n)
      expect(clause(id).text, id).toContain(words)
    }
  })

  it('marks what is not verified', () => {
    // 断卡纪要 point 四: one verbatim source, with its 相当性 sentence (sources.md §14.1)
    expect(clause('minutes2022-inflow').verification).toBe('PARTLY')
    expect(clause('minutes2022-inflow').label).toContain('第四条')
    expect(clause('minutes2022-inflow').text).toContain('综合考虑与《解释》第十二条第一款其他项适用的相当性')
    expect(clause('crimlaw-a74').verification).toBe('VERIFIED')
    expect(clause('crimlaw-a74').text).toBe('对于累犯和犯罪集团的首要分子，不适用缓刑。')
    expect(clause('crimlaw-a63').verification).toBe('VERIFIED')
    expect(valueOf('crimlaw-a73', 'detentionProbationMinMonths')).toBe(2)
    expect(clause('crimlaw-a37').verification).toBe('UNVERIFIED')
    expect(source('temporal2001').verification).toBe('VERIFIED')
    expect(clause('temporal2001-3').text).toContain('适用新的司法解释对犯罪嫌疑人、被告人有利的')
    expect(valueOf('conceal2025-5', 'seriousAmount')).toBe(500000)
    expect(valueOf('conceal2025-5', 'seriousAmountMiningType')).toBe(5000000)
    expect(clause('conceal2025-5').verification).toBe('PARTLY')
    expect(valueOf('propertyPenalty2000-2', 'minYuan')).toBe(1000)
    expect(valueOf('propertyPenalty2000-2', 'minorMinYuan')).toBe(500)
    expect(clause('cpl-282').verification).toBe('UNVERIFIED')
    expect(clause('interp2019-12-1-2').verification).toBe('VERIFIED')
    expect(clause('opinion2025-6-1').verification).toBe('PARTLY')
    expect(source('opinion2025').note).toContain('施行日期未查到')
    expect(source('opinion2021').note).toContain('未经核实')
  })

  it('dates the sources as in the texts', () => {
    expect(source('amend9').effective).toBe('2015-11-01')
    expect(source('interp2019').effective).toBe('2019-11-01')
    expect(clause('interp2019-19').text).toContain('2019年11月1日')
    expect(source('antifraud').effective).toBe('2022-12-01')
    expect(source('opinion2025').effective).toBe('2025-07-28')
  })

  it('every citation the engine emits resolves', () => {
    const doc = emptyMatter('测试')
    const a = analyzeMatter(doc, { today: '2026-01-01' })
    const ids = new Set<string>()
    for (const d of a.defendants) {
      for (const e of d.elements) e.citations.forEach((c) => ids.add(c))
      for (const r of d.seriousCircumstances.regimes) for (const g of r.grounds) g.citations.forEach((c) => ids.add(c))
      for (const t of d.trace) t.citations.forEach((c) => ids.add(c))
      for (const p of d.pivots) p.citations.forEach((c) => ids.add(c))
    }
    expect(ids.size).toBeGreaterThan(5)
    for (const id of ids) expect(() => resolveCitation(id), id).not.toThrow()
  })
})
