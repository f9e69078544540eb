// Content shared by the memo kinds: labels, the facts as prose, the standard tables and the trace appendix.
import type { CandidateResult, ChargeId, DefendantAnalysis, ElementResult, SentencingResult, Status, ThresholdMeasure } from '../analysis/types'
import type { Defendant, MatterDocument } from '../matter/schema'
import { ageAtAct } from '../matter/age'
import { dateZh, joinZh, months, quantity, sentence, yuan, clause } from './format'
import type { Block, TableCellModel } from './types'
import { MemoWriter, runs } from './writer'
import type { LawSource } from '../law/types'
import { briefCites, sourceFacts } from './citations'
import { SERIOUS_GROUND_LABELS } from '../clinic/schema'
import { ELEMENT_STATUS_WORDS } from '../vocabulary'

import { CHARGE_LABELS } from '../engine/labels'
export { CHARGE_LABELS }

/** A memo writes 成立/不成立/尚不能认定 for an element (the vocabulary's memo wording). */
export const STATUS_LABELS: Record<Status, string> = ELEMENT_STATUS_WORDS.memo

const CARD_LABELS: Record<string, string> = {
  bankCard: '银行卡', bankAccount: '银行账户', paymentAccount: '非银行支付账户', paymentInterface: '支付接口',
  onlineBankingCertificate: '网上银行数字证书（U盾）', paymentInternetAccount: '具有支付结算功能的互联网账号',
  unitSettlementAccount: '单位银行结算账户', phoneCard: '电话卡', dataCard: '流量卡', iotCard: '物联网卡'
}
const CARD_COUNTER: Record<string, string> = {
  bankCard: '张', bankAccount: '个', paymentAccount: '个', paymentInterface: '个', onlineBankingCertificate: '个',
  paymentInternetAccount: '个', unitSettlementAccount: '个', phoneCard: '张', dataCard: '张', iotCard: '张'
}
const DEALING_LABELS: Record<string, string> = { sell: '出售', rent: '出租', buy: '收购', lend: '出借' }
const TECH_LABELS: Record<string, string> = {
  internetAccess: '互联网接入', serverHosting: '服务器托管', networkStorage: '网络存储',
  communicationTransmission: '通讯传输', websiteOrApp: '搭建网站、开发软件', otherTech: '其他技术支持'
}
export const INDICATOR_LABELS: Record<string, string> = {
  regulatorNotice: '经监管部门告知后仍然实施有关行为',
  ignoredReports: '接到举报后不履行法定管理职责',
  abnormalPriceOrMethod: '交易价格或者方式明显异常',
  dedicatedTool: '提供专门用于违法犯罪的程序、工具或者其他技术支持、帮助',
  evasionMeasures: '频繁采用隐蔽上网、加密通信、销毁数据等措施或者使用虚假身份，逃避监管或者规避调查',
  helpedEvadeInvestigation: '为他人逃避监管或者规避调查提供技术支持、帮助',
  unitAccountTrade: '收购、出售、出租单位银行结算账户、非银行支付机构单位支付账户',
  insiderAbuse: '电信、银行、网络支付等行业从业人员利用履行职责或者提供服务便利',
  otherStrong: '其他足以认定行为人明知的情形',
  bulkDevicesOrPlatforms: '使用批量插卡设备、改号软件、批量账号或者接码平台',
  continuedAfterRestriction: '账户被限制、暂停服务后仍继续实施',
  preparedCoverStory: '事先准备应对调查的话术口径'
}
const CRIME_TYPE_LABELS: Record<string, string> = { fraud: '电信网络诈骗', gambling: '网络赌博', other: '其他信息网络犯罪' }
const ROLE_LABELS: Record<string, string> = { principal: '主犯', accessory: '从犯', coerced: '胁从犯' }

export function chargeLabel(da: DefendantAnalysis, charge: ChargeId = da.prevailingCharge): string {
  if (charge === 'none') return CHARGE_LABELS.none
  return da.candidates.find((c) => c.charge === charge)?.label ?? CHARGE_LABELS[charge]
}

