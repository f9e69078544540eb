// 辩护意见书: the defence's written opinion. Only arguments the analysis supports are written:
// an element is argued as unproven only when the analysis says so, 情节严重 is contested only when
// it is not met (or cannot be decided), 不起诉 / 免予刑事处罚 only when the analysis leaves it open.
import type { CandidateResult, DefendantAnalysis, SeriousGroundResult } from '../analysis/types'
import type { Defendant, MatterDocument } from '../matter/schema'
import { briefBasis, chargeLabel, distinctMeasures, conductText, joinCitations, partyRole, rangeText } from './common'
import type { KindContext, KindOutput } from './context'
import { clause as bareClause, dateZh, joinZh, sentence, yuan } from './format'
import { clause, hasClause, valueOf } from '../law/index'

/** Conventional order of the candidate offences, heaviest first, to break ties between equal ranges. */
const RANK: Record<string, number> = { 'art266-accomplice': 5, art312: 4, 'art177-1': 3, 'art287-2': 2, 'art287-1': 1, none: 0 }

/**
 * The maximum of a charge's basic tier (months), read from the law library. 诈骗罪 ranks above any
 * term (its tier follows the attributable loss and reaches life imprisonment).
 */
function basicMax(charge: string): number {
  const read = (id: string, key: string): number | null => (hasClause(id) && clause(id).values?.[key] !== undefined ? valueOf(id, key) : null)
  switch (charge) {
    case 'art266-accomplice': return Number.MAX_SAFE_INTEGER
    case 'art312': return read('crimlaw-a312-p1', 'maxMonths') ?? 0
    case 'art177-1': return read('crimlaw-a177-1-p1', 'maxMonths') ?? 0
    case 'art287-2': return read('crimlaw-a287-2-p1', 'maxMonths') ?? 0
    case 'art287-1': return read('crimlaw-a287-1', 'maxMonths') ?? 0
    default: return 0
  }
}

/** True when candidate `c` is heavier than the prevailing one: its range on these facts (or its basic tier), then the conventional order. */
function heavierThan(c: CandidateResult, prevailing: CandidateResult | undefined, prevailingCharge: string): boolean {
  const a = c.statutoryRange?.maxMonths ?? basicMax(c.charge)
  const b = prevailing?.statutoryRange?.maxMonths ?? basicMax(prevailingCharge)
  return a !== b ? a > b : (RANK[c.charge] ?? 0) > (RANK[prevailingCharge] ?? 0)
}

/** A fill-in addressee (××人民法院) when the matter names no authority. */
function organPlaceholder(doc: MatterDocument): string {
  switch (doc.matter.stage) {
    case 'investigation': return '××公安局'
    case 'prosecution': return '××人民检察院'
    default: return '××人民法院'
  }
}

const isTrial = (doc: MatterDocument): boolean => doc.matter.stage === 'trial' || doc.matter.stage === 'appeal'

/** cards only received money: no 代为转账/取现, no 刷脸, no 支付结算 service (断卡纪要) */
export function cardsMerelyReceivedFunds(d: Defendant): boolean {
  const c = d.conduct
  return (c.cards?.length ?? 0) > 0 && c.paymentSettlement !== true && c.transferredForOthers !== true && c.faceVerificationForOthers !== true
}

export function allGrounds(da: DefendantAnalysis): SeriousGroundResult[] {
  return da.seriousCircumstances.regimes.flatMap((r) => r.grounds)
}

function outcomeWords(doc: MatterDocument, kind: 'noCrime' | 'doubt' | 'minor'): string {
  const stage = doc.matter.stage
  if (kind === 'minor') return isTrial(doc) ? '免予刑事处罚' : '作出不起诉决定'
  if (stage === 'investigation') return '撤销案件'
  if (stage === 'prosecution') return kind === 'doubt' ? '以证据不足为由作出不起诉决定' : '作出不起诉决定'
  return kind === 'doubt' ? '作出证据不足、指控的犯罪不能成立的无罪判决' : '宣告无罪'
}

