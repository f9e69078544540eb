// 辩护意见书 (法律意见书 during 侦查): the defence's written opinion, as a lawyer argues it.
// The line (无罪 / 罪轻) is chosen per matter; the core position comes first; the accusation is
// answered as written where the matter has it; one section per disputed issue (明知, the amounts by
// the route alleged, the charge where a heavier one is alleged or established, the role, each
// mitigation with its clause); requests fit the stage and the addressee, with a fallback.
// Every legal conclusion comes from the engine's verdicts (elements, grounds, candidates,
// adjustments, outcome); the matter supplies only the facts the memo recites.
import type { CandidateResult, DefendantAnalysis, SeriousGroundResult } from '../analysis/types'
import { ageAtAct } from '../matter/age'
import type { Defendant, MatterDocument } from '../matter/schema'
import { CHARGE_LABELS, INDICATOR_LABELS, actPeriodText, conclusionText } from './common'
import type { KindContext, KindOutput } from './context'
import { clause as bare, dateZh, joinZh, months, sentence, yuan } from './format'
import { CUSTODY_LABELS, custodyOf, outcomeOf, pointMonthsOf, similarCasesOf, type Outcome, type OutcomeWord } from './inputs'

const isTrial = (doc: MatterDocument): boolean => doc.matter.stage === 'trial' || doc.matter.stage === 'appeal'

/** A fill-in addressee when the matter names no authority. */
function organPlaceholder(doc: MatterDocument): string {
  switch (doc.matter.stage) {
    case 'investigation': return '××公安局'
    case 'prosecution': return '××人民检察院'
    default: return '××人民法院'
  }
}

/** How the memo speaks to its addressee. */
function organWord(doc: MatterDocument): string {
  switch (doc.matter.stage) {
    case 'investigation': return '贵局'
    case 'prosecution': return '贵院'
    default: return '合议庭'
  }
}

export function allGrounds(da: DefendantAnalysis): SeriousGroundResult[] {
  return da.seriousCircumstances.regimes.flatMap((r) => r.grounds)
}

/** The grounds of 情节严重 the decision rests on (the regime used). */
function basisGrounds(da: DefendantAnalysis): SeriousGroundResult[] {
  const sc = da.seriousCircumstances
  const used = sc.regimes.find((r) => r.id === sc.regimeUsed)
  const pool = used ? used.grounds : allGrounds(da)
  const seen = new Set<string>()
  return pool.filter((g) => sc.basis.includes(g.id) && !seen.has(g.id) && (seen.add(g.id), true))
}

/** The legal reason of an adjustment without the estimate's arithmetic (segments giving percentages). */
export function legalReason(why: string): string {
  const parts = why.split('；').map((p) => p.trim()).filter((p) => p !== '' && !/%|％|\d+(\.\d+)?\s*倍/.test(p))
  return parts.length > 0 ? parts.join('；') : why
}

/** True when the memo has mitigation to argue: a reducing sentencing adjustment or a first offence. */
export function hasMitigation(d: Defendant, da: DefendantAnalysis): boolean {
  return (da.sentencing?.adjustments.some((a) => a.percent < 0) ?? false) || d.mitigation.firstOffence === true
}

/** The outcomes the law leaves open at this stage: the engine's verdict where it gives one, else what the version 1 analysis says. */
function openOutcomes(doc: MatterDocument, da: DefendantAnalysis, o: Outcome | null): Set<OutcomeWord> {
  if (o) return new Set(o.open)
  const open = new Set<OutcomeWord>()
  const s = da.sentencing
  if (da.disposition === 'noCrime') open.add('noCrime')
  // a crime the analysis could not establish leaves 不起诉 to ask for at 审查起诉 (see requestPlan)
  if (da.disposition === 'undetermined') { open.add('undetermined'); if (doc.matter.stage === 'prosecution') open.add('nonProsecution') }
  if (da.disposition === 'nonProsecutionPossible' || s?.nonProsecutionPossible) open.add(isTrial(doc) ? 'exemption' : 'nonProsecution')
  if (s?.penaltyKind === 'exemption' && isTrial(doc)) open.add('exemption')
  if (s?.penaltyKind === 'fineOnly') open.add('fineOnly')
  if (s?.probationLikely) open.add('probation')
  return open
}

/** 缓刑 is legally possible: a term of 拘役 or at most three years is in reach, and no 累犯 (刑法第七十四条). */
function probationPossible(d: Defendant, da: DefendantAnalysis): boolean {
  const s = da.sentencing
  if (!s || d.history.recidivist === true) return false
  return s.rangeMonths.min <= 36
}

/** `有期徒刑八个月` / `拘役五个月` (有期徒刑 starts at six months). */
function termText(m: number): string {
  const r = Math.max(1, Math.round(m))
  return r < 6 ? `拘役${months(r)}` : `有期徒刑${months(r)}`
}

/** The heavier charge the memo must answer: the one alleged, else one the engine finds established above 帮信. */
function heavierCharge(ctx: KindContext): CandidateResult | { charge: 'art312' | 'art266-accomplice'; label: string; established: null; elements: []; why: ''; citations: [] } | null {
  const { da, accusation } = ctx
  const heavy = (c: string): c is 'art312' | 'art266-accomplice' => c === 'art312' || c === 'art266-accomplice'
  if (accusation?.charge && heavy(accusation.charge)) {
    const found = da.candidates.find((c) => c.charge === accusation.charge)
    return found ?? { charge: accusation.charge, label: CHARGE_LABELS[accusation.charge], established: null, elements: [], why: '', citations: [] }
  }
  if (heavy(da.prevailingCharge)) return da.candidates.find((c) => c.charge === da.prevailingCharge) ?? null
  return null
}

