// 案件分析报告 / 法律意见书: neutral. It sets out the conclusion and, side by side, the strongest
// points each side can make on these facts.
import type { DefendantAnalysis } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import {
  briefBasis, candidateRows, conclusionCitations, conclusionWithReasons, distinctMeasures, chargeLabel, conclusionText, elementRows, factParagraphs, fineText, thresholdTable, rangeText, pivotsAndWarnings
} from './common'
import type { KindContext, KindOutput } from './context'
import { cardsMerelyReceivedFunds, allGrounds, legalReason } from './defense'
import { clause, dateZh, sentence, yuan } from './format'
import type { MemoWriter } from './writer'

export function buildAnalysis(ctx: KindContext): KindOutput {
  const { doc, defendant: d, da, w, boilerplate } = ctx
  const name = da.name
  const conclusion = conclusionText(da)
  const label = da.prevailingCharge === 'none' ? '帮助信息网络犯罪活动罪' : chargeLabel(da)

  w.para(`本报告依据${doc.matter.title}${doc.matter.caseNumber ? `（${doc.matter.caseNumber}）` : ''}的在案材料，对${name}的行为是否构成犯罪、构成何罪以及可能的处理结果进行分析，并分别列明指控方与辩护方可能提出的主要观点，供参考。`)

  w.heading(1, '基本案情')
  for (const p of factParagraphs(doc, d)) w.para(p)

  w.heading(1, '分析结论')
  w.cited(conclusionWithReasons(conclusion, da.dispositionWhy), conclusionCitations(da))

  w.heading(1, '构成要件分析')
  w.table(['要件', '结论', '理由'], [4, 3, 21], elementRows(w, da.elements), '表1 帮助信息网络犯罪活动罪构成要件')

  if (da.thresholds.length > 0) {
    w.heading(1, '“情节严重”的认定')
    thresholdTable(w, da, '表2 情节严重标准对照')
    if (da.seriousCircumstances.regimeWhy) w.para(sentence(da.seriousCircumstances.regimeWhy))
  }

  w.heading(1, '罪名竞合')
  w.table(['罪名', '结论', '法定刑幅度', '理由'], [5, 3, 8, 12], candidateRows(w, da.candidates), '表3 可能涉及的罪名')
  if (da.competition.text) w.cited(sentence(da.competition.text), da.competition.citations)

  w.heading(1, '控辩双方的主要观点')
  w.heading(2, '指控方可能的主要观点')
  const pro = prosecutionPoints(w, da)
  if (pro === 0) w.para('依现有事实，指控方缺乏有力的定罪依据。')
  w.heading(2, '辩护方可能的主要观点')
  const def = defensePoints(w, d, da)
  if (def === 0) w.para('依现有事实，辩护方在定罪问题上缺乏有力的抗辩依据，辩护重点宜放在量刑情节上。')

  const s = da.sentencing
  if (s) {
    w.heading(1, '量刑预估')
    w.cited(sentence(`估算刑期为${rangeText(s)}，并处${fineText(s)}；${s.probationLikely ? '有较大可能适用缓刑' : '适用缓刑的可能性较小'}`), s.citations)
    if (s.probationWhy) w.para(sentence(s.probationWhy))
    if (s.nonProsecutionPossible) w.para(sentence(`关于不起诉或者免予刑事处罚：${clause(s.dispositionWhy)}`))
    w.styled('note', `说明：刑期为估算区间。${sentence(briefBasis(s.basisNote))}估算方法详见附录。`)
  }

  pivotsAndWarnings(w, da, { section: '关键事实与风险提示', pivots: '可能改变结论的关键事实', warnings: '风险提示' })

  w.para(boilerplate.closing.trim() || '以上分析仅供参考。')
  w.push({ type: 'signature', lines: boilerplate.signature.trim() ? [boilerplate.signature.trim()] : [], date: dateZh(ctx.analysis.asOf) })
  return { title: '案件分析报告', subtitle: `——${name}涉嫌${label}案`, addressee: null, conclusion }
}

/** The prosecution's strongest points on these facts; returns how many were written. */
export function prosecutionPoints(w: MemoWriter, da: DefendantAnalysis): number {
  let n = 0
  const reached = distinctMeasures(da.thresholds).filter((x) => x.reached === true)
  // 行为时间 and 主体 are preconditions, not points in dispute; 情节严重 is shown by the thresholds reached
  const routine = new Set(['actTime', 'subject'])
  for (const e of da.elements.filter((x) => x.status === 'met' && !routine.has(x.id) && !(x.id === 'seriousCircumstances' && reached.length > 0))) {
    w.point(3, `关于${e.label}。`, sentence(e.why), w.cite(e.citations)); n++
  }
  for (const m of reached) {
    w.point(3, `${m.quantity}达到标准。`, sentence(m.text), w.cite(m.citations)); n++
  }
  for (const c of da.candidates.filter((x) => x.established === true && x.charge !== 'art287-2')) {
    w.point(3, `可能构成${c.label}。`, sentence(c.why), w.cite(c.citations)); n++
  }
  for (const a of da.sentencing?.adjustments.filter((x) => x.percent > 0) ?? []) {
    w.point(3, `从重情节：${a.label}。`, sentence(legalReason(a.why)), w.cite(a.citations)); n++
  }
  return n
}

/** The defence's strongest points on these facts; returns how many were written. */
export function defensePoints(w: MemoWriter, d: Defendant, da: DefendantAnalysis): number {
  let n = 0
  for (const e of da.elements.filter((x) => x.status !== 'met')) {
    w.point(3, e.status === 'notMet' ? `${e.label}不成立。` : `${e.label}证据不足。`, sentence(e.why), w.cite(e.citations)); n++
  }
  if (d.knowledge.counterEvidence) {
    w.point(3, '存在相反证据。', sentence(`${d.name}的辩解：${clause(d.knowledge.counterEvidence)}`)); n++
  }
  // a threshold not reached helps the defence only while 情节严重 is not established on another ground
  const notReached = da.seriousCircumstances.met === true ? [] : distinctMeasures(da.thresholds).filter((x) => x.reached === false)
  for (const m of notReached) {
    w.point(3, `${m.quantity}未达标准。`, sentence(m.text), w.cite(m.citations)); n++
  }
  const settlement = allGrounds(da).find((g) => g.id === 'interp2019-12-1-2')
  if (cardsMerelyReceivedFunds(d) && settlement) {
    w.point(3, '单纯收款不属于支付结算。', `${d.name}仅提供卡、账户接收资金，未代为转账、取现，也未提供刷脸验证，依照“断卡”行动会议纪要，不宜认定为“支付结算”。`, w.cite(settlement.citations)); n++
  }
  const deduct = d.amounts.explainedLegitimateFunds
  if (deduct != null && deduct > 0) {
    w.point(3, '应扣除合法资金。', `${d.name}能够说明合法来源的资金${yuan(deduct)}应当从流入资金中扣除。`); n++
  }
  for (const c of da.candidates.filter((x) => x.established !== true && x.charge !== 'art287-2')) {
    w.point(3, `${c.established === false ? '不构成' : '不能认定构成'}${c.label}。`, sentence(c.why), w.cite(c.citations)); n++
  }
  for (const a of da.sentencing?.adjustments.filter((x) => x.percent < 0) ?? []) {
    w.point(3, `从宽情节：${a.label}。`, sentence(legalReason(a.why)), w.cite(a.citations)); n++
  }
  return n
}
