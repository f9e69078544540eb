// 案件分析报告 (internal): written as a colleague writes to a colleague. It may show the method, the
// thresholds and the distances to them, the facts that would change the result, the similar cases
// and every verification warning; the conclusions are the engine's.
import type { DefendantAnalysis, ThresholdMeasure } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import {
  briefBasis, candidateRows, conclusionCitations, conclusionText, distinctMeasures, chargeLabel, elementRows, factParagraphs,
  cleanWhy, fineText, rangeText, sourcesAppendix, traceAppendix, CHARGE_LABELS
} from './common'
import type { KindContext, KindOutput } from './context'
import { allGrounds, countWord, legalReason } from './defense'
import { clause, dateZh, sentence, yuan } from './format'
import { factsTextOf, outcomeOf, similarCasesOf } from './inputs'
import { MemoWriter } from './writer'

const OUTCOME_WORDS: Record<string, string> = {
  noCrime: '不构成犯罪（撤销案件、法定不起诉或者无罪）', insufficientEvidence: '证据不足（存疑不起诉或者证据不足无罪）',
  undetermined: '事实不足以判断', nonProsecution: '相对不起诉', conditionalNonProsecution: '附条件不起诉',
  exemption: '免予刑事处罚', fineOnly: '单处罚金', probation: '判处缓刑', custodial: '判处实刑'
}

/** A threshold in words, with its distance: `单向流入资金56万余元，超出30万元标准26万余元`. */
export function measureText(m: ThresholdMeasure): string {
  const q = m.quantity.replace(/（[^（）]*）/g, '').trim()
  m = { ...m, quantity: q }
  const f = (v: number): string => (m.unit === 'yuan' ? yuan(v) : `${v}${countWord(q)}`)
  if (m.value === null) return `${m.quantity}不详（标准为${f(m.threshold)}）`
  if (m.gap === null) return `${m.quantity}${f(m.value)}`
  if (m.gap === 0) return `${m.quantity}${f(m.value)}，恰好达到${f(m.threshold)}的标准`
  return m.gap < 0
    ? `${m.quantity}${f(m.value)}，超出${f(m.threshold)}的标准${f(-m.gap)}`
    : `${m.quantity}${f(m.value)}，距${f(m.threshold)}的标准还差${f(m.gap)}`
}