export function buildDefense(ctx: KindContext): KindOutput {
  const { doc, defendant: d, da, w, boilerplate, profile } = ctx
  const name = da.name
  const stage = doc.matter.stage
  const alleged = CHARGE_LABELS[ctx.matterCharge]
  const outcome = outcomeOf(da)
  const open = openOutcomes(doc, da, outcome)
  const heavier = heavierCharge(ctx)
  const title = stage === 'investigation' ? '法律意见书' : '辩护意见书'

  // ---- opening: the client and the matter, once
  const kin = d.kind === 'unit' ? '' : '或其近亲属'
  const firm = profile.firm ?? doc.matter.counsel?.split(/\s+/)[0] ?? null
  const lawyer = profile.lawyer ?? (doc.matter.counsel?.split(/\s+/).slice(1).join('') || null)
  if (!firm) ctx.check.push('律师事务所名称未填写（设置 → 个人信息），开头与署名处留有“××律师事务所”。')
  if (!lawyer) ctx.check.push('承办律师姓名未填写（设置 → 个人信息），开头与署名处留有空白。')
  const caseNo = doc.matter.caseNumber ? `（${doc.matter.caseNumber}）` : ''
  const matterWords = isTrial(doc) ? `被指控${alleged}一案${caseNo}` : `涉嫌${alleged}一案${caseNo}`
  w.para(`${firm ?? '××律师事务所'}接受${name}${kin}的委托，指派${lawyer ? `${lawyer}律师` : '××律师'}担任其${matterWords}的辩护人。`)
  const accLine = accusationLine(ctx)
  w.para(`${accLine}辩护人查阅了本案案卷材料，会见了当事人，现根据事实和法律提出如下辩护意见，请${organWord(doc)}${isTrial(doc) ? '' : '依法'}采纳。`)

  // ---- core position
  const requests = requestPlan(ctx, open, heavier)
  const core = corePosition(ctx, heavier, requests)
  w.para('辩护人的核心意见是：', sentence(core))

  // ---- the disputed issues
  if (ctx.line === 'innocence') writeKnowledge(ctx)
  if (heavier) writeCharge(ctx, heavier)
  writeAmounts(ctx)
  writeRole(ctx, heavier)
  coDefendantChecks(ctx)
  writeMitigation(ctx)
  writeSimilarCases(ctx, requests)
  writeRequests(ctx, requests)

  w.para(boilerplate.closing.trim() || '以上意见，恳请采纳。')
  const addressee = doc.matter.authority?.trim() || organPlaceholder(doc)
  if (!doc.matter.authority?.trim()) ctx.check.push(`致送机关未填写，文末留有“${addressee}”。`)
  w.push({ type: 'closing', salutation: '此致', addressee })
  const sigHead = boilerplate.signature.trim() || '辩护人：'
  const sig = [`${sigHead}${firm ?? '××律师事务所'} ${lawyer ?? '××'}律师`]
  if (profile.licenseNo) sig.push(`执业证号：${profile.licenseNo}`)
  w.push({ type: 'signature', lines: sig, date: dateZh(ctx.analysis.asOf) })

  if (d.student === true && ctx.w.notes.usable(['opinion2025-11']).length > 0) {
    ctx.check.push('《帮信意见（2025）》第11条关于在校学生的第二款原文尚未核实，引用时请核对。')
  }
  return { title, subtitle: null, addressee: null, conclusion: core }
}

/** `起诉意见书（沪静公刑诉〔2023〕123号）认定：……` — the accusation as written. */
function accusationLine(ctx: KindContext): string {
  const a = ctx.accusation
  if (!a) {
    ctx.check.push('案件未录入起诉意见书 / 起诉书（文号、指控罪名、指控事实），辩护意见未能逐项回应指控；录入后请重新生成。')
    return ''
  }
  const docName = a.document ?? (isTrial(ctx.doc) ? '起诉书' : '起诉意见书')
  const charge = a.charge ? `以${CHARGE_LABELS[a.charge]}` : ''
  const head = `${docName}${a.number ? `（${a.number}）` : ''}${charge}${a.charge ? '追究当事人刑事责任' : '指控当事人犯罪'}`
  const proposal = a.sentenceProposal ? `，并提出“${bare(a.sentenceProposal)}”的量刑建议` : ''
  return `${head}${proposal}。`
}

interface RequestPlan {
  /** the main request, e.g. `对其作出不起诉决定` */
  main: string
  /** the fallback, e.g. `对其判处缓刑`; null when none */
  fallback: string | null
  /** clause ids for the requests */
  cites: string[]
}