/** 犯罪嫌疑人 before trial, 被告人 at trial, 上诉人 on appeal; for a unit 犯罪嫌疑单位 / 被告单位 / 上诉单位. */
export function partyRole(doc: MatterDocument, d?: Defendant): string {
  const unit = d?.kind === 'unit'
  switch (doc.matter.stage) {
    case 'investigation':
    case 'prosecution':
      return unit ? '犯罪嫌疑单位' : '犯罪嫌疑人'
    case 'trial':
      return unit ? '被告单位' : '被告人'
    case 'appeal':
      return unit ? '上诉单位' : '上诉人'
  }
}

export function actPeriodText(d: Defendant): string | null {
  const p = d.actPeriod
  if (!p || (!p.from && !p.to)) return null
  if (p.from && p.to) return p.from === p.to ? dateZh(p.from) : `${dateZh(p.from)}至${dateZh(p.to)}`
  return p.from ? `${dateZh(p.from)}起` : `${dateZh(p.to)}前`
}

/** The conduct in one clause, e.g. `出售本人银行卡3张、出租他人电话卡20张，并代为转账、取现`. */
export function conductText(d: Defendant): string {
  const c = d.conduct
  const parts: string[] = []
  for (const line of c.cards ?? []) {
    const dealing = line.dealing ? DEALING_LABELS[line.dealing] : '提供'
    const owner = line.owner === 'self' ? '本人' : line.owner === 'others' ? '他人' : ''
    const count = line.count != null ? `${line.count}${CARD_COUNTER[line.kind] ?? '个'}` : '（数量不详）'
    parts.push(`${dealing}${owner}${CARD_LABELS[line.kind] ?? line.kind}${count}`)
  }
  if (c.techSupport && c.techSupport.length > 0) parts.push(`为他人提供${c.techSupport.map((t) => TECH_LABELS[t] ?? t).join('、')}等技术支持`)
  if (c.advertising === true) parts.push('为他人提供广告推广')
  if (c.paymentSettlement === true) parts.push('为他人提供支付结算帮助')
  if (c.otherHelp) parts.push(clause(c.otherHelp))
  let text = parts.length > 0 ? parts.join('，') : '实施了相关帮助行为（具体方式待查明）'
  const extra: string[] = []
  if (c.transferredForOthers === true) extra.push('代为转账、套现、取现')
  if (c.faceVerificationForOthers === true) extra.push('为配合转账、取现提供刷脸等验证')
  if (extra.length > 0) text += `，另有${joinZh(extra)}的行为`
  return text
}

