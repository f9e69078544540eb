// Statement figures confirmed into a matter: provenance kept in amountSources, the annex built from it.
import { describe, expect, it } from 'vitest'
import { applyStatementFigures, dropAmountSource } from '../../core/statements/apply'
import { defendantAnnex } from '../../core/statements/annex'
import { analyse } from '../../core/statements/compute'
import { encodeGbk } from '../../core/statements/encoding'
import { importCsvBytes } from '../../core/statements/import'
import { amountSourcesSchema, fromRanges, sourcesFromAnalysis, toRanges } from '../../core/statements/provenance'
import { randomTxns, sampleBytes, type SampleTxn } from '../../core/statements/sample'
import { emptyMatter, validateMatter } from '../../core/matter/schema'
import { parseVictimsCsv } from '../../core/statements/victims'

const txns = randomTxns(200, 8)
const table = importCsvBytes('流水.csv', sampleBytes('bank', '6222', txns)).table
const inflows = txns.map((t, i) => ({ t, i })).filter((x) => x.t.dir === 'in')
const hit = inflows[5] as { t: SampleTxn; i: number }
const victims = parseVictimsCsv('v.csv', encodeGbk(`被害人,转账时间,金额,付款账号\n赵某,${hit.t.time},${hit.t.amountFen / 100},${hit.t.cpAccount}\n钱某,2020-01-01 00:00:00,5,1\n`))
const ded = inflows[9] as { t: SampleTxn; i: number }
const a = analyse(table, { victims, tags: [{ file: '流水.csv', line: table.line[ded.i] as number, kind: 'deduction', reason: '亲属还款' }] })
const sources = sourcesFromAnalysis(table, a, '2025-01-02 10:00:00')

describe('amount provenance', () => {
  it('line ranges round-trip', () => {
    expect(toRanges([10, 6, 7, 8, 12])).toBe('6-8,10,12')
    expect(fromRanges('6-8,10,12')).toEqual([6, 7, 8, 10, 12])
  })

  it('every figure names its file, rows and rule, and validates', () => {
    expect(amountSourcesSchema.safeParse(sources).success).toBe(true)
    expect(sources.oneWayInflow.amount * 100).toBeCloseTo(inflows.reduce((s, x) => s + x.t.amountFen, 0), 6)
    expect(sources.oneWayInflow.files[0]?.rowCount).toBe(inflows.length)
    expect(fromRanges(sources.oneWayInflow.files[0]?.rows ?? '')).toEqual(inflows.map((x) => table.line[x.i]))
    expect(sources.verifiedFraudFunds.items).toEqual([expect.objectContaining({ victim: '赵某', line: table.line[hit.i], amount: hit.t.amountFen / 100 })])
    expect(sources.verifiedFraudFunds.unmatched).toEqual([expect.objectContaining({ victim: '钱某', amount: 5 })])
    expect(sources.explainedLegitimateFunds.items?.[0]?.reason).toBe('亲属还款')
  })

  it('applied to a defendant: amounts filled, sources kept, the matter still valid; other defendants untouched', () => {
    const doc = emptyMatter('流水测试')
    const before = structuredClone(doc.defendants[0])
    const d = applyStatementFigures(doc.defendants[0]!, sources, ['oneWayInflow', 'verifiedFraudFunds', 'explainedLegitimateFunds'])
    expect(doc.defendants[0]).toEqual(before)
    expect(d.amounts.oneWayInflow).toBe(sources.oneWayInflow.amount)
    expect(d.amounts.verifiedFraudFunds).toBe(hit.t.amountFen / 100)
    expect(d.amounts.explainedLegitimateFunds).toBe(ded.t.amountFen / 100)
    expect(d.amounts.paymentSettlement).toBeNull()
    expect(Object.keys(d.amountSources ?? {}).sort()).toEqual(['explainedLegitimateFunds', 'oneWayInflow', 'verifiedFraudFunds'])
    const r = validateMatter(JSON.parse(JSON.stringify({ ...doc, defendants: [d] })))
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).toBe(true)
    const dropped = dropAmountSource(d, 'oneWayInflow')
    expect(dropped.amountSources?.oneWayInflow).toBeUndefined()
  })

  it('a matter without amountSources still validates, and a malformed source is refused with its path', () => {
    const doc = emptyMatter('无来源')
    expect(validateMatter(doc).ok).toBe(true)
    const bad = structuredClone(doc) as unknown as { defendants: { amountSources: unknown }[] }
    bad.defendants[0]!.amountSources = { oneWayInflow: { amount: 1, rowCount: 1, rule: 'r', files: [{ name: 'a.csv', rowCount: 1, rows: '第一行' }] } }
    const r = validateMatter(bad)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]?.path).toBe('defendants.0.amountSources.oneWayInflow.files.0.rows')
  })

  it('the annex: totals, matched and unmatched victims, deductions', () => {
    const d = applyStatementFigures(emptyMatter('附表').defendants[0]!, sources)
    const annex = defendantAnnex(d)
    expect(annex?.title).toBe('流水分析附表（被告人甲）')
    expect(annex?.tables.map((t) => t.title)).toEqual(['一、金额汇总', '二、被害人转账匹配', '三、能说明合法来源的资金（扣除）'])
    expect(annex?.tables[0]?.rows).toHaveLength(4)
    const victimsTable = annex?.tables[1]
    expect(victimsTable?.rows.map((r) => [r[1], r[7]])).toEqual([['赵某', '已匹配'], ['钱某', '未匹配']])
    expect(annex?.tables[2]?.rows[0]?.[5]).toBe('亲属还款')
    expect(defendantAnnex(emptyMatter('x').defendants[0]!)).toBeNull()
  })
})