function requestPlan(ctx: KindContext, open: Set<OutcomeWord>, heavier: ReturnType<typeof heavierCharge>): RequestPlan {
  const { doc, defendant: d, da } = ctx
  const s = da.sentencing
  const stage = doc.matter.stage
  const minor = (ageAtAct(d) ?? 99) < 18
  const plea = d.mitigation.pleaAgreement === true
  const custody = custodyOf(d)
  // the engine's outcome, where it gives one, says what the law leaves open at this stage: the memo asks
  // for nothing outside it; without one, the version 1 analysis decides as before
  const verdict = outcomeOf(da) !== null
  const prob = probationPossible(d, da) && (!verdict || open.has('probation'))

  // what can be asked short of a conviction or a sentence, by stage
  // without the engine's outcome, a crime it could not establish (情节严重 undetermined) leaves 不起诉 open
  const nonPros = verdict
    ? open.has('nonProsecution') || open.has('conditionalNonProsecution')
    : da.disposition === 'nonProsecutionPossible' || s?.nonProsecutionPossible === true || da.disposition === 'undetermined'
  const exemption = isTrial(doc) && (verdict ? open.has('exemption') : open.has('exemption') || da.disposition === 'nonProsecutionPossible' || s?.nonProsecutionPossible === true)
  const fineOnly = isTrial(doc) && open.has('fineOnly')

  // the sentence the defence can live with: the low end of the estimate
  const low = s ? termText(s.rangeMonths.min) : null
  const fine = s && s.fine.minYuan > 0 ? `并处罚金${yuan(s.fine.minYuan)}` : '并处罚金'
  const chargeNote = heavier ? '以帮助信息网络犯罪活动罪' : ''

  if (ctx.line === 'innocence') {
    const noCrime = da.disposition === 'noCrime' || da.seriousCircumstances.met === false
    const main = stage === 'investigation' ? '撤销案件'
      : stage === 'prosecution' ? (noCrime ? '依照刑事诉讼法第一百七十七条第一款对其作出不起诉决定' : '依照刑事诉讼法第一百七十五条第四款作出证据不足不起诉的决定')
        : stage === 'appeal' ? '撤销原判，改判其无罪'
          : (noCrime ? '宣告其无罪' : '以证据不足、指控的犯罪不能成立为由宣告其无罪')
    let fallback: string | null = null
    if (stage === 'prosecution') fallback = nonPros ? '依照刑事诉讼法第一百七十七条第二款对其作出不起诉决定' : prob ? '依法从宽处理，在量刑建议中建议适用缓刑' : '依法从宽处理'
    else if (isTrial(doc)) fallback = exemption ? '对其免予刑事处罚' : prob ? '对其从轻、减轻处罚并宣告缓刑' : '对其从轻、减轻处罚'
    return { main, fallback, cites: stage === 'prosecution' && nonPros ? ['cpl-177-2', 'interp2019-15'] : ['interp2019-15'] }
  }

  // 罪轻
  if (stage === 'investigation') {
    const main = custody === 'detained' || custody === 'arrested'
      ? `对其变更强制措施为取保候审${custody === 'detained' ? '，并依法不提请批准逮捕' : ''}`
      : '依法从宽处理'
    return { main, fallback: null, cites: [] }
  }
  if (stage === 'prosecution') {
    const sentenceAsk = plea && low ? `在量刑建议中提出${low}${prob ? '、适用缓刑' : ''}，${fine}` : null
    if (verdict && !open.has('nonProsecution') && open.has('conditionalNonProsecution')) {
      // a minor for whom only 附条件不起诉 is open (刑事诉讼法第二百八十二条)
      return { main: '依照刑事诉讼法第二百八十二条对其作出附条件不起诉决定', fallback: sentenceAsk, cites: ['cpl-282', 'opinion2025-11'] }
    }
    if (nonPros) {
      const cond = minor && (open.has('conditionalNonProsecution') || !verdict)
      return {
        main: '依照刑事诉讼法第一百七十七条第二款对其作出不起诉决定',
        fallback: cond ? '依照刑事诉讼法第二百八十二条对其作出附条件不起诉决定' : sentenceAsk,
        cites: ['cpl-177-2', 'interp2019-15', 'opinion2025-10', ...(minor ? ['opinion2025-11'] : [])]
      }
    }
    if (plea && low) {
      return {
        main: `${chargeNote}提出${low}${prob ? '、适用缓刑' : ''}，${fine}的量刑建议`,
        fallback: prob ? '至少在量刑建议中明确建议适用缓刑' : null,
        cites: ['cpl-176-2', 'cpl-15']
      }
    }
    return { main: `${chargeNote}依法从宽处理，在量刑建议中${prob ? '建议适用缓刑' : '提出从轻的刑期'}`, fallback: null, cites: [] }
  }
  // trial / appeal
  const on = stage === 'appeal' ? '撤销原判，' : ''
  const accessoryFallback = heavier?.charge === 'art266-accomplice' && (d.mitigation.role === 'accessory' || d.mitigation.role === 'coerced')
    ? `即便认定构成诈骗罪（共犯），亦请认定其系${d.mitigation.role === 'accessory' ? '从犯' : '胁从犯'}，对其减轻处罚` : null
  if (exemption) return { main: `${on}${chargeNote ? chargeNote + '定罪并' : ''}对其免予刑事处罚`, fallback: prob ? '对其判处缓刑' : null, cites: ['interp2019-15', 'opinion2025-10', ...(minor ? ['opinion2025-11'] : [])] }
  if (fineOnly) return { main: `${on}${chargeNote ? chargeNote + '定罪并' : ''}对其单处罚金`, fallback: prob ? '对其判处缓刑' : null, cites: ['crimlaw-a287-2-p1'] }
  if (prob) return { main: `${on}${chargeNote ? chargeNote + '定罪，' : ''}对其从轻${minor ? '或者减轻' : ''}处罚并宣告缓刑`, fallback: accessoryFallback, cites: ['crimlaw-a72'] }
  return { main: `${on}${chargeNote ? chargeNote + '定罪，' : ''}对其从轻${minor ? '或者减轻' : ''}处罚`, fallback: accessoryFallback, cites: [] }
}

function fallbackText(ctx: KindContext, r: RequestPlan): string {
  if (!r.fallback) return ''
  if (r.fallback.startsWith('即便')) return `；${r.fallback}`
  return `；即便${ctx.line === 'innocence' ? '认定构成犯罪' : '不采纳上述意见'}，亦请${r.fallback}`
}

function corePosition(ctx: KindContext, heavier: ReturnType<typeof heavierCharge>, r: RequestPlan): string {
  const { da, doc } = ctx
  const name = da.name
  const alleged = CHARGE_LABELS[ctx.matterCharge]
  const ask = `恳请${organWord(doc)}${r.main}`
  const fb = fallbackText(ctx, r)
  if (ctx.line === 'innocence') {
    const noCrime = da.disposition === 'noCrime' || da.seriousCircumstances.met === false
    return noCrime
      ? `${name}的行为不构成${alleged}，${ask}${fb}`
      : `现有证据不足以证明${name}的行为构成${alleged}，${ask}${fb}`
  }
  const reasons: string[] = []
  if (heavier) reasons.push(`${name}的行为不构成${heavier.label}，至多构成帮助信息网络犯罪活动罪`)
  const lenient = mitigationLabels(ctx)
  if (lenient.length > 0) reasons.push(`${heavier ? '且' : `${name}`}具有${joinZh(lenient)}等从宽处罚情节`)
  const lead = reasons.length > 0 ? `${reasons.join('，')}，` : `对${name}依法应当从宽处理，`
  return `${lead}${ask}${fb}`
}