/** The facts of one defendant as paragraphs of prose (what the file shows; unknowns are not mentioned). */
export function factParagraphs(doc: MatterDocument, d: Defendant, opts: { statements?: boolean } = {}): string[] {
  const out: string[] = []
  const age = ageAtAct(d)
  const who: string[] = []
  if (d.kind === 'unit') who.push('系被告单位')
  if (age !== null) who.push(`行为时${age}周岁`)
  if (d.student === true) who.push('系在校学生')
  if (d.industryInsider === true) who.push('系电信、金融或者网络支付行业从业人员')
  const period = actPeriodText(d)
  const intro = who.length > 0 ? `${d.name}，${who.join('，')}。` : ''
  out.push(sentence(`${intro}${period ? period + '，' : ''}${d.name}${conductText(d)}`))

  const a = d.amounts
  const money: string[] = []
  if (a.oneWayInflow != null) money.push(`涉案账户单向流入资金${yuan(a.oneWayInflow)}`)
  if (a.verifiedFraudFunds != null) money.push(`其中经查证系涉诈资金${yuan(a.verifiedFraudFunds)}`)
  if (a.explainedLegitimateFunds != null) money.push(`能够说明合法来源的资金${yuan(a.explainedLegitimateFunds)}`)
  if (a.paymentSettlement != null) money.push(`支付结算金额${yuan(a.paymentSettlement)}`)
  if (a.advertisingFunds != null) money.push(`以投放广告等方式提供资金${yuan(a.advertisingFunds)}`)
  if (a.concealedProceeds != null) money.push(`转移、取现的犯罪所得${yuan(a.concealedProceeds)}`)
  if (a.attributableFraudLoss != null) money.push(`可归责的被害人损失${yuan(a.attributableFraudLoss)}`)
  if (a.illegalGain != null) money.push(`${d.name}违法所得${yuan(a.illegalGain)}`)
  if (money.length > 0) out.push(sentence(`经查，${money.join('，')}`))

  const h = d.helped
  const helped: string[] = []
  if (h.objectCount != null) helped.push(`被帮助对象${h.objectCount}个`)
  if (h.crimeType) helped.push(`被帮助者实施的是${CRIME_TYPE_LABELS[h.crimeType] ?? h.crimeType}`)
  if (h.crimeEstablished === 'yes') helped.push('被帮助者的犯罪已经查证属实')
  if (h.crimeEstablished === 'no') helped.push('被帮助者的行为未达到犯罪程度')
  if (h.crimeEstablished === 'unprovable') helped.push('因客观条件限制，被帮助者的行为是否构成犯罪无法查证')
  if (h.consequence === 'serious') helped.push('造成严重后果')
  if (h.consequence === 'especiallySerious') helped.push('造成特别严重后果')
  if (helped.length > 0) out.push(sentence(helped.join('，')))

  const k = d.knowledge
  const know: string[] = []
  if (k.admitted === true) know.push(`${d.name}供述其知道他人利用信息网络实施犯罪`)
  if (k.admitted === false) know.push(`${d.name}否认知道他人利用信息网络实施犯罪`)
  if (k.indicators && k.indicators.length > 0) know.push(`在案证据反映${k.indicators.map((i) => INDICATOR_LABELS[i] ?? i).join('；')}的情形`)
  if (k.counterEvidence) know.push(`${d.name}辩解或者相反证据为：${clause(k.counterEvidence)}`)
  if (k.knewProceeds === true) know.push(`${d.name}明知转移的资金系犯罪所得`)
  if (know.length > 0 && opts.statements !== false) out.push(sentence(know.join('；')))

  const m = d.mitigation
  const after: string[] = []
  if (m.surrendered === true) after.push('自动投案')
  if (m.truthfulConfession === true) after.push('如实供述自己的罪行')
  if (m.pleaAgreement === true) after.push('自愿认罪认罚')
  if (m.restitution != null && m.restitution > 0) after.push(`退赃退赔${yuan(m.restitution)}`)
  if (m.meritoriousService === 'ordinary') after.push('有立功表现')
  if (m.meritoriousService === 'major') after.push('有重大立功表现')
  if (m.role) after.push(`在共同犯罪中系${ROLE_LABELS[m.role] ?? m.role}`)
  if (m.victimForgiveness === true) after.push('取得被害人谅解')
  if (m.firstOffence === true) after.push('系初犯、偶犯')
  if (d.history.adminPenaltyWithin2Years === true) after.push('二年内曾因相关行为受过行政处罚')
  if (d.history.priorCriminalRecord === true) after.push('有前科')
  if (d.history.recidivist === true) after.push('系累犯')
  if (after.length > 0) out.push(sentence(`${d.name}${after.join('，')}`))
  return out
}

export function measureCells(m: ThresholdMeasure): TableCellModel[] {
  const counter = /卡|证书/.test(m.quantity) ? '张' : '个'
  const value = m.value === null ? '不详' : quantity(m.value, m.unit, counter)
  const gap = m.gap === null ? '—' : m.gap === 0 ? '恰好达到' : m.gap < 0 ? `超出${quantity(-m.gap, m.unit, counter)}` : `差${quantity(m.gap, m.unit, counter)}`
  const reached = m.reached === null ? '不能认定' : m.reached ? '达到' : '未达到'
  return [
    { runs: runs(m.quantity) },
    { runs: runs(value), align: 'right' },
    { runs: runs(quantity(m.threshold, m.unit, counter)), align: 'right' },
    { runs: runs(gap), align: 'center' },
    { runs: runs(reached), align: 'center' }
  ]
}