export function buildDefense(ctx: KindContext): KindOutput {
  const { doc, da, w, boilerplate } = ctx
  const name = da.name
  const role = partyRole(doc, ctx.defendant)
  const label = chargeLabel(da)
  const organ = doc.matter.stage === 'investigation' ? '办案机关' : doc.matter.stage === 'prosecution' ? '贵院' : '合议庭'
  const s = da.sentencing
  const minorOpen = da.disposition === 'nonProsecutionPossible' || s?.nonProsecutionPossible === true

  // ---- the core opinion, in the defence's voice
  let conclusion: string
  if (da.prevailingCharge === 'none' && da.disposition === 'noCrime') {
    conclusion = `${name}的行为不构成犯罪，依法应当${outcomeWords(doc, 'noCrime')}`
  } else if (da.prevailingCharge === 'none') {
    conclusion = `现有证据不足以证明${name}的行为构成犯罪，依法应当${outcomeWords(doc, 'doubt')}`
  } else if (minorOpen) {
    conclusion = `${name}即便构成${label}，亦属犯罪情节轻微，依法可以${outcomeWords(doc, 'minor')}`
  } else {
    const prevailing = da.candidates.find((c) => c.charge === da.prevailingCharge)
    const heavierRejected = da.candidates.some((c) => c.charge !== da.prevailingCharge && c.established !== true && heavierThan(c, prevailing, da.prevailingCharge))
    const mitigated = hasMitigation(ctx.defendant, da)
    const tail = mitigated ? '，应当依法从轻处罚' : '，量刑应当以估算幅度的下限为宜'
    conclusion = heavierRejected ? `${name}的行为依法至多构成${label}${tail}` : mitigated ? `${name}具有从宽处罚情节，依法应当从轻处罚` : `对${name}量刑应当以估算幅度的下限为宜`
    if (s?.probationLikely) conclusion += '，并适用缓刑'
  }

  const counsel = doc.matter.counsel ? `（${doc.matter.counsel}）` : ''
  w.para(`辩护人${counsel}受${ctx.defendant.kind === 'unit' ? name : `${name}或其近亲属`}委托，担任${role}${name}在${doc.matter.title}${doc.matter.caseNumber ? `（${doc.matter.caseNumber}）` : ''}中的辩护人。辩护人查阅了本案卷宗材料，结合在案证据与相关法律规定，现提出如下辩护意见，供${organ}参考。`)
  w.para(`辩护人的核心意见是：${sentence(conclusion)}具体理由如下：`)

  writeQualification(ctx)
  writeSerious(ctx)
  writeMitigation(ctx)
  writeProposal(ctx, minorOpen)

  w.para(boilerplate.closing.trim() || '以上意见，恳请采纳。')
  w.push({ type: 'closing', salutation: '此致', addressee: doc.matter.authority?.trim() || organPlaceholder(doc) })
  const sig = [`${boilerplate.signature.trim() || '辩护人：'}${doc.matter.counsel ?? ''}`]
  w.push({ type: 'signature', lines: sig, date: dateZh(ctx.analysis.asOf) })

  return { title: '辩护意见书', subtitle: null, addressee: null, conclusion }
}

function writeQualification(ctx: KindContext): void {
  const { defendant: d, da, w } = ctx
  const name = da.name
  w.heading(1, '关于本案的定性')
  if (da.prevailingCharge === 'none') {
    const helpInfo = da.candidates.find((c) => c.charge === 'art287-2')
    w.cited(
      `帮助信息网络犯罪活动罪的成立，须同时具备明知他人利用信息网络实施犯罪、为其犯罪提供帮助、情节严重等要件，缺一不可。${name}${conductText(d)}，但依在案证据，下列要件不能成立或者不能证明：`,
      helpInfo?.citations
    )
    const failing = da.elements.filter((e) => e.status !== 'met' && e.id !== 'seriousCircumstances')
    for (const e of failing) {
      const title = e.status === 'notMet' ? `${e.label}要件不能成立` : `现有证据不足以证明${e.label}`
      w.heading(2, title)
      w.cited(sentence(e.why), e.citations)
      if (e.id === 'knowledge' && d.knowledge.counterEvidence) {
        w.para(sentence(`${name}对此作出了合理解释：${bareClause(d.knowledge.counterEvidence)}`) + '在相反证据未被排除的情况下，不能推定其“明知”。')
      }
    }
    const serious = da.elements.find((e) => e.id === 'seriousCircumstances')
    if (serious && serious.status !== 'met') {
      w.heading(2, serious.status === 'notMet' ? '本案不符合“情节严重”的入罪要求' : '现有证据不足以认定“情节严重”')
      w.cited(sentence(serious.why) + '具体理由详见下文第二部分。', serious.citations)
    }
    const others = da.candidates.filter((c) => c.charge !== 'art287-2' && c.established !== true)
    if (others.length > 0) {
      w.heading(2, `${name}的行为亦不能认定构成其他犯罪`)
      for (const c of others) w.point(3, `${c.established === false ? '不构成' : '不能认定构成'}${c.label}。`, sentence(c.why) + factsAgainst(d, c), w.cite(c.citations))
    }
    return
  }

  const prevailing = da.candidates.find((c) => c.charge === da.prevailingCharge)
  const heavier = da.candidates.filter(
    (c) => c.charge !== da.prevailingCharge && c.established !== true && heavierThan(c, prevailing, da.prevailingCharge)
  )
  for (const c of heavier) {
    w.heading(2, c.established === false ? `${name}的行为不构成${c.label}` : `现有证据不足以认定${name}构成${c.label}`)
    w.cited(sentence(c.why) + factsAgainst(d, c), c.citations)
  }
  const elements = da.prevailingCharge === 'art287-2' ? da.elements : prevailing?.elements ?? []
  const doubtful = elements.filter((e) => e.status === 'undetermined')
  for (const e of doubtful) {
    w.heading(2, `${e.label}的证据尚不充分`)
    w.cited(sentence(e.why), e.citations)
  }
  if (heavier.length > 0) {
    w.heading(2, `${name}的行为依法至多构成${chargeLabel(da)}`)
    w.cited(sentence(da.competition.text || (prevailing?.why ?? '')), joinCitations(da.competition.citations, prevailing?.citations))
  } else if (doubtful.length === 0) {
    w.cited(
      `辩护人对${name}的行为构成${chargeLabel(da)}的定性不持异议，${hasMitigation(d, da) ? `但${name}具有下述从宽处罚情节，依法应当在量刑时予以充分考虑` : '以下仅就量刑提出意见'}。`,
      prevailing?.citations
    )
  }
}