/** The names of the mitigating circumstances, minors first. */
function mitigationLabels(ctx: KindContext): string[] {
  return mitigationPoints(ctx).map((p) => p.label)
}

function writeKnowledge(ctx: KindContext): void {
  const { defendant: d, da, w } = ctx
  const k = da.elements.find((e) => e.id === 'knowledge')
  if (!k || k.status === 'met' && !d.knowledge.counterEvidence) return
  const name = da.name
  w.heading(1, `关于“明知”：现有证据不足以认定${name}明知他人利用信息网络实施犯罪`)
  const indicators = (d.knowledge.indicators ?? []).map((i) => INDICATOR_LABELS[i] ?? i)
  if (indicators.length > 0) {
    w.cited(
      `指控所依据的推定情形为${joinZh(indicators.map((x) => `“${x}”`))}。此类情形只是推定明知的根据，依法“有相反证据的除外”，认定时还应综合行为人的认知能力、既往经历、交易对象、与被帮助者的关系、获利情况及其辩解。`,
      ['interp2019-11', 'minutes2022-1', 'opinion2025-5-1']
    )
  } else {
    w.cited(
      `认定“明知”须综合行为人的认知能力、既往经历、交易对象、与被帮助者的关系、获利情况及其辩解；不能仅以行为人提供了银行卡、账户就直接认定其明知。`,
      ['minutes2022-1', 'opinion2025-5-1']
    )
  }
  if (d.knowledge.counterEvidence) {
    w.para(`${name}对此的解释是：${sentence(bare(d.knowledge.counterEvidence))}在案证据不能排除这一解释的，依法不能推定其“明知”。`)
  }
  if (d.knowledge.admitted === false) w.para(`${name}始终否认知道他人利用其账户实施犯罪，在案亦无其他证据足以证明其主观明知。`)
}

/** 帮信 rather than 掩隐 or 诈骗共犯: the heart of the memo where the heavier charge is alleged. */
function writeCharge(ctx: KindContext, c: NonNullable<ReturnType<typeof heavierCharge>>): void {
  const { defendant: d, da, w } = ctx
  const name = da.name
  w.heading(1, `关于定性：${name}的行为不构成${c.label}，应以帮助信息网络犯罪活动罪评价`)
  const els = c.elements
  if (c.charge === 'art312') {
    w.cited(
      '帮助信息网络犯罪活动罪与掩饰、隐瞒犯罪所得罪的界分在于：前者是对他人利用信息网络实施犯罪的概括认识，并为其提供帮助；后者须行为人明知是犯罪所得及其收益，而实施转移、取现等掩饰、隐瞒行为。出租、出售的银行卡仅被用于接收诈骗资金，行为人未代为转账、套现、取现，也未提供刷脸等验证服务的，不能以掩饰、隐瞒犯罪所得罪论处。',
      ['minutes2022-5-2', 'minutes2022-4', 'crimlaw-a312-p1']
    )
    const act = els.find((e) => /掩饰|隐瞒|行为/.test(e.label) && !/明知/.test(e.label))
    const know = els.find((e) => /明知/.test(e.label))
    const transferred = d.conduct.transferredForOthers === true || d.conduct.faceVerificationForOthers === true
    if (act && act.status !== 'met') {
      w.point(3, '在案证据不能证明掩饰、隐瞒行为。', `${name}没有代为转账、套现、取现，也没有为他人转账、取现提供刷脸等验证服务，其行为止于提供银行卡、账户。`)
    }
    if (!know || know.status !== 'met' || transferred) {
      w.point(
        3, '在案证据不能证明明知是犯罪所得。',
        `${transferred ? `指控以${name}接收资金后转入指定账户为据。但` : ''}认定掩饰、隐瞒犯罪所得罪，须证明${name}在经手资金时明知该笔资金是犯罪所得，而不是泛泛知道对方“可能从事违法活动”。${know && know.status !== 'met' ? `本案在案证据未能证明这一点。` : ''}${d.knowledge.counterEvidence ? `${name}辩称${bare(d.knowledge.counterEvidence)}，该辩解未被排除。` : ''}`
      )
    }
    const alleged = d.amounts.concealedProceeds ?? d.amounts.paymentSettlement
    const verified = d.amounts.verifiedFraudFunds
    const settled = d.amounts.paymentSettlement
    if (verified != null && ((settled != null && verified < settled) || (alleged != null && verified < alleged))) {
      const total = settled != null && settled > verified ? settled : (alleged as number)
      w.point(3, '数额应当以查证属实的诈骗资金为限。', `指控所涉流水${yuan(total)}中，查证与被害人被骗资金相对应的仅为${yuan(verified)}；其余资金的来源和性质均未查明，不能认定为犯罪所得，也不能计入掩饰、隐瞒的数额。`)
    }
  } else {
    w.cited(
      '以诈骗罪共犯论处，须行为人与实施诈骗者事先通谋，或者在收购、提供账户、电话卡等过程中与其形成较为稳定的配合关系；仅概括知道他人利用信息网络实施犯罪而提供帮助的，属于帮助信息网络犯罪活动罪。',
      ['opinion2025-8', 'crimlaw-a287-2-p1', 'crimlaw-a25']
    )
    const common = els.find((e) => /共同|通谋|故意/.test(e.label))
    if (common && common.status !== 'met') w.point(3, '没有事先通谋，也没有较为稳定的配合关系。', sentence(common.why))
    else w.point(3, '在案证据不足以证明事先通谋或者稳定配合。', `指控所述的联系、交易只能说明${name}提供了帮助，不能证明其与诈骗者就具体诈骗行为形成了共同故意；对共犯的认定不能以帮助行为本身代替意思联络的证明。`)
    if (d.amounts.attributableFraudLoss != null || d.amounts.verifiedFraudFunds != null) {
      const v = d.amounts.attributableFraudLoss ?? d.amounts.verifiedFraudFunds
      if (v != null) w.point(3, '诈骗数额不能概括归责。', `即便按共同犯罪评价，${name}也只应对其参与、且查证能与具体被害人相对应的部分负责；指控的${yuan(v)}中能与具体被害人逐笔对应的数额，应当逐一查实，不能将诈骗团伙的全部犯罪数额归于${name}。`)
    }
  }
  w.para(`综上，请${organWord(ctx.doc)}${ctx.doc.matter.stage === 'prosecution' ? '在审查起诉中' : ''}将${name}的行为认定为帮助信息网络犯罪活动罪，在该罪“三年以下有期徒刑或者拘役，并处或者单处罚金”的幅度内处理。`)
}

