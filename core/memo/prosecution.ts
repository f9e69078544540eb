// 审查报告 (the prosecutor's review report), in the structure of the 最高检公诉厅 sample:
// 导语 (受案和审查过程) · 一、犯罪嫌疑人及其他诉讼参与人的基本情况 · 二、发案、立案、破案经过 ·
// 三、侦查机关认定的犯罪事实与意见 · 四、相关当事人、诉讼参与人的意见 · 五、审查认定的事实、证据及分析 ·
// 六、需要说明的问题 · 七、处理意见. Each fact is written with the evidence bound to it in the matter, or
// listed as 证据待补. The 处理意见 follows the engine's verdicts and is never a legally impossible one.
import type { ElementResult } from '../analysis/types'
import { ageAtAct } from '../matter/age'
import type { Defendant, Evidence } from '../matter/schema'
import { CHARGE_LABELS, chargeLabel, elementProse, factParagraphs, groundLabel, partyRole } from './common'
import type { KindContext, KindOutput } from './context'
import { coDefendantChecks, regimeLabel, temporalSentence } from './defense'
import { clause, dateZh, joinZh, months, sentence, yuan } from './format'
import { CUSTODY_LABELS, custodyOf, factsTextOf, outcomeOf, pointMonthsOf, sexOf } from './inputs'

const rel = (p: string): string => p.replace(/^defendants\.\d+\./, '')

export function evidenceFor(d: Defendant, e: ElementResult): Evidence[] {
  const facts = e.facts.map(rel)
  return (d.evidence ?? []).filter((ev) =>
    ev.supports.some((s) => {
      const p = rel(s)
      return facts.some((f) => f === p || f.startsWith(p + '.') || p.startsWith(f + '.'))
    })
  )
}

/** The evidence bound to an element, as a list of titles; null when the matter binds none. */
export function evidenceText(d: Defendant, e: ElementResult): string | null {
  const list = evidenceFor(d, e).filter((ev) => ev.status !== 'missing')
  if (list.length === 0) return null
  return list.map((ev) => `${ev.title}${ev.status === 'disputed' ? '（有争议）' : ''}`).join('、')
}

/** Engine wording that records an assumption of the tool rather than a finding: kept out of the report. */
const ASSUMPTION = /须核实|未载|未录入|按已满|（认定在案）/

/** Elements a 审查报告 proves fact by fact (行为时间 is a precondition, not a fact in dispute). */
const PROVEN_ELEMENTS = ['subject', 'helpConduct', 'helpedCrime', 'knowledge', 'seriousCircumstances']