/** The facts of the file that support rejecting a heavier charge (only facts the file states). */
export function factsAgainst(d: Defendant, c: CandidateResult): string {
  const name = d.name
  const k = d.conduct
  if (c.charge === 'art312' && k.transferredForOthers !== true && k.faceVerificationForOthers !== true) {
    return `${name}未实施代为转账、套现、取现等行为，也未提供刷脸等验证帮助，其行为止于提供帮助，不属于掩饰、隐瞒犯罪所得的行为。`
  }
  if (c.charge === 'art266-accomplice' && k.priorConspiracy !== true && k.stableCooperation !== true) {
    return `在案证据不能证明${name}与实施诈骗者事先通谋，或者与其形成较为稳定的配合关系，${name}对他人犯罪仅有概括性认识，不能以诈骗罪的共犯论处。`
  }
  return ''
}

function writeSerious(ctx: KindContext): void {
  const { defendant: d, da, w } = ctx
  const name = da.name
  const sc = da.seriousCircumstances
  if (da.prevailingCharge !== 'art287-2' && da.prevailingCharge !== 'none') return
  const seriousEl = da.elements.find((e) => e.id === 'seriousCircumstances')
  const grounds = allGrounds(da)

  if (sc.met === false) {
    w.heading(1, '本案不符合“情节严重”的要求')
    w.cited(`根据《中华人民共和国刑法》第二百八十七条之二第一款的规定，帮助信息网络犯罪活动，须达到“情节严重”的程度才构成犯罪。经逐项对照，${name}的行为未达到任何一项情节严重的标准：`, seriousEl?.citations)
    const notReached = distinctMeasures(da.thresholds).filter((m) => m.reached === false)
    for (const m of notReached) {
      const g = grounds.find((x) => x.id === m.groundId)
      w.point(3, `${g?.label ?? m.quantity}。`, sentence(m.text), w.cite(m.citations))
    }
    const otherNotMet = grounds.filter((g) => g.status === 'notMet' && g.measures.length === 0)
    for (const g of dedupeGrounds(otherNotMet)) w.point(3, `${g.label}。`, sentence(g.why), w.cite(g.citations))
    if (sc.regimeWhy) w.cited(sentence(sc.regimeWhy), regimeCitations(da))
    // 反电信网络诈骗法 第三十八条 / 第四十四条: conduct below the criminal threshold may still be punished administratively
    const adminBasis = ['antifraud-38', 'antifraud-44'].filter((id) => hasClause(id))
    w.cited(
      `综上，${name}的行为未达到情节严重的入罪标准，依法不构成帮助信息网络犯罪活动罪，不应追究刑事责任${adminBasis.length > 0 ? '；其行为如违反《中华人民共和国反电信网络诈骗法》的规定，可由公安机关依法予以行政处罚' : ''}。`,
      adminBasis
    )
    return
  }
  if (sc.met === null) {
    w.heading(1, '现有证据不足以认定“情节严重”')
    const open = grounds.filter((g) => g.status === 'undetermined')
    w.cited(`“情节严重”是帮助信息网络犯罪活动罪的成立要件，应当由在案证据予以证明。本案中，下列情节严重的依据均未能查实：`, seriousEl?.citations)
    for (const g of dedupeGrounds(open)) w.point(3, `${g.label}。`, sentence(g.why), w.cite(g.citations))
    const unknown = da.thresholds.filter((m) => m.value === null)
    if (unknown.length > 0) w.para(`尤其是${joinZh([...new Set(unknown.map((m) => m.quantity))])}均未查明，不能据此认定情节严重。`)
    return
  }

  // met: contest only what the facts support
  const basisGrounds = grounds.filter((g) => sc.basis.includes(g.id))
  const args: (() => void)[] = []
  const inflowBasis = sc.basis.some((b) => b === 'minutes2022-inflow' || b === 'opinion2025-6-1' || b === 'opinion2025-6-2')
  const deduct = d.amounts.explainedLegitimateFunds
  if (inflowBasis && deduct != null && deduct > 0) {
    const cites = joinCitations(...basisGrounds.filter((g) => g.id === 'minutes2022-inflow' || g.id.startsWith('opinion2025-6')).map((g) => g.citations))
    args.push(() => {
      w.heading(2, '认定流入资金数额时应当扣除能够说明合法来源的资金')
      w.cited(`${name}能够说明合法来源的资金为${yuan(deduct)}，依法应当从流入资金中扣除，不能计入认定情节严重的数额。`, cites)
    })
  }
  const settlementGround = grounds.find((g) => g.id === 'interp2019-12-1-2')
  const inflowGround = grounds.find((g) => g.id === 'minutes2022-inflow')
  if (cardsMerelyReceivedFunds(d) && settlementGround) {
    const used = sc.basis.includes('interp2019-12-1-2')
    args.push(() => {
      w.heading(2, '单纯提供银行卡、账户接收资金不属于“支付结算”')
      w.cited(
        `${name}仅提供银行卡、账户，卡内资金系被动流入，${name}未代为转账、套现、取现，也未提供刷脸等验证服务。依照“断卡”行动会议纪要的意见，此种情形不宜认定为“支付结算”，${used ? '本案以“支付结算金额”认定情节严重，依据不足' : '不能以卡内流水认定“支付结算金额”'}。`,
        joinCitations(settlementGround.citations, inflowGround?.citations)
      )
    })
  }
  // 从旧兼从轻: argued only when the regime in force at the act was set aside for a more lenient later one
  const regimeUsed = sc.regimes.find((r) => r.id === sc.regimeUsed)
  const atAct = sc.regimes.find((r) => r.inForceAtAct && r.id !== sc.regimeUsed && r.inPlay)
  if (regimeUsed && !regimeUsed.inForceAtAct && atAct && sc.regimeWhy) {
    args.push(() => {
      w.heading(2, '应当适用对' + name + '更为有利的规定')
      w.cited(sentence(sc.regimeWhy), regimeCitations(da))
    })
  }
  const thin = distinctMeasures(da.thresholds).filter((m) => basisGrounds.some((g) => g.id === m.groundId) && m.gap !== null && m.gap <= 0 && m.threshold > 0 && -m.gap <= m.threshold * 0.2)
  if (thin.length > 0) {
    args.push(() => {
      w.heading(2, '本案刚刚达到情节严重的标准，危害程度较低')
      for (const m of thin) w.cited(sentence(m.text), m.citations)
      w.para(`${name}的行为仅略超入罪标准，在帮助信息网络犯罪活动罪中属于情节较轻的情形，量刑时应当从轻把握。`)
    })
  }
  if (args.length === 0) return
  w.heading(1, '关于“情节严重”的认定')
  for (const a of args) a()
}