/** The amounts, by the route the accusation (or the analysis) relies on. */
function writeAmounts(ctx: KindContext): void {
  const { defendant: d, da, w } = ctx
  // for 掩隐 / 诈骗 alleged under the 罪轻 line the amount is answered in the charge section
  if (heavierCharge(ctx) && ctx.line !== 'innocence') return
  const name = da.name
  const sc = da.seriousCircumstances
  const a = d.amounts
  const grounds = sc.met === true ? basisGrounds(da) : []
  const paras: (() => void)[] = []
  const inflowRoute = grounds.some((g) => g.id === 'minutes2022-inflow' || g.id === 'opinion2025-6-1' || g.id === 'opinion2025-6-2')
  const settlementRoute = grounds.some((g) => g.id === 'interp2019-12-1-2')
  const innocence = ctx.line === 'innocence'

  if (sc.met === false) {
    paras.push(() => {
      const seriousEl = da.elements.find((e) => e.id === 'seriousCircumstances')
      w.cited(`帮助信息网络犯罪活动须“情节严重”才构成犯罪。逐项对照在案事实，${name}的行为未达到任何一项情节严重的标准：`, seriousEl?.citations)
      for (const m of uniqueMeasures(da).filter((x) => x.reached === false && x.value !== null && !(x.unit === 'count' && x.value === 0))) {
        w.point(3, `${m.quantity}：`, `在案为${fmt(m.value as number, m.unit, m.quantity)}，未达到${fmt(m.threshold, m.unit, m.quantity)}的标准。`)
      }
    })
  } else if (sc.met === null && innocence) {
    paras.push(() => {
      const open = allGrounds(da).filter((g) => g.status === 'undetermined')
      w.para(`“情节严重”是本罪的成立要件，应当由在案证据证明。${open.length > 0 ? `本案中，${joinZh([...new Set(open.map((g) => g.label))])}等事实均未查实，` : ''}不能认定情节严重。`)
    })
  }

  const verified = a.verifiedFraudFunds
  const inflow = a.oneWayInflow
  if ((inflowRoute || (sc.met !== true && inflow != null)) && inflow != null) {
    paras.push(() => {
      const explained = a.explainedLegitimateFunds
      const net = explained != null && explained > 0 ? inflow - explained : null
      const parts = [`指控所依据的单向流入资金为${yuan(inflow)}`]
      if (explained != null && explained > 0) parts.push(`其中${yuan(explained)}系${name}能够说明来源的合法资金，依法应当扣除，扣除后为${yuan(net ?? inflow)}`)
      if (verified != null) parts.push(`在案经查证系被害人被骗资金的${verified < inflow ? '仅' : ''}为${yuan(verified)}`)
      const routeCites = grounds.filter((g) => g.id === 'minutes2022-inflow' || g.id.startsWith('opinion2025-6')).flatMap((g) => g.citations)
      w.cited(sentence(parts.join('；')), routeCites.length > 0 ? routeCites : ['minutes2022-inflow'])
      if (verified != null && verified < inflow) {
        w.para(`辩护人认为，流入资金中未查明来源、未与任何被害人对应的部分，不能推定为涉诈资金；对${name}行为危害程度的评价，应当以查证属实、能够与具体被害人相对应的${yuan(verified)}为基础。`)
      }
      if (inflowRoute) {
        w.para(`以单向流入资金认定“情节严重”，还须审查行为人的主观明知程度、出租出售银行卡的张数和次数、非法获利数额及其他后果，与《解释》第十二条第一款其他各项具有相当性。${gainAndCountText(d)}${innocence ? '辩护人认为，二者并不相当，不应认定情节严重。' : '辩护人认为，其危害程度与该款其他各项情形相比较轻，量刑时应当充分考虑。'}`)
      }
    })
  }
  if (settlementRoute) {
    const later = allGrounds(da).find((g) => g.id === 'interp2019-12-1-2' && g.status === 'notMet')
    paras.push(() => {
      w.cited(
        `《解释》第十二条第一款第（二）项的“支付结算”，是指代为转账、套现、取现或者为此提供刷脸等验证服务；出租、出售的银行卡仅被用于接收资金的，不宜认定为“支付结算”。${later ? `本案${sentence(later.why)}` : ''}${settlementFacts(d, name)}`,
        ['minutes2022-4', 'interp2019-12-1-2']
      )
    })
  }
  if (grounds.some((g) => g.id === 'interp2019-12-2')) {
    paras.push(() => w.cited('被帮助对象的犯罪无法查证时，须数额达到《解释》第十二条第一款第（二）至（四）项标准的五倍以上，或者造成特别严重后果，方可认定情节严重；该条件应当严格审查。', ['interp2019-12-2']))
  }
  const regime = regimeArgument(ctx)
  if (regime) paras.push(regime)
  if (paras.length === 0) return
  w.heading(1, sc.met === false ? '关于“情节严重”：本案未达到入罪标准' : sc.met === null && innocence ? '关于“情节严重”：现有证据不足以认定' : '关于涉案金额的认定')
  for (const p of paras) p()
}