export function buildProsecution(ctx: KindContext): KindOutput {
  const { doc, defendant: d, da, w, boilerplate, accusation, profile } = ctx
  const name = da.name
  const role = partyRole(doc, d)
  const pre = doc.matter.stage === 'investigation' || doc.matter.stage === 'prosecution'
  const alleged = CHARGE_LABELS[ctx.matterCharge]
  const charged = pre ? `涉嫌${alleged}` : alleged
  const police = accusation?.document === '起诉意见书' || !accusation?.document ? '侦查机关' : '公诉机关'
  const outcome = outcomeOf(da)
  const minor = (ageAtAct(d) ?? 99) < 18

  // ---- 导语: 受案和审查过程
  const accDoc = accusation ? `${accusation.document ?? '起诉意见书'}${accusation.number ? `（${accusation.number}）` : ''}` : '起诉意见书'
  if (pre) {
    w.para(`${role}${name}${charged}一案，由${police}侦查终结，以${accDoc}移送本院审查起诉。本院于××××年××月××日受理后，承办检察官依法告知了${role}诉讼权利，讯问了${role}，听取了辩护人的意见，审查了全部案件材料。现已审查终结，报告如下。`)
  } else {
    w.para(`${role}${name}${charged}一案，经本院审查${accusation?.number ? `，以${accDoc}` : ''}向人民法院提起公诉，现处于${doc.matter.stage === 'appeal' ? '二审' : '审判'}阶段。承办检察官审查了全部案件材料，现将审查情况报告如下。`)
  }
  ctx.check.push('导语中的受案日期（××××年××月××日）及是否退回补充侦查、延长审查起诉期限，请按案卷填写。')
  if (!accusation) ctx.check.push('案件未录入起诉意见书（文号、认定事实、罪名），第三部分仅作提示；录入后请重新生成。')

  // ---- 一、基本情况
  w.heading(1, `${role}及其他诉讼参与人的基本情况`)
  const sex = sexOf(d)
  const bits: string[] = []
  if (sex) bits.push(sex === 'male' ? '男' : '女')
  if (d.birthDate) bits.push(`${dateZh(d.birthDate)}出生`)
  const age = ageAtAct(d)
  if (age !== null) bits.push(`行为时${age}周岁`)
  if (d.student === true) bits.push('在校学生')
  if (d.industryInsider === true) bits.push('系电信、金融或者网络支付行业从业人员')
  const history: string[] = []
  if (d.history.priorCriminalRecord === true) history.push('有前科')
  else if (d.history.priorCriminalRecord === false) history.push('无前科')
  if (d.history.recidivist === true) history.push('系累犯')
  if (d.history.adminPenaltyWithin2Years === true) history.push('二年内曾因同类行为受过行政处罚')
  const custody = custodyOf(d)
  const custodyText = custody ? (custody === 'none' ? '未被采取强制措施' : `因本案于××××年××月××日被${CUSTODY_LABELS[custody]}`) : null
  if (!custody) ctx.check.push('强制措施未录入，基本情况一节未写明；请补充（拘留、逮捕、取保候审的日期和决定机关）。')
  if (!sex) ctx.check.push('性别未录入。')
  w.para(sentence([`${role}${name}`, ...bits, ...history, custodyText].filter((x): x is string => !!x).join('，')))
  if (minor) {
    w.para(`${role}${name}系未成年人。其法定代理人为××（与${name}系××关系）。依照刑事诉讼法第二百七十九条，应当对其成长经历、犯罪原因、监护教育等情况进行社会调查，社会调查报告${'（待补）'}。讯问时应当通知其法定代理人到场。`)
    ctx.check.push('未成年人案件：法定代理人姓名及关系、社会调查报告的结论，请补充。')
  }
  w.para(`辩护人：${doc.matter.counsel?.trim() || '××律师事务所××律师'}。`)
  if (!doc.matter.counsel?.trim()) ctx.check.push('辩护人姓名及所在律师事务所未录入。')

  // ---- 二、发案、立案、破案经过
  w.heading(1, '发案、立案、破案经过')
  if (d.mitigation.surrendered === true) {
    w.para(`${name}于案发后自动投案${d.mitigation.truthfulConfession === true ? '，到案后如实供述了自己的罪行' : ''}。立案时间及到案经过以受案登记表、立案决定书及到案经过说明为准。`)
  } else {
    w.para('发案、立案及到案经过以受案登记表、立案决定书及到案经过说明为准（待补）。')
    ctx.check.push('发案、立案、破案经过：请依受案登记表、立案决定书和到案经过说明补写。')
  }

  // ---- 三、侦查机关认定的犯罪事实与意见
  w.heading(1, `${police}认定的犯罪事实与意见`)
  if (accusation?.facts) {
    w.para(`${police}认定：${sentence(clause(accusation.facts))}`)
  } else {
    w.para(`${police}认定的犯罪事实详见${accDoc}（待录入）。`)
  }
  w.para(`${police}认为，${role}${name}的行为已构成${accusation?.charge ? CHARGE_LABELS[accusation.charge] : alleged}${accusation?.sentenceProposal ? `，并提出${clause(accusation.sentenceProposal)}的意见` : ''}。`)

  // ---- 四、相关当事人、诉讼参与人的意见
  w.heading(1, '相关当事人、诉讼参与人的意见')
  const k = d.knowledge
  const said: string[] = []
  if (k.admitted === true) said.push(`${name}对${police}认定的事实供认不讳，供述其知道他人可能利用其提供的账户实施违法犯罪`)
  if (k.admitted === false) said.push(`${name}否认知道他人利用其账户实施犯罪`)
  if (k.counterEvidence) said.push(`辩称：${clause(k.counterEvidence)}`)
  if (d.mitigation.pleaAgreement === true) said.push(`${name}自愿认罪认罚，同意量刑建议，在辩护人见证下签署了认罪认罚具结书`)
  w.heading(2, `${role}的供述与辩解`)
  w.para(said.length > 0 ? sentence(said.join('；')) : `${role}的供述与辩解见讯问笔录（待摘录）。`)
  w.heading(2, '辩护人的意见及是否采纳')
  const knowEl = da.elements.find((e) => e.id === 'knowledge')
  if (k.counterEvidence && knowEl) {
    const adopted = knowEl.status !== 'met'
    w.para(`辩护人围绕${name}的上述辩解，提出其主观上不明知的意见。经审查，${adopted ? '在案证据不能排除该辩解，该意见予以采纳。' : `该辩解与在案的交易方式、获利情况${k.admitted === true ? '及其供述' : ''}不符，不足以推翻明知的认定，该意见不予采纳。`}`)
  } else {
    w.para('辩护人的书面意见及审查意见（待录入）。')
  }
  ctx.check.push('辩护人的意见：请摘录辩护人书面意见的要点，并逐项写明是否采纳及理由。')

  // ---- 五、审查认定的事实、证据及分析
  w.heading(1, '审查认定的事实、证据及分析')
  w.heading(2, '审查认定的事实')
  const narrative = factsTextOf(d)
  if (narrative) w.para(sentence(narrative))
  else for (const p of factParagraphs(doc, d, { statements: false })) w.para(p)

  w.heading(2, '认定上述事实的证据')
  const elements = da.elements.filter((e) => PROVEN_ELEMENTS.includes(e.id))
  const missing: string[] = []
  for (const e of elements) {
    const ev = evidenceText(d, e)
    if (ev) w.point(3, `${e.label}：`, `${ev}。`)
    else missing.push(e.label)
  }
  const absent = (d.evidence ?? []).filter((ev) => ev.status === 'missing')
  if (missing.length > 0 || absent.length > 0) {
    w.point(3, '证据待补：', sentence([
      missing.length > 0 ? `${joinZh(missing)}尚无在案证据与之对应，应当调取或者补强` : '',
      ...absent.map((ev) => `${ev.title}尚未附卷${ev.note ? `（${clause(ev.note)}）` : ''}`)
    ].filter((x) => x !== '').join('；')))
  }

  w.heading(2, '分析')
  for (const e of elements) {
    if (ASSUMPTION.test(e.why)) ctx.check.push(`${e.label}：本机分析的说明为“${clause(e.why)}”，请依案卷核实。`)
    w.point(3, `${e.label}。`, elementProse(d, da, e), w.cite(e.citations))
  }

  // ---- 六、需要说明的问题
  w.heading(1, '需要说明的问题')
  issues(ctx)

  // ---- 七、处理意见
  w.heading(1, '处理意见')
  const s = da.sentencing
  const likely = outcome?.likely
  const nonPros = likely === 'nonProsecution' || likely === 'conditionalNonProsecution' || likely === 'exemption' || (!outcome && (da.disposition === 'nonProsecutionPossible' || s?.nonProsecutionPossible === true || s?.penaltyKind === 'exemption'))
  let conclusion: string
  if (da.prevailingCharge === 'none' && (likely === 'noCrime' || (!outcome && da.disposition === 'noCrime'))) {
    conclusion = pre
      ? `${role}${name}的行为不构成犯罪，建议依照刑事诉讼法第一百七十七条第一款作出不起诉决定`
      : `${role}${name}的行为不构成犯罪，建议依法撤回起诉`
    w.cited(sentence(conclusion), da.elements.filter((e) => e.status === 'notMet').flatMap((e) => e.citations))
  } else if (da.prevailingCharge === 'none' || likely === 'insufficientEvidence' || likely === 'undetermined') {
    const open = da.elements.filter((e) => e.status === 'undetermined').map((e) => e.label)
    conclusion = pre
      ? `现有证据尚不足以认定${role}${name}的行为构成犯罪，建议退回${police}补充侦查`
      : `现有证据尚不足以认定${role}${name}的行为构成犯罪，建议补充侦查`
    w.para(sentence(`${conclusion}${open.length > 0 ? `，重点查明${joinZh(open)}` : ''}；${pre ? '经补充侦查仍然证据不足、不符合起诉条件的，依照刑事诉讼法第一百七十五条第四款作出不起诉决定' : '补充侦查后仍然证据不足的，依法撤回起诉'}`))
    if (open.length > 0) {
      w.para('补充侦查提纲：')
      open.forEach((l, i) => w.styled('flush', `${i + 1}. 查明${l}，调取相关书证、电子数据并讯问核实。`))
    }
  } else if (nonPros) {
    const cond = minor && likely === 'conditionalNonProsecution'
    const label = chargeLabel(da)
    conclusion = cond
      ? `${role}${name}的行为构成${label}，但系未成年人，可能判处一年有期徒刑以下刑罚，有悔罪表现，建议依照刑事诉讼法第二百八十二条作出附条件不起诉决定`
      : `${role}${name}的行为构成${label}，但犯罪情节轻微，依照刑法规定不需要判处刑罚，建议依照刑事诉讼法第一百七十七条第二款作出不起诉决定`
    w.cited(sentence(conclusion), ['cpl-177-2', 'interp2019-15', 'opinion2025-10', ...(minor ? ['opinion2025-11'] : [])])
    if (outcome?.why) ctx.check.push(`本机对处理结果的判断：${clause(outcome.why)}。`)
  } else {
    const label = chargeLabel(da)
    const changed = !pre && accusation?.charge && accusation.charge !== da.prevailingCharge
    conclusion = pre
      ? `${role}${name}的行为构成${label}，建议以${label}提起公诉`
      : changed ? `${role}${name}的行为构成${label}，建议变更起诉，以${label}追究其刑事责任` : `${role}${name}的行为构成${label}，建议依法支持公诉`
    w.cited(sentence(`${conclusion}`), (da.candidates.find((c) => c.charge === da.prevailingCharge)?.citations ?? []).filter((id) => !/a12$/.test(id)))
    if (s) {
      const plea = d.mitigation.pleaAgreement === true
      const lenient = s.adjustments.filter((a) => a.percent < 0).map((a) => a.label)
      // under 认罪认罚 the estimate may fold 自首 into one factor; the report names it
      if (d.mitigation.surrendered === true && d.mitigation.truthfulConfession !== false && !lenient.includes('自首')) lenient.unshift('自首')
      const heavy = s.adjustments.filter((a) => a.percent > 0).map((a) => a.label)
      const circumstances = [lenient.length > 0 ? `具有${joinZh(lenient)}等从宽情节` : '', heavy.length > 0 ? `具有${joinZh(heavy)}等从重情节` : ''].filter((x) => x !== '').join('，')
      const fine = s.fine.minYuan > 0 ? (plea || s.fine.minYuan === s.fine.maxYuan ? `罚金${yuan(s.fine.minYuan)}` : `罚金${yuan(s.fine.minYuan)}至${yuan(s.fine.maxYuan)}`) : '罚金'
      let proposal: string
      if (s.penaltyKind === 'fineOnly') proposal = `判处${fine}`
      else if (plea) proposal = `判处${termText(pointMonthsOf(da) ?? s.rangeMonths.min)}${s.probationLikely ? `，宣告缓刑` : ''}，并处${fine}`
      else proposal = `判处${rangeTermText(s.rangeMonths.min, s.rangeMonths.max)}${s.probationLikely ? '，可以宣告缓刑' : ''}，并处${fine}`
      const lead = circumstances || plea ? `${name}${circumstances ? circumstances + '，' : ''}${plea ? '已签署认罪认罚具结书，' : ''}` : '量刑方面，'
      w.cited(sentence(`${lead}建议${proposal}`), [...(plea ? ['cpl-176-2'] : []), ...(s.probationLikely ? ['crimlaw-a72'] : []), 'crimlaw-a287-2-p1'])
      if (plea) w.para('上述量刑建议为确定刑，应当在听取犯罪嫌疑人及其辩护人的意见后确定，并随案移送认罪认罚具结书。')
      ctx.check.push(`量刑建议的刑期取自本机依公开判决校准的估算（${rangeTermText(s.rangeMonths.min, s.rangeMonths.max)}），并非量刑指导意见规定的数字，请结合本院同类案件的量刑建议确定。`)
    } else {
      w.para('量刑建议待量刑事实查明后提出。')
    }
  }

  w.para(boilerplate.closing.trim() || '以上意见，请审查。')
  const sig = `${boilerplate.signature.trim() || '承办检察官：'}${profile.prosecutor ?? ''}`
  if (!profile.prosecutor) ctx.check.push('承办检察官姓名未填写（设置 → 个人信息）。')
  w.push({ type: 'signature', lines: [sig], date: dateZh(ctx.analysis.asOf) })
  const out: KindOutput = { title: '审查报告', subtitle: null, addressee: null, conclusion }
  return out
}