function dedupeGrounds(gs: SeriousGroundResult[]): SeriousGroundResult[] {
  const seen = new Set<string>()
  return gs.filter((g) => (seen.has(g.label) ? false : (seen.add(g.label), true)))
}

function regimeCitations(da: DefendantAnalysis): string[] {
  const step = da.trace.find((t) => t.rule.includes('regime'))
  return step?.citations ?? []
}

/** The legal reason of an adjustment without the estimate's arithmetic (segments giving percentages). */
export function legalReason(why: string): string {
  const parts = why.split('；').map((p) => p.trim()).filter((p) => p !== '' && !/%|％/.test(p))
  return parts.length > 0 ? parts.join('；') : why
}

/** True when the memo has mitigation to argue: a reducing sentencing adjustment or a first offence. */
export function hasMitigation(d: Defendant, da: DefendantAnalysis): boolean {
  return (da.sentencing?.adjustments.some((a) => a.percent < 0) ?? false) || d.mitigation.firstOffence === true
}

function writeMitigation(ctx: KindContext): void {
  const { defendant: d, da, w } = ctx
  const s = da.sentencing
  if (!s) return
  const lenient = s.adjustments.filter((a) => a.percent < 0)
  const firstOffence = d.mitigation.firstOffence === true
  if (lenient.length === 0 && !firstOffence) return
  w.heading(1, '关于量刑情节')
  w.para(`${da.name}具有以下从宽处罚情节，请${ctx.doc.matter.stage === 'prosecution' || ctx.doc.matter.stage === 'investigation' ? '贵院' : '合议庭'}依法予以考虑：`)
  for (const a of lenient) {
    w.heading(2, a.label)
    const reason = legalReason(a.why)
    w.cited(sentence(reason.startsWith(da.name) ? reason : `${da.name}${reason}`), a.citations)
  }
  if (firstOffence && !lenient.some((a) => a.label.includes('初犯'))) {
    w.heading(2, '初犯、偶犯')
    w.para(`${da.name}系初犯、偶犯，此前无违法犯罪记录，主观恶性和人身危险性较小，可以酌情从轻处罚。`)
  }
}

