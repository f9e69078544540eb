// The readable Chinese report printed by `analyze` without --json: per defendant the conclusion, the elements
// with reasons and citations, the thresholds with their gaps, the regime used, competing charges, the sentencing
// estimate, pivots and warnings.
import { hasClause, resolveCitation } from '../law'
import type { MatterDocument } from '../matter/schema'
import type { DefendantAnalysis, MatterAnalysis, Status } from '../analysis/types'
import { CHARGE_LABELS, DISPOSITION_LABELS } from '../engine/labels'
import { ELEMENT_STATUS_WORDS, establishedWord } from '../vocabulary'
import { outcomeLines, sentenceLines, similarLines } from '../outcome/format'

const STATUS: Record<Status, string> = ELEMENT_STATUS_WORDS.analysis

function cites(ids: readonly string[]): string {
  const out: string[] = []
  for (const id of new Set(ids)) {
    if (!hasClause(id)) {
      out.push(id)
      continue
    }
    const r = resolveCitation(id)
    out.push(r.verification === 'VERIFIED' ? r.cite : `${r.cite}【${r.verification === 'PARTLY' ? '部分核实' : '未经核实'}】`)
  }
  return out.length ? `〔依据：${out.join('；')}〕` : ''
}

function months(n: number): string {
  if (n >= 12 && n % 12 === 0) return `${n / 12}年`
  if (n > 12) return `${Math.floor(n / 12)}年${n % 12}个月`
  return `${n}个月`
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八']

function defendantSection(d: DefendantAnalysis, i: number): string[] {
  const L: string[] = []
  let n = 0
  const head = (title: string): string => `   ${NUMERALS[n++] ?? String(n)}、${title}`
  L.push(`${i + 1}. ${d.name || d.id}（${d.id}）`)
  L.push(`   结论：${d.prevailingCharge === 'none' ? '不成立犯罪或尚不能认定' : CHARGE_LABELS[d.prevailingCharge]}；处理：${DISPOSITION_LABELS[d.disposition]}`)
  L.push(`   理由：${d.dispositionWhy}`)
  if (d.openQuestions.length) {
    L.push('   尚难判断，取决于：')
    d.openQuestions.forEach((q, k) => L.push(`     ${k + 1}) ${q.label}（${q.fact}）：${q.effect}`))
  }
  L.push(head('帮助信息网络犯罪活动罪的构成要件'))
  for (const e of d.elements) {
    L.push(`     【${STATUS[e.status]}】${e.label}：${e.why} ${cites(e.citations)}`)
  }
  const s = d.seriousCircumstances
  L.push(head('情节严重与适用的标准（从旧兼从轻）'))
  L.push(`     结论：${s.met === true ? '达到' : s.met === false ? '未达到' : '尚不能判断'}${s.basis.length ? ' ' + cites(s.basis) : ''}`)
  L.push(`     适用：${s.regimeWhy}`)
  for (const r of s.regimes) {
    if (!r.grounds.length) {
      L.push(`     · ${r.label}（${r.from}起）：${r.why}`)
      continue
    }
    L.push(`     · ${r.label}（${r.from}起${r.inForceAtAct ? '，行为时施行' : ''}）：${r.seriousMet === true ? '达到' : r.seriousMet === false ? '未达到' : '待定'}`)
  }
  if (d.thresholds.length) {
    L.push(head('数额与数量标准（差距）'))
    for (const m of d.thresholds) L.push(`     · ${m.text}${m.inapplicable ? `（数额已达，但不适用：${m.inapplicable}）` : ''} ${cites(m.citations)}`)
  }
  if (d.candidates.length > 1 || d.competition.text) {
    L.push(head('竞合罪名'))
    for (const c of d.candidates) {
      const est = establishedWord(c.established)
      const range = c.statutoryRange ? `，法定刑：${c.statutoryRange.label}` : ''
      L.push(`     · ${c.label}：${est}${range}。${c.why}`)
    }
    if (d.competition.text) L.push(`     ${d.competition.text} ${cites(d.competition.citations)}`)
  }
  if (d.coDefendants) {
    const v = d.coDefendants
    L.push(head('同案人关系'))
    const groups: [string, { name: string }[]][] = [
      ['受…招募、介绍', v.recruitedBy], ['受…指使、组织', v.directedBy], ['将卡/账户交付给', v.suppliedTo],
      ['招募、介绍', v.recruited], ['指使、组织', v.directed], ['收取…交付的卡/账户', v.suppliedBy]
    ]
    for (const [word, refs] of groups) if (refs.length) L.push(`     · ${word}：${refs.map((r) => r.name).join('、')}`)
    const tag = { note: '', question: '【待查明】', check: '【核对】' } as const
    for (const note of v.notes) L.push(`     ${tag[note.kind]}${note.text}${note.citations.length ? ' ' + cites(note.citations) : ''}`)
  }
  if (d.sentencing) {
    const q = d.sentencing
    L.push(head('量刑估算（依公开判决校准的估算，非法定标准）'))
    L.push(`     估算刑期：${months(q.rangeMonths.min)}至${months(q.rangeMonths.max)}；${q.probationLikely ? '可能适用缓刑' : '缓刑可能性较低'}（${q.probationWhy}）`)
    for (const line of sentenceLines(q)) L.push(`     ${line}`)
    if (q.provinceNote) L.push(`     适用的量刑细则：${q.provinceNote}`)
    for (const a of q.adjustments) L.push(`     · ${a.label}：${a.percent > 0 ? '+' : ''}${a.percent}% ${cites(a.citations)}`)
    L.push(`     罚金：${q.fine.minYuan}元至${q.fine.maxYuan}元`)
  }
  if (d.outcome) {
    L.push(head('处理结果（依诉讼阶段）'))
    for (const line of outcomeLines(d.outcome as Parameters<typeof outcomeLines>[0])) L.push(`     ${line}`)
  }
  if (d.similarCases) {
    L.push(head('类案参考'))
    for (const line of similarLines(d.similarCases as Parameters<typeof similarLines>[0])) L.push(`     ${line}`)
  }
  if (d.pivots.length) {
    L.push(head('关键事实（改变一项即改变结论）'))
    for (const p of d.pivots) L.push(`     · ${p.text} ${cites(p.citations)}`)
  }
  if (d.warnings.length) {
    L.push('   提示')
    for (const w of d.warnings) L.push(`     ! ${w}`)
  }
  return L
}

export function renderTextReport(doc: MatterDocument, analysis: MatterAnalysis): string {
  const L: string[] = []
  L.push(`${doc.matter.title}`)
  if (doc.matter.caseNumber) L.push(`案号：${doc.matter.caseNumber}`)
  L.push(`分析日期（适用法律的基准日）：${analysis.asOf}；引擎版本 ${analysis.engineVersion}；法律库版本 ${analysis.lawLibraryVersion}`)
  L.push('本报告为辅助分析草稿，结论须由办案人员依全案证据核实。')
  L.push('')
  analysis.defendants.forEach((d, i) => {
    L.push(...defendantSection(d, i))
    L.push('')
  })
  return L.join('\n')
}