/** Engine wording cleaned of the tool's bracketed annotations. */
function clean(why: string): string {
  return why.replace(/（[^（）]*(须核实|认定在案|未载)[^（）]*）/g, '').trim()
}

function termText(m: number): string {
  const r = Math.max(1, Math.round(m))
  return r < 6 ? `拘役${months(r)}` : `有期徒刑${months(r)}`
}

function rangeTermText(min: number, max: number): string {
  if (min === max) return termText(min)
  const lo = termText(min)
  return lo.startsWith('有期徒刑') ? `${lo}至${months(max)}` : `${lo}至${termText(max)}`
}

const names = (refs: readonly { name: string }[]): string => refs.map((r) => r.name).join('、')

/** 六、需要说明的问题: 明知, 数额, 罪名, 法律适用, 共同犯罪, 认罪认罚 — each only where there is something to say. */
function issues(ctx: KindContext): void {
  const { defendant: d, da, w, accusation } = ctx
  const name = da.name
  let n = 0
  const know = da.elements.find((e) => e.id === 'knowledge')
  if (know && know.status !== 'met') {
    n++
    w.point(3, '关于主观明知。', `现有证据尚不足以认定${name}明知他人利用信息网络实施犯罪：仅凭提供银行卡、账户的行为不能直接认定明知，应当结合其认知能力、交易方式、获利情况及与对方的关系补强证据。`, w.cite(know.citations))
  }
  const a = d.amounts
  if (a.oneWayInflow != null || a.verifiedFraudFunds != null || a.paymentSettlement != null) {
    n++
    const bits: string[] = []
    if (a.oneWayInflow != null) bits.push(`涉案账户单向流入资金${yuan(a.oneWayInflow)}`)
    if (a.explainedLegitimateFunds != null && a.explainedLegitimateFunds > 0) bits.push(`其中${yuan(a.explainedLegitimateFunds)}能够说明合法来源，已予扣除`)
    if (a.verifiedFraudFunds != null) bits.push(`经查证与被害人被骗资金相对应的为${yuan(a.verifiedFraudFunds)}`)
    if (a.paymentSettlement != null) bits.push(`支付结算金额${yuan(a.paymentSettlement)}`)
    const sc = da.seriousCircumstances
    const used = sc.regimes.find((r) => r.id === sc.regimeUsed)
    const labels = (used?.grounds ?? []).filter((g) => sc.basis.includes(g.id)).map((g) => groundLabel(g.id))
    const verdict = sc.met === true ? `认定情节严重的依据为：${[...new Set(labels)].join('；') || '见上文'}` : sc.met === false ? '未达到情节严重的任何一项标准' : '是否达到情节严重尚需补充查明'
    w.point(3, '关于涉案金额与情节严重。', sentence(`${bits.join('，')}。${verdict}`), w.cite(da.elements.find((e) => e.id === 'seriousCircumstances')?.citations))
    if (sc.basis.includes('minutes2022-inflow')) {
      w.para('以单向流入资金认定情节严重的，还应审查其与《解释》第十二条第一款其他各项的相当性（主观明知程度、出租出售的张数和次数、获利数额及其他后果），并在起诉书中予以说明。')
    }
  }
  const alleged = accusation?.charge
  const heavier = da.candidates.filter((c) => (c.charge === alleged || c.established === true) && c.charge !== 'art287-2' && c.charge !== da.prevailingCharge)
  if ((alleged && alleged !== 'art287-2' && alleged !== da.prevailingCharge) || heavier.length > 0 || da.prevailingCharge === 'art312' || da.prevailingCharge === 'art266-accomplice') {
    n++
    const about = alleged && alleged !== da.prevailingCharge && da.prevailingCharge !== 'none'
      ? `${accusation?.document ?? '起诉意见书'}认定为${CHARGE_LABELS[alleged]}，审查认为应以${chargeLabel(da)}认定。`
      : da.prevailingCharge !== 'none' ? `审查认为应以${chargeLabel(da)}认定。` : ''
    w.point(3, '关于罪名的认定。', about, w.cite(da.competition.citations))
    for (const c of heavier) {
      const reason = clean(c.why).split('：').pop() ?? ''
      w.point(4, '', sentence(`${c.label}${c.established === true ? '成立' : c.established === false ? '不能成立' : '现有证据尚不足以认定'}${reason ? `：${clause(reason)}` : ''}`), w.cite(c.citations))
    }
  }
  const sc = da.seriousCircumstances
  const used = sc.regimes.find((r) => r.id === sc.regimeUsed)
  if (used && !used.inForceAtAct && sc.regimes.some((r) => r.inForceAtAct && r.inPlay && r.id !== used.id)) {
    n++
    const label = regimeLabel(used.label)
    w.point(3, '关于法律适用。', temporalSentence(name, label).replace(/本案应当适用对.*$/, `本案适用${label}。`))
  }
  const v = da.coDefendants
  const links = v ? [
    v.recruitedBy.length ? `受${names(v.recruitedBy)}招募、介绍参与` : '',
    v.directedBy.length ? `受${names(v.directedBy)}指使、组织` : '',
    v.suppliedTo.length ? `将银行卡、账户等交付给${names(v.suppliedTo)}` : '',
    v.recruited.length ? `招募、介绍${names(v.recruited)}参与` : '',
    v.directed.length ? `指使、组织${names(v.directed)}` : '',
    v.suppliedBy.length ? `收取${names(v.suppliedBy)}交付的银行卡、账户等` : ''
  ].filter(Boolean) : []
  if (links.length) {
    n++
    w.point(3, '关于共同犯罪。', `本案同案人之间的关系：${name}${links.join('，')}。各同案人的地位和作用，应当依其在共同犯罪中所起的作用分别认定。`, w.cite(['crimlaw-a25', 'crimlaw-a26', 'crimlaw-a27']))
  }
  coDefendantChecks(ctx)
  if (d.mitigation.pleaAgreement === true) {
    n++
    w.point(3, '关于认罪认罚。', `${name}自愿认罪认罚并签署具结书，依照刑事诉讼法第一百七十六条第二款，提起公诉的，应当就主刑、附加刑、是否适用缓刑提出量刑建议。`, w.cite(['cpl-176-2', 'cpl-15']))
  }
  if (n === 0) w.para('无。')
}
