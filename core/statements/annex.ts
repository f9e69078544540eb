// The memo annex 流水分析附表 as plain data (titled tables of text cells), built from a defendant's
// `amountSources` alone, so any document builder can render it without the statements at hand.
import type { Defendant } from '../matter/schema'
import { SOURCED_AMOUNTS, SOURCED_AMOUNT_LABELS, type AmountSources } from './provenance'
import { formatYuan } from './values'

export interface AnnexTable {
  title: string
  columns: string[]
  rows: string[][]
  /** a line under the table (rules, counts) */
  note?: string
}

export interface StatementAnnex {
  title: string
  tables: AnnexTable[]
}

const yuan = (n: number) => formatYuan(Math.round(n * 100))

/** The annex of a defendant's sourced amounts, or null when no amount came from statements. */
export function statementAnnex(sources: AmountSources | null | undefined, defendantName?: string): StatementAnnex | null {
  if (!sources || !SOURCED_AMOUNTS.some((k) => sources[k])) return null
  const tables: AnnexTable[] = []
  const totals: string[][] = []
  for (const k of SOURCED_AMOUNTS) {
    const s = sources[k]
    if (!s) continue
    totals.push([
      SOURCED_AMOUNT_LABELS[k], yuan(s.amount), String(s.rowCount),
      s.files.map((f) => `${f.name}（${f.rowCount} 行${f.rows !== null ? `：第 ${f.rows} 行` : ''}）`).join('；'), s.rule
    ])
  }
  tables.push({ title: '一、金额汇总', columns: ['项目', '金额（元）', '笔数', '来源文件及行', '计算规则'], rows: totals })
  const v = sources.verifiedFraudFunds
  if (v) {
    const rows = (v.items ?? []).map((it, i) => [String(i + 1), it.victim ?? '', it.reportedTime ?? '', yuan(it.amount), it.counterparty, `${it.file} 第 ${it.line} 行`, it.time, '已匹配'])
    const n = rows.length
    for (const u of v.unmatched ?? []) rows.push([String(rows.length + 1), u.victim, u.reportedTime, yuan(u.amount), u.payerAccount, '—', '—', '未匹配'])
    tables.push({
      title: '二、被害人转账匹配', columns: ['序号', '被害人', '陈述转账时间', '金额（元）', '付款方', '匹配的流水记录', '流水时间', '结果'], rows,
      note: `已匹配 ${n} 笔，合计 ${yuan(v.amount)} 元；未匹配 ${(v.unmatched ?? []).length} 笔。${v.rule}`
    })
  }
  const d = sources.explainedLegitimateFunds
  if (d && (d.items ?? []).length) {
    tables.push({
      title: '三、能说明合法来源的资金（扣除）', columns: ['序号', '流水记录', '时间', '对方', '金额（元）', '理由'],
      rows: (d.items ?? []).map((it, i) => [String(i + 1), `${it.file} 第 ${it.line} 行`, it.time, it.counterparty, yuan(it.amount), it.reason ?? '']),
      note: `合计 ${yuan(d.amount)} 元。`
    })
  }
  return { title: defendantName ? `流水分析附表（${defendantName}）` : '流水分析附表', tables }
}

/** The annex of a defendant (null when none of its amounts came from statements). */
export const defendantAnnex = (d: Defendant): StatementAnnex | null => statementAnnex(d.amountSources, d.name)