function gainAndCountText(d: Defendant): string {
  const bits: string[] = []
  const cards = (d.conduct.cards ?? []).reduce((n, c) => n + (c.count ?? 0), 0)
  if (cards > 0) bits.push(`提供银行卡、账户共${cards}张（个）`)
  if (d.amounts.illegalGain != null) bits.push(`获利${yuan(d.amounts.illegalGain)}`)
  const period = actPeriodText(d)
  if (period) bits.push(`行为期间为${period}`)
  return bits.length > 0 ? `本案中，${d.name}${bits.join('，')}。` : ''
}

function settlementFacts(d: Defendant, name: string): string {
  const did: string[] = []
  if (d.conduct.transferredForOthers === true) did.push('代为转账、取现')
  if (d.conduct.faceVerificationForOthers === true) did.push('提供刷脸验证')
  return did.length > 0 ? `（在案证据反映${name}有${joinZh(did)}的行为，但其次数、金额应当逐笔查实。）` : ''
}

/** 从旧兼从轻 between interpretations: the 2001 时间效力规定, never 刑法第十二条. */
function regimeArgument(ctx: KindContext): (() => void) | null {
  const { da, w } = ctx
  const sc = da.seriousCircumstances
  const used = sc.regimes.find((r) => r.id === sc.regimeUsed)
  const atAct = sc.regimes.find((r) => r.inForceAtAct && r.inPlay && r.id !== sc.regimeUsed)
  if (!used || used.inForceAtAct || !atAct) return null
  if (!w.notes.inForce(firstCitation(used) ?? '')) return null
  const label = regimeLabel(used.label)
  const failing = used.grounds.filter((g) => g.status === 'notMet').flatMap((g) => g.measures).filter((m) => m.value !== null && m.reached === false && !(m.unit === 'count' && m.value === 0))
  return () => {
    w.para(temporalSentence(da.name, label))
    if (failing.length > 0) {
      w.cited(`依该规定，${failing.map((m) => `${m.quantity}须达到${fmt(m.threshold, m.unit, m.quantity)}，本案为${fmt(m.value as number, m.unit, m.quantity)}`).join('；')}，均未达到。`, failing.flatMap((m) => m.citations))
    }
  }
}

/**
 * Why a later, more lenient text governs earlier conduct: for a 司法解释 the 2001 时间效力规定 itself;
 * for a later 意见 or 纪要 the 从旧兼从轻 principle that 规定 sets, as courts apply it to pending cases.
 */
export function temporalSentence(name: string, label: string): string {
  const rule = '《最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定》'
  if (/法释|解释/.test(label)) {
    return `${name}的行为发生在${label}施行之前。依照${rule}，行为时已有相关司法解释、行为后又有新的司法解释的，适用行为时的司法解释，但新的司法解释对犯罪嫌疑人、被告人有利的，适用新的司法解释。本案应当适用对${name}更为有利的${label}。`
  }
  return `${name}的行为发生在${label}施行之前。参照${rule}确立的从旧兼从轻原则，对施行前发生、尚未处理或者正在处理的案件，新的规定对犯罪嫌疑人、被告人更为有利的，应当适用新的规定。本案应当适用对${name}更为有利的${label}。`
}

/** A regime's label without the tool's parenthetical gloss: `2025年《帮信意见》第6条`. */
export function regimeLabel(label: string): string {
  return label.replace(/（[^（）]*）/g, '').trim()
}

function firstCitation(r: { grounds: SeriousGroundResult[] }): string | null {
  return r.grounds.flatMap((g) => g.citations)[0] ?? null
}

function uniqueMeasures(da: DefendantAnalysis): DefendantAnalysis['thresholds'] {
  const seen = new Set<string>()
  return da.thresholds.filter((m) => {
    const k = `${m.quantity}|${m.threshold}`
    return seen.has(k) ? false : (seen.add(k), true)
  })
}

function fmt(v: number, unit: 'yuan' | 'count', quantity = ''): string {
  return unit === 'yuan' ? yuan(v) : `${v}${countWord(quantity)}`
}

/** 个 for objects, 张 for cards, 张（个） for cards and accounts together. */
export function countWord(quantity: string): string {
  if (/对象/.test(quantity)) return '个'
  if (/账户|账号|接口|证书/.test(quantity)) return /卡/.test(quantity) ? '张（个）' : '个'
  return /卡/.test(quantity) ? '张' : '个'
}

/** 从犯 / 胁从犯: only among co-offenders of the same crime (co-defendants, or an alleged 诈骗共犯). */
function writeRole(ctx: KindContext, heavier: ReturnType<typeof heavierCharge>): void {
  const { doc, defendant: d, da, w } = ctx
  const role = d.mitigation.role
  if (role !== 'accessory' && role !== 'coerced') return
  const coOffenders = doc.defendants.length > 1 || heavier?.charge === 'art266-accomplice'
  if (!coOffenders) return
  const name = da.name
  w.heading(1, `关于地位作用：${name}在共同犯罪中系${role === 'accessory' ? '从犯' : '胁从犯'}`)
  // 系受同案人某某招募/指使参与: where the matter links this defendant to the one who recruited or directed it
  const v = da.coDefendants
  const by = [
    v?.recruitedBy.length ? `受同案人${v.recruitedBy.map((r) => r.name).join('、')}招募` : '',
    v?.directedBy.length ? `受同案人${v.directedBy.map((r) => r.name).join('、')}指使` : ''
  ].filter(Boolean)
  const lead = by.length ? `${name}系${by.join('、')}参与，其行为` : `${name}的行为`
  if (role === 'accessory') {
    w.cited(`${lead}服务于他人实施的诈骗犯罪，在共同犯罪中起次要、辅助作用，系从犯。对于从犯，依法应当从轻、减轻处罚或者免除处罚。`, ['crimlaw-a27'])
  } else {
    w.para(`${name}系被胁迫参加犯罪，依照刑法第二十八条，应当按照其犯罪情节减轻处罚或者免除处罚。`)
  }
}

