// A defendant whose amounts were confirmed from bank statements: the 辩护意见书, 审查报告 and 案件分析报告 carry the
// 流水分析附表 (totals with files, rows and rules; matched and unmatched victims); a defendant without statements
// gets none, and the clinic memo never.
import { describe, expect, it } from 'vitest'
import { analyzeMatter } from '../../core/engine/analyze'
import { buildMemoModel } from '../../core/memo'
import { amountSourcesSchema } from '../../core/matter/provenance'
import { loadCase } from './bundled-cases'

const sources = amountSourcesSchema.parse({
  oneWayInflow: { amount: 380000, rowCount: 41, rule: '借贷标志为贷的交易（单向流入）合计', files: [{ name: '工行流水.csv', rowCount: 120, rows: '6-125' }] },
  verifiedFraudFunds: {
    amount: 42000, rowCount: 3, rule: '被害人转账在10分钟内按付款账号与金额匹配', files: [{ name: '工行流水.csv', rowCount: 120, rows: '30,41,77' }],
    items: [{ file: '工行流水.csv', line: 30, time: '2024-03-02 10:01:00', amount: 20000, counterparty: '6222000011112222', victim: '被害人甲', reportedTime: '2024-03-02 10:00:00' }],
    unmatched: [{ victim: '被害人丁', reportedTime: '2024-03-09 09:00:00', amount: 5000, payerAccount: '6222000099998888' }]
  }
})

const text = (v: unknown): string => JSON.stringify(v)

describe('流水分析附表 in the memos', () => {
  it('appears, from the matter alone, in the defence, prosecution and analysis memos', () => {
    const doc = loadCase('cn-xianyou-yan')
    doc.defendants[0]!.amountSources = sources
    const analysis = analyzeMatter(doc)
    for (const kind of ['defense', 'prosecution', 'analysis'] as const) {
      const m = buildMemoModel(doc, analysis, { kind })
      const t = text(m.appendix)
      expect(t, kind).toContain('流水分析附表')
      expect(t, kind).toContain('工行流水.csv')
      expect(t, kind).toContain('被害人甲')
      expect(t, kind).toContain('未匹配')
    }
    expect(text(buildMemoModel(doc, analysis, { kind: 'clinic' }).appendix)).not.toContain('流水分析附表')
  })

  it('is absent when no amount came from statements', () => {
    const doc = loadCase('cn-xianyou-yan')
    const m = buildMemoModel(doc, analyzeMatter(doc), { kind: 'defense' })
    expect(text(m.appendix)).not.toContain('流水分析附表')
  })
})

describe('the analysis cites the statements', () => {
  it('a trace line per sourced amount names its files, rows and rule', () => {
    const doc = loadCase('cn-xianyou-yan')
    doc.defendants[0]!.amountSources = sources
    const trace = analyzeMatter(doc, { pivots: false }).defendants[0]!.trace
    const line = trace.find((t) => t.rule === 'amount.source.oneWayInflow')
    expect(line?.text).toContain('工行流水.csv')
    expect(line?.text).toContain('41 笔')
  })
})
