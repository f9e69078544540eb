// Chinese lines for the text report, the CLI and the memos: the outcome ladder, the sentence estimate's version-2
// figures and the similar cases, each line with its clauses resolved. Pure.
import { resolveCitation, verificationNote } from '../law'
import type { SimilarCase } from '../similar'
import { OUTCOME_LABELS, type OutcomeResult, type OutcomeWord } from './index'

const cite = (ids: readonly string[]): string => ids.map((id) => {
  const c = resolveCitation(id)
  return verificationNote(c.verification) ? `${c.cite}【${c.verification === 'PARTLY' ? '部分核实' : '未经核实'}】` : c.cite
}).join('；')

export function outcomeLines(o: Pick<OutcomeResult, 'likely' | 'open' | 'probabilities' | 'why' | 'citations'>): string[] {
  const pct = (w: OutcomeWord): string => (o.probabilities && o.probabilities[w] != null ? `（约 ${Math.round((o.probabilities[w] ?? 0) * 100)}%）` : '')
  return [
    `最可能的处理结果：${OUTCOME_LABELS[o.likely]}${pct(o.likely)}`,
    `法律仍允许的结果：${o.open.map((w) => `${OUTCOME_LABELS[w]}${pct(w)}`).join('、')}${o.probabilities ? '（概率依判例库中最相近的公开裁判估计）' : ''}`,
    `理由：${o.why}`,
    `依据：${cite(o.citations)}`
  ]
}

export function sentenceLines(s: { pointMonths?: number; rangeMonths: { min: number; max: number }; interval?: number; probationProbability?: number | null; fine: { minYuan: number; maxYuan: number } }): string[] {
  const out: string[] = []
  if (s.pointMonths != null && s.pointMonths > 0) {
    out.push(`如判处刑罚：估算刑期约 ${s.pointMonths} 个月，${Math.round((s.interval ?? 0.8) * 100)}% 区间 ${s.rangeMonths.min}～${s.rangeMonths.max} 个月（依判例库校准的估算，不是法定标准）`)
    out.push(`并处罚金约 ${s.fine.minYuan}～${s.fine.maxYuan} 元${s.probationProbability != null ? `；宣告缓刑的概率约 ${Math.round(s.probationProbability * 100)}%（罚金仍须执行）` : ''}`)
  }
  return out
}

export function similarLines(cases: readonly SimilarCase[]): string[] {
  if (cases.length === 0) return ['类案参考：判例库中没有可比的公开裁判']
  return ['类案参考（判例库中事实最相近的公开裁判）：', ...cases.map((c, i) => {
    const res = c.outcome ? `${OUTCOME_LABELS[c.outcome]}${c.months != null ? ` ${c.months} 个月` : ''}` : '结果未载'
    return `  ${i + 1}. ${c.title}（${c.decided ?? '日期未载'}）：${res}。相近之处：${c.why}。来源：${c.url}`
  })]
}