interface MitigationPoint {
  label: string
  text: string
  cites: string[]
}

/** Each mitigation as its own ground with its clause: the engine's adjustments, minors first. */
function mitigationPoints(ctx: KindContext): MitigationPoint[] {
  const { defendant: d, da } = ctx
  const name = da.name
  const adj = new Map((da.sentencing?.adjustments ?? []).filter((a) => a.percent < 0).map((a) => [a.factor, a]))
  const m = d.mitigation
  const out: MitigationPoint[] = []
  const age = ageAtAct(d)
  if (adj.has('minor') || (age !== null && age < 18 && age >= 16)) {
    out.push({ label: '行为时未成年', text: `${name}实施行为时${age !== null ? `年仅${age}周岁` : '未满十八周岁'}，依法应当从轻或者减轻处罚。对未成年人犯罪应当坚持“教育、感化、挽救”的方针，依法从宽处理。`, cites: ['crimlaw-a17-p4', 'opinion2025-11'] })
  }
  if (d.student === true) {
    out.push({ label: '在校学生', text: `${name}系在校学生，社会阅历较浅，从宽处理更有利于其完成学业、回归社会。`, cites: ['opinion2025-11'] })
  }
  // 自首 (刑法第六十七条第一款): the engine's adjustment; under 认罪认罚 the engine may fold it into one factor
  const surrendered = adj.has('surrender') || (m.surrendered === true && m.truthfulConfession !== false)
  if (surrendered) {
    out.push({ label: '自首', text: `${name}案发后自动投案，如实供述自己的罪行，系自首。依法可以从轻或者减轻处罚；犯罪较轻的，可以免除处罚。`, cites: ['crimlaw-a67-p1'] })
  } else if (adj.has('confession') || (!da.sentencing && m.truthfulConfession === true)) {
    out.push({ label: '坦白', text: `${name}到案后如实供述自己的罪行，依法可以从轻处罚。`, cites: ['crimlaw-a67-p3'] })
  }
  if (adj.has('plea') || m.pleaAgreement === true) {
    out.push({ label: '认罪认罚', text: `${name}自愿如实供述自己的罪行，承认指控的犯罪事实，愿意接受处罚${ctx.doc.matter.stage !== 'investigation' ? '，并签署了认罪认罚具结书' : ''}，依法可以从宽处理${surrendered ? '；其认罪认罚与自首并存，依法可以在更大幅度内从宽（二者不作重复评价）' : ''}。`, cites: ['cpl-15', 'opinion2025-10', ...(surrendered ? ['sent2021-3-14'] : [])] })
  }
  if (adj.has('restitution') || (m.restitution != null && m.restitution > 0)) {
    out.push({ label: '退赃退赔', text: `${name}已${m.restitution != null ? `退缴违法所得${yuan(m.restitution)}` : '退赃退赔'}，积极弥补损失，可以从轻处罚。`, cites: ['sent2021-3-10'] })
  }
  if (adj.has('forgiveness') || m.victimForgiveness === true) {
    out.push({ label: '取得谅解', text: `${name}取得了被害人的谅解，可以从轻处罚。`, cites: ['sent2021-3-11'] })
  }
  if (adj.has('meritorious') || m.meritoriousService === 'ordinary' || m.meritoriousService === 'major') {
    out.push({ label: m.meritoriousService === 'major' ? '重大立功' : '立功', text: `${name}有${m.meritoriousService === 'major' ? '重大' : ''}立功表现，依法可以从轻或者减轻处罚${m.meritoriousService === 'major' ? '，可以减轻或者免除处罚' : ''}。`, cites: ['crimlaw-a68'] })
  }
  const pf = d.policyFactors ?? {}
  if (pf.lured === true || pf.shortAndSmall === true || pf.helpedTraceNetwork === true || adj.has('lenientPolicy')) {
    const bits: string[] = []
    if (pf.lured === true) bits.push('系被诱骗实施')
    if (pf.shortAndSmall === true) bits.push('参与时间较短、获利较少')
    if (pf.helpedTraceNetwork === true) bits.push('积极配合追查上游犯罪')
    if (bits.length > 0) out.push({ label: bits.join('、'), text: `${name}${bits.join('，')}，属于可以依法从宽处罚的情形。`, cites: ['opinion2025-10'] })
  }
  const gain = d.amounts.illegalGain
  if (gain != null && !out.some((p) => p.label.includes('获利'))) {
    out.push({ label: '获利较少', text: `${name}从中获利${yuan(gain)}，主观恶性和社会危害性较小。`, cites: [] })
  }
  if (m.firstOffence === true || (d.history.priorCriminalRecord === false && d.history.adminPenaltyWithin2Years !== true)) {
    out.push({ label: '初犯、偶犯', text: `${name}系初犯、偶犯，此前无违法犯罪记录，人身危险性小，可以酌情从轻处罚。`, cites: [] })
  }
  return out
}

function writeMitigation(ctx: KindContext): void {
  const { w, da } = ctx
  const points = mitigationPoints(ctx)
  if (points.length === 0) return
  const fallbackOnly = ctx.line === 'innocence'
  w.heading(1, fallbackOnly ? `即便认定构成犯罪，${da.name}亦具有从宽处罚情节` : `关于量刑：${da.name}具有${points.length > 1 ? '多项' : ''}从宽处罚情节`)
  for (const p of points) {
    w.heading(2, p.label)
    w.cited(p.text, p.cites)
  }
}

/** How a request asks for each outcome a precedent may support. */
const ASKED: Partial<Record<OutcomeWord, RegExp>> = {
  nonProsecution: /第一百七十七条第二款/, conditionalNonProsecution: /第二百八十二条/,
  exemption: /免予刑事处罚/, fineOnly: /单处罚金/, probation: /缓刑/
}