function writeProposal(ctx: KindContext, minorOpen: boolean): void {
  const { doc, da, w } = ctx
  const name = da.name
  const s = da.sentencing
  if (da.prevailingCharge === 'none') {
    w.heading(1, '处理意见')
    const kind = da.disposition === 'noCrime' ? 'noCrime' : 'doubt'
    const premise = kind === 'noCrime' ? `${name}的行为不构成犯罪` : `现有证据不足以证明${name}的行为构成犯罪`
    w.cited(`综上，${premise}，恳请依法${outcomeWords(doc, kind)}。`, da.elements.flatMap((e) => (e.status === 'met' ? [] : e.citations)))
    return
  }
  w.heading(1, '量刑建议')
  if (minorOpen) {
    const why = s?.dispositionWhy || da.dispositionWhy
    // before trial, 相对不起诉 rests on 刑事诉讼法第一百七十七条第二款
    const basis = joinCitations(isTrial(doc) ? [] : ['cpl-177-2'].filter((id) => hasClause(id)), s?.citations)
    w.cited(`${sentence(why)}${name}犯罪情节轻微，依法可以${outcomeWords(doc, 'minor')}，恳请${isTrial(doc) ? '合议庭对其免予刑事处罚' : '贵院对其作出不起诉决定'}。`, basis)
  }
  if (!s) {
    w.para(`本案量刑所需事实尚不完整，辩护人将在查明${name}的全部量刑情节后另行提出具体量刑意见。`)
    return
  }
  const lead = minorOpen ? '即便认为应当判处刑罚，' : ''
  const custodial = s.penaltyKind === 'fixedTerm' || s.penaltyKind === 'criminalDetention'
  const proposal = custodial
    ? `${lead}建议对${name}在${rangeText(s)}的幅度内${hasMitigation(ctx.defendant, da) ? '从轻' : '就低'}判处刑罚，并处罚金${yuan(s.fine.minYuan)}`
    : s.penaltyKind === 'fineOnly'
      ? `${lead}建议对${name}判处罚金${yuan(s.fine.minYuan)}`
      : `${lead}建议对${name}免予刑事处罚`
  w.cited(sentence(proposal), s.citations)
  if (s.probationLikely) {
    // 缓刑 rests on 刑法第七十二条 / 第七十四条; the rest of the estimate's basis is cited with the range
    const probationBasis = s.citations.filter((id) => /^crimlaw-a7[24]\b/.test(id))
    w.cited(`${sentence(s.probationWhy)}建议对${name}宣告缓刑。`, probationBasis.length > 0 ? probationBasis : s.citations)
  }
  if (s.ancillary.length > 0) w.para(sentence(`此外，${s.ancillary.map((x) => bareClause(x)).join('；')}`))
  w.styled('note', `说明：上述${custodial ? '刑期幅度' : '处理意见'}系根据在案情节估算，并非裁判结论。${sentence(briefBasis(s.basisNote))}估算方法详见附录。`)
}