export function buildAnalysis(ctx: KindContext): KindOutput {
  const { doc, defendant: d, da, w, boilerplate, accusation } = ctx
  const name = da.name
  const conclusion = conclusionText(da)
  const label = CHARGE_LABELS[ctx.matterCharge]
  const outcome = outcomeOf(da)

  w.para(`本报告分析${name}${accusation?.charge ? `被指控${label}` : `涉嫌${label}`}一案：是否构成犯罪、构成何罪、可能的处理结果，以及控辩双方在各争点上的有利论据。`)

  w.heading(1, '基本案情')
  const narrative = factsTextOf(d)
  if (narrative) w.para(sentence(narrative))
  for (const p of factParagraphs(doc, d)) w.para(p)
  if (accusation?.facts) w.para(`指控认定：${sentence(clause(accusation.facts))}`)

  w.heading(1, '结论')
  w.cited(sentence(conclusion), conclusionCitations(da))
  if (outcome) w.cited(sentence(`最可能的处理结果是${OUTCOME_WORDS[outcome.likely] ?? outcome.likely}；依法尚可考虑的还有${outcome.open.filter((o) => o !== outcome.likely).map((o) => OUTCOME_WORDS[o] ?? o).join('、') || '——'}。${clause(outcome.why)}`), outcome.citations)

  w.heading(1, '构成要件')
  w.table(['要件', '结论', '理由'], [4, 3, 21], elementRows(w, da.elements), '表1 帮助信息网络犯罪活动罪构成要件')

  if (da.thresholds.length > 0) {
    w.heading(1, '“情节严重”：标准与差距')
    w.para('下面逐项列出在案数值与各标准的距离。离标准越近，相关证据（流水、被害人对应、扣除）越值得下功夫。')
    for (const m of shownMeasures(da)) w.point(3, '', sentence(measureText(m)), w.cite(m.citations))
    if (da.seriousCircumstances.regimeWhy) w.para(sentence(cleanWhy(da.seriousCircumstances.regimeWhy)))
  }

  w.heading(1, '罪名竞合')
  w.table(['罪名', '结论', '法定刑幅度', '理由'], [5, 3, 8, 12], candidateRows(w, da.candidates), '表2 可能涉及的罪名')
  if (da.competition.text) w.cited(sentence(da.competition.text), da.competition.citations)

  w.heading(1, '控辩双方的论据')
  w.heading(2, '指控方')
  if (prosecutionPoints(w, da) === 0) w.para('依现有事实，指控方缺乏有力的定罪依据。')
  w.heading(2, '辩护方')
  if (defensePoints(w, d, da) === 0) w.para('依现有事实，定罪问题上缺乏有力的抗辩，辩护宜集中在量刑情节上。')

  const s = da.sentencing
  if (s) {
    w.heading(1, '量刑预估')
    w.cited(sentence(`估算刑期为${rangeText(s)}，并处${fineText(s)}；${s.probationLikely ? '有较大可能适用缓刑' : '适用缓刑的可能性较小'}`), s.citations)
    if (s.probationWhy) w.para(sentence(s.probationWhy))
    if (s.nonProsecutionPossible) w.para(sentence(`关于不起诉或者免予刑事处罚：${clause(s.dispositionWhy)}`))
    w.styled('note', `方法：${sentence(briefBasis(s.basisNote))}完整说明见附录。`)
  }

  const similar = similarCasesOf(da)
  if (similar.length > 0) {
    w.heading(1, '相似的已公开案例')
    for (const c of similar.slice(0, 5)) {
      w.point(3, '', `${c.court ?? '已公开案例'}${c.decided ? `（${dateZh(c.decided)}）` : ''}：${c.outcome ? OUTCOME_WORDS[c.outcome] ?? c.outcome : '结果不详'}${c.months ? `，${c.months}个月` : ''}。${c.why ? sentence(c.why) : ''}`)
    }
  }

  if (da.pivots.length > 0 || da.warnings.length > 0) {
    w.heading(1, '关键事实与风险提示')
    if (da.pivots.length > 0) {
      w.heading(2, '可能改变结论的事实')
      for (const p of da.pivots) w.point(3, '', sentence(cleanWhy(p.text)), w.cite(p.citations))
    }
    if (da.warnings.length > 0) {
      w.heading(2, '需要核实的依据与假设')
      for (const x of da.warnings) w.point(3, '', sentence(x))
    }
  }

  w.para(boilerplate.closing.trim() || '以上分析仅供参考。')
  w.push({ type: 'signature', lines: boilerplate.signature.trim() ? [boilerplate.signature.trim()] : [], date: dateZh(ctx.analysis.asOf) })

  const aw = new MemoWriter(w.notes)
  const appendix = [...traceAppendix(aw, da), ...sourcesAppendix(aw, w.notes.sources())]
  return { title: '案件分析报告', subtitle: `——${name}涉嫌${chargeLabel(da) === '不构成犯罪' ? label : chargeLabel(da)}案`, addressee: null, conclusion, appendix: { title: '附录：分析过程', blocks: appendix } }
}

/** The thresholds worth showing: each quantity and standard once, no count of zero. */
export function shownMeasures(da: DefendantAnalysis): ThresholdMeasure[] {
  const seen = new Set<string>()
  return distinctMeasures(da.thresholds).filter((m) => {
    if (m.unit === 'count' && m.value === 0) return false
    const k = `${m.quantity.replace(/（[^（）]*）/g, '')}|${m.value}|${m.threshold}`
    return seen.has(k) ? false : (seen.add(k), true)
  })
}