/**
 * The outcomes of precedents a memo at this stage may cite: what its addressee can decide, the law leaves
 * open and the memo asks for (acquittals and 存疑不起诉 under the 无罪 line).
 */
function citableOutcomes(ctx: KindContext, open: Set<OutcomeWord>, r: RequestPlan): Set<OutcomeWord> {
  const stage = ctx.doc.matter.stage
  // 侦查: the police decide 撤销案件 or 强制措施, neither a 不起诉 nor a sentence; no precedent is cited
  if (stage === 'investigation') return new Set()
  const out = new Set<OutcomeWord>()
  if (ctx.line === 'innocence') { out.add('noCrime'); out.add('insufficientEvidence') }
  // a court cannot 不起诉, a procuratorate cannot 免予刑事处罚 or 单处罚金 (it proposes a sentence under 认罪认罚)
  const here: OutcomeWord[] = stage === 'prosecution' ? ['nonProsecution', 'conditionalNonProsecution', 'probation'] : ['exemption', 'fineOnly', 'probation']
  const asked = `${r.main}；${r.fallback ?? ''}`
  for (const o of here) if (open.has(o) && ASKED[o]?.test(asked)) out.add(o)
  return out
}

/** Favourable published decisions from the engine's similar cases (when the engine gives them), only those whose outcome the law leaves open here. */
function writeSimilarCases(ctx: KindContext, r: RequestPlan): void {
  const { doc, da, w } = ctx
  const citable = citableOutcomes(ctx, openOutcomes(doc, da, outcomeOf(da)), r)
  const cases = similarCasesOf(da).filter((c) => c.outcome && citable.has(c.outcome) && (!c.decided || c.decided <= ctx.analysis.asOf)).slice(0, 3)
  if (cases.length === 0) return
  w.heading(1, '类案参考')
  const words: Record<string, string> = {
    noCrime: '认定不构成犯罪', insufficientEvidence: '以证据不足不起诉或者宣告无罪', nonProsecution: '作出不起诉决定',
    conditionalNonProsecution: '作出附条件不起诉决定', exemption: '免予刑事处罚', fineOnly: '单处罚金', probation: '判处缓刑'
  }
  for (const c of cases) {
    w.point(3, '', `${c.court ?? '已公开案例'}${c.decided ? `（${dateZh(c.decided)}）` : ''}${c.why ? `：${bare(c.why)}` : ''}，最终${words[c.outcome ?? ''] ?? ''}${c.outcome === 'probation' && c.months ? `（${termText(c.months)}）` : ''}。${c.url ? `来源：${c.url}。` : ''}`)
  }
  w.para(`上述案件与本案情节相近，其处理结果可资参考。`)
  ctx.check.push('类案参考取自本机案例库，提交前请核对案号与裁判结果。')
}

function writeRequests(ctx: KindContext, r: RequestPlan): void {
  const { defendant: d, da, w, doc } = ctx
  const name = da.name
  w.heading(1, '辩护请求')
  w.cited(`综上所述，恳请${organWord(doc)}${r.main}${fallbackText(ctx, r)}。`, r.cites)
  const asksProbation = /缓刑/.test(r.main + (r.fallback ?? ''))
  if (asksProbation) {
    const facts: string[] = []
    if (d.mitigation.pleaAgreement === true || d.mitigation.truthfulConfession === true) facts.push('认罪悔罪，有悔罪表现')
    if (d.history.priorCriminalRecord === false || d.mitigation.firstOffence === true) facts.push('系初犯，没有再犯罪的危险')
    if (d.student === true) facts.push('系在校学生，有稳定的学习环境和家庭监护')
    const community = '宣告缓刑对其所居住社区没有重大不良影响'
    w.cited(`${facts.length > 0 ? `${name}${facts.join('，')}，${community}` : `对${name}${community}`}，符合适用缓刑的条件。辩护人恳请委托社区矫正机构对其进行调查评估，并将评估意见作为适用缓刑的依据。`, ['crimlaw-a72'])
  }
  const custody = custodyOf(d)
  if (custody === 'detained' || custody === 'arrested') {
    w.para(`${name}现被${CUSTODY_LABELS[custody]}。鉴于其${d.mitigation.pleaAgreement === true ? '已认罪认罚，' : ''}没有社会危险性，继续羁押已无必要，辩护人同时申请对其变更强制措施为取保候审。`)
  }
  if (ctx.line === 'lesser' && doc.matter.stage === 'prosecution' && d.mitigation.pleaAgreement === true) {
    ctx.check.push('认罪认罚案件：量刑建议的刑期、是否缓刑和罚金数额宜与承办检察官协商后再定稿。')
  }
  if (da.sentencing) ctx.check.push(`文中“${da.sentencing.rangeMonths.min === da.sentencing.rangeMonths.max ? termText(da.sentencing.rangeMonths.min) : `${termText(da.sentencing.rangeMonths.min)}至${months(da.sentencing.rangeMonths.max)}`}”一类刑期取自本机依公开判决校准的估算（中位约${months(pointMonthsOf(da) ?? da.sentencing.baseMonths)}），不是法定标准，提出前请结合当地量刑实践确定。`)
  ctx.check.push(`本机分析的结论：${conclusionText(da)}；辩护意见依辩护思路（${ctx.line === 'innocence' ? '无罪' : '罪轻'}）撰写，提交前请与当事人确认。`)
}

/**
 * The 同案人关系's questions and data checks (and the clause notes, e.g. a 从犯 with no co-offender named) go to the
 * 核对清单, never into the body: they say what to establish or verify, not what the law concludes.
 */
export function coDefendantChecks(ctx: KindContext): void {
  for (const n of ctx.da.coDefendants?.notes ?? []) {
    ctx.check.push(`同案人关系${n.kind === 'question' ? '（待查明）' : n.kind === 'check' ? '（核对）' : ''}：${n.text}`)
  }
}