/** The same ground measured the same way under two regimes is one row. */
export function distinctMeasures(ms: readonly ThresholdMeasure[]): ThresholdMeasure[] {
  const seen = new Set<string>()
  return ms.filter((m) => {
    const key = `${m.groundId}|${m.quantity}|${m.value}|${m.threshold}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** 情节严重 threshold table: one row per numeric ground, with its distance. */
export function thresholdTable(w: MemoWriter, da: DefendantAnalysis, caption: string): void {
  const measures = distinctMeasures(da.thresholds)
  if (measures.length === 0) return
  const rows = measures.map((m) => {
    const ground = da.seriousCircumstances.regimes.flatMap((r) => r.grounds).find((g) => g.id === m.groundId)
    return [{ runs: runs(ground?.label ?? m.groundId, w.cellCite(m.citations)) }, ...measureCells(m)]
  })
  w.table(['依据', '计量', '在案数值', '标准', '差距', '结论'], [7, 5, 4.5, 4, 4, 3.5], rows, caption)
}

/** The closing section on pivot facts and warnings; the voice of the memo names the headings. */
export function pivotsAndWarnings(
  w: MemoWriter, da: DefendantAnalysis, headings: { section: string; pivots: string; warnings: string }
): void {
  if (da.pivots.length === 0 && da.warnings.length === 0) return
  w.heading(1, headings.section)
  if (da.pivots.length > 0) {
    w.heading(2, headings.pivots)
    for (const p of da.pivots) w.point(3, '', sentence(p.text), w.cite(p.citations))
  }
  if (da.warnings.length > 0) {
    w.heading(2, headings.warnings)
    for (const x of da.warnings) w.point(3, '', sentence(x))
  }
}

export function elementRows(w: MemoWriter, elements: ElementResult[], withEvidence?: (e: ElementResult) => string): TableCellModel[][] {
  return elements.map((e) => {
    const cells: TableCellModel[] = [
      { runs: runs(e.label) },
      { runs: runs(STATUS_LABELS[e.status]), align: 'center' },
      { runs: runs(cleanWhy(e.why), w.cellCite(e.citations)) }
    ]
    if (withEvidence) cells.push({ runs: runs(withEvidence(e)) })
    return cells
  })
}

export function candidateRows(w: MemoWriter, cands: CandidateResult[]): TableCellModel[][] {
  return cands.map((c) => [
    { runs: runs(c.label) },
    { runs: runs(c.established === true ? '成立' : c.established === false ? '不成立' : '尚不能认定'), align: 'center' },
    { runs: runs(c.statutoryRange ? `${c.tier ? c.tier + '：' : ''}${c.statutoryRange.label}` : '—') },
    { runs: runs(cleanWhy(c.why), w.cellCite(c.citations)) }
  ])
}

/** `有期徒刑八个月至一年`, `拘役三个月至六个月`, `拘役五个月至有期徒刑一年` (有期徒刑 starts at six months, 刑法第四十五条). */
export function rangeText(s: SentencingResult): string {
  const { min, max } = s.rangeMonths
  if (s.penaltyKind === 'exemption') return '免予刑事处罚'
  if (s.penaltyKind === 'fineOnly') return '单处罚金'
  const term = (m: number): string => (m < 6 ? `拘役${months(m)}` : `有期徒刑${months(m)}`)
  if (s.penaltyKind === 'criminalDetention') return min === max ? `拘役${months(min)}` : `拘役${months(min)}至${months(max)}`
  if (min === max) return term(min)
  const lo = term(min)
  const hi = term(max)
  return lo.startsWith('有期徒刑') ? `${lo}至${months(max)}` : `${lo}至${hi}`
}

/** The first sentence of the sentencing basis note (the whole note goes to the appendix). */
export function briefBasis(note: string): string {
  const first = /^[^。]*。/.exec(note.trim())?.[0] ?? note
  return first.length <= 120 ? clause(first) : clause(first.slice(0, 118)) + '……'
}

export function fineText(s: SentencingResult): string {
  const { minYuan, maxYuan } = s.fine
  if (minYuan === maxYuan && minYuan > 0) return `罚金${yuan(minYuan)}`
  if (minYuan <= 0) return maxYuan > 0 ? `罚金（如判处刑罚）不超过${yuan(maxYuan)}` : '罚金'
  return `罚金${yuan(minYuan)}至${yuan(maxYuan)}`
}

/** The clauses the overall conclusion rests on: the prevailing charge's, or else those of the elements not met. */
export function conclusionCitations(da: DefendantAnalysis): string[] {
  const c = da.candidates.find((x) => x.charge === da.prevailingCharge)
  if (c) return c.citations
  return joinCitations(...da.elements.filter((e) => e.status !== 'met').map((e) => e.citations))
}

/** The conclusion followed by the reasons of the disposition that it does not already say. */
export function conclusionWithReasons(conclusion: string, why: string): string {
  const seen = clause(conclusion)
  const rest = why
    .split(/[；。]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !seen.includes(p.replace(/^构成/, '')))
  return sentence(`${seen}${rest.length > 0 ? `。${rest.join('；')}` : ''}`)
}

/** The conclusion sentence of the analysis for one defendant (neutral wording). */
export function conclusionText(da: DefendantAnalysis): string {
  const name = da.name
  switch (da.disposition) {
    case 'noCrime':
      return `依现有事实，${name}的行为不构成犯罪`
    case 'undetermined':
      return da.prevailingCharge === 'none'
        ? `依现有事实，${name}的行为是否构成犯罪尚不能认定`
        : `依现有事实，${name}可能构成${chargeLabel(da)}，但部分要件尚不能认定`
    case 'nonProsecutionPossible':
      return `${name}的行为构成${chargeLabel(da)}，但犯罪情节轻微，可以不起诉或者免予刑事处罚`
    case 'conditionalNonProsecutionPossible':
      return `${name}的行为构成${chargeLabel(da)}，行为时未满十八周岁，可以附条件不起诉`
    case 'prosecute':
      return `${name}的行为构成${chargeLabel(da)}`
  }
}

/** 附录 part 1: every source the memo cites — 简称, full title, 文号 / 施行日期, verification. */
export function sourcesAppendix(w: MemoWriter, sources: readonly LawSource[]): Block[] {
  const start = w.blocks.length
  if (sources.length > 0) {
    w.table(
      ['简称', '全称', '文号及施行日期', '核实情况'],
      [5, 13, 6, 4],
      sources.map((s) => [
        { runs: runs(s.shortTitle) },
        { runs: runs(s.title) },
        { runs: runs(sourceFacts(s) || '—') },
        { runs: runs(SOURCE_VERIFICATION[s.verification]), align: 'center' }
      ]),
      '表 引用的法律文件',
      true
    )
  }
  return w.blocks.splice(start)
}

const SOURCE_VERIFICATION: Record<LawSource['verification'], string> = { VERIFIED: '已核实', PARTLY: '部分核实', UNVERIFIED: '未经核实' }

/** 附录: every trace step with its citations (footnoted), for re-checking the memo. */
export function traceAppendix(w: MemoWriter, da: DefendantAnalysis): Block[] {
  const start = w.blocks.length
  w.styled('flush', '本附录逐项列出分析所依据的规则及条文，供复核。')
  if (da.trace.length === 0) {
    w.styled('flush', '（分析未记录推理步骤。）')
  } else {
    w.table(
      ['序号', '推理', '依据'],
      [2, 17, 9],
      da.trace.map((t, i) => [
        { runs: runs(String(i + 1)), align: 'center' },
        { runs: runs(cleanWhy(t.text)) },
        { runs: runs(briefCites(w.notes.usable(t.citations), w.notes.marks) || '—') }
      ]),
      undefined,
      true
    )
    if (da.trace.some((t) => briefCites(t.citations).includes('※'))) w.styled('note', '注：依据栏中标“※”的条文尚待与官方文本核对。')
  }
  if (da.sentencing?.basisNote) {
    w.styled('flush', `量刑估算方法：${sentence(da.sentencing.basisNote)}`)
  }
  if (da.warnings.length > 0) {
    w.styled('flush', `提示：${da.warnings.map((x) => clause(x)).join('；')}。`)
  }
  return w.blocks.splice(start)
}

export function joinCitations(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))]
}

export { joinZh }

/** A 情节严重 ground as practitioners name it (the spec's table), never the clause's quoted text. */
export function groundLabel(id: string): string {
  return (SERIOUS_GROUND_LABELS as Record<string, string>)[id] ?? id
}

/**
 * One element of 帮信罪 as a practitioner writes the analysis: from the facts and the engine's verdict,
 * without the engine's own wording (its annotations, "“以上”包括本数", distances).
 */
export function elementProse(d: Defendant, da: DefendantAnalysis, e: ElementResult): string {
  const name = d.name
  const verdict = e.status === 'met' ? '' : e.status === 'notMet' ? '不能认定。' : '依现有证据尚不能认定。'
  switch (e.id) {
    case 'subject': {
      if (d.kind === 'unit') return `${name}系单位，依法可以成为本罪主体。`
      const age = ageAtAct(d)
      return age !== null ? `${name}行为时${age}周岁，${age >= 16 ? '已满十六周岁，应当负刑事责任' : '未满十六周岁，依法不负刑事责任'}。` : `${name}行为时的年龄以户籍证明为准。`
    }
    case 'knowledge': {
      const k = d.knowledge
      const bits: string[] = []
      if (k.admitted === true) bits.push(`${name}供述其知道他人可能利用其提供的账户实施违法犯罪`)
      if (k.indicators && k.indicators.length > 0) bits.push(`在案证据反映${k.indicators.map((i) => INDICATOR_LABELS[i] ?? i).join('、')}的情形，可以推定其明知`)
      if (k.admitted === false) bits.push(`${name}否认明知`)
      const denied = k.admitted === false
      const head = bits.length > 0 ? `${bits.join('；')}${denied && e.status === 'met' ? '，但' : '。'}` : ''
      return `${head}${e.status === 'met' ? (denied || bits.length === 0 ? '结合在案证据，可以认定其主观明知。' : '可以认定其主观明知。') : verdict}`
    }
    case 'helpedCrime': {
      const h = d.helped
      const type = h.crimeType ? CRIME_TYPE_LABELS[h.crimeType] ?? '' : ''
      if (h.crimeEstablished === 'yes') return `被帮助者实施的${type}犯罪已经查证属实；被帮助者尚未到案或者尚未依法裁判的，不影响认定。`
      if (h.crimeEstablished === 'unprovable') return '因客观条件限制，被帮助者的行为是否构成犯罪无法查证，只能依《解释》第十二条第二款认定情节严重。'
      return verdict || '被帮助者的行为已构成犯罪。'
    }
    case 'helpConduct':
      return e.status === 'met' ? `${name}${conductText(d)}，属于为他人利用信息网络实施犯罪提供帮助。` : `${name}${conductText(d)}。${verdict}`
    case 'seriousCircumstances': {
      const sc = da.seriousCircumstances
      if (sc.met === true) {
        const reached = distinctMeasures(da.thresholds).filter((m) => m.reached === true && sc.basis.includes(m.groundId as never))
        const facts = reached.map((m) => `${m.quantity.replace(/（[^（）]*）/g, '')}${m.unit === 'yuan' ? yuan(m.value ?? 0) : `${m.value ?? 0}${/对象/.test(m.quantity) ? '个' : '张（个）'}`}`)
        return `${facts.length > 0 ? `${name}${facts.join('，')}，` : ''}符合“${[...new Set(sc.basis.map(groundLabel))].join('”“')}”的规定，属于情节严重。`
      }
      return sc.met === false ? '在案数额、数量均未达到情节严重的标准，不能认定情节严重。' : '认定情节严重所需的数额、数量尚未查明。'
    }
    default:
      return verdict || sentence(e.why)
  }
}

/** Engine wording without the tool's bracketed annotations (assumptions, "本应用…" reference lines). */
export function cleanWhy(why: string): string {
  let out = why.replace(/（“以上”包括本数）/g, '').replace(/标准差/g, '标准还差')
  for (let i = 0; i < 3; i++) out = out.replace(/（[^（）]*(须核实|认定在案|本应用|参考线)[^（）]*）/g, '')
  return out.replace(/ +/g, (m, i: number, str: string) => (/[\u4e00-\u9fff（）]/.test(str[i - 1] ?? '') || /[\u4e00-\u9fff（）]/.test(str[i + m.length] ?? '') ? '' : m)).trim()
}