/** The prosecution's strongest points on these facts; returns how many were written. */
export function prosecutionPoints(w: MemoWriter, da: DefendantAnalysis): number {
  let n = 0
  const reached = distinctMeasures(da.thresholds).filter((x) => x.reached === true)
  const routine = new Set(['actTime', 'subject'])
  for (const e of da.elements.filter((x) => x.status === 'met' && !routine.has(x.id) && !(x.id === 'seriousCircumstances' && reached.length > 0))) {
    w.point(3, `关于${e.label}。`, sentence(cleanWhy(e.why)), w.cite(e.citations)); n++
  }
  for (const m of reached) {
    w.point(3, `${m.quantity}达到标准。`, sentence(measureText(m)), w.cite(m.citations)); n++
  }
  for (const c of da.candidates.filter((x) => x.established === true && x.charge !== 'art287-2')) {
    w.point(3, `可能构成${c.label}。`, sentence(cleanWhy(c.why)), w.cite(c.citations)); n++
  }
  for (const a of da.sentencing?.adjustments.filter((x) => x.percent > 0) ?? []) {
    w.point(3, `从重情节：${a.label}。`, sentence(legalReason(a.why)), w.cite(a.citations)); n++
  }
  return n
}

/** The defence's strongest points on these facts (from the engine's verdicts); returns how many were written. */
export function defensePoints(w: MemoWriter, d: Defendant, da: DefendantAnalysis): number {
  let n = 0
  for (const e of da.elements.filter((x) => x.status !== 'met')) {
    w.point(3, e.status === 'notMet' ? `${e.label}不成立。` : `${e.label}证据不足。`, sentence(cleanWhy(e.why)), w.cite(e.citations)); n++
  }
  if (d.knowledge.counterEvidence) {
    w.point(3, '存在相反证据。', sentence(`${d.name}的辩解：${clause(d.knowledge.counterEvidence)}`)); n++
  }
  const notReached = da.seriousCircumstances.met === true ? [] : distinctMeasures(da.thresholds).filter((x) => x.reached === false)
  for (const m of notReached) {
    w.point(3, `${m.quantity}未达标准。`, sentence(measureText(m)), w.cite(m.citations)); n++
  }
  // the 断卡纪要's 支付结算 limit, where the engine found the settlement ground fails under it
  const settlement = allGrounds(da).find((g) => g.id === 'interp2019-12-1-2' && g.status === 'notMet' && g.citations.some((c) => c.startsWith('minutes2022')))
  if (settlement) {
    w.point(3, '单纯收款不属于支付结算。', sentence(settlement.why), w.cite(settlement.citations)); n++
  }
  const deduct = d.amounts.explainedLegitimateFunds
  if (deduct != null && deduct > 0) {
    w.point(3, '应扣除合法资金。', `${d.name}能够说明合法来源的资金${yuan(deduct)}应当从流入资金中扣除。`); n++
  }
  const verified = d.amounts.verifiedFraudFunds
  const inflow = d.amounts.oneWayInflow
  if (verified != null && inflow != null && verified < inflow) {
    w.point(3, '查证属实的涉诈资金有限。', `流入${yuan(inflow)}中，能与被害人对应的仅${yuan(verified)}；辩护方可主张危害程度以后者评价（这是辩护观点，不是法律规定）。`); n++
  }
  for (const c of da.candidates.filter((x) => x.established === true && x.charge !== 'art287-2' && x.charge === da.prevailingCharge)) {
    w.point(3, `对${c.label}的抗辩。`, '可围绕明知的内容、掩饰隐瞒或者共同故意的证明展开，主张以帮助信息网络犯罪活动罪论处。'); n++
  }
  for (const a of da.sentencing?.adjustments.filter((x) => x.percent < 0) ?? []) {
    w.point(3, `从宽情节：${a.label}。`, sentence(legalReason(a.why)), w.cite(a.citations)); n++
  }
  return n
}
