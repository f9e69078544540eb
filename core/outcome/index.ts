// The outcome ladder (decision guide, "The outcome ladder"; spec: `outcome` in the version 2 additions): for one
// defendant, every way the matter can still end at its stage that the law leaves open, the most likely one, the
// probabilities where the library supports them, and why, with the clauses. Pure; the engine hands in its verdicts.
//
// Two questions are kept apart:
// 1. Is there a crime? The engine's elements decide it; on the 断卡纪要's inflow route (point 四) the 相当性 with the
//    other items of 《解释》第十二条第一款 is weighed here — if it fails there is no crime (法定不起诉 / 无罪).
// 2. Given a crime, is it 情节轻微? 《解释》第十五条 and, where they apply in time, 2025 帮信意见 arts. 10–11: the named
//    factors are weighed openly; no number decides it (no multiple of a threshold).
import type { ChargeId, DefendantAnalysis, Disposition, ElementResult, SentencingResult } from '../analysis/types'
import type { Defendant, MatterDocument, MatterInfo } from '../matter/schema'
import { ageAtAct, ageOn } from '../matter/age'
import { valueOf } from '../law'
import { libraryDefendants, type LibraryDefendant, type OutcomeKind } from '../library'
import { distanceOnly, libraryIdsOf, sameDefendant } from '../similar'
import { opinion2025Applies, opinion2025TimeNote } from '../sentencing/time'

export type OutcomeWord = OutcomeKind | 'undetermined'
export const OUTCOME_WORDS: readonly OutcomeWord[] = ['noCrime', 'insufficientEvidence', 'undetermined', 'nonProsecution', 'conditionalNonProsecution', 'exemption', 'fineOnly', 'probation', 'custodial']

export const OUTCOME_LABELS: Record<OutcomeWord, string> = {
  noCrime: '不构成犯罪（撤销案件／法定不起诉／无罪）',
  insufficientEvidence: '证据不足（存疑不起诉／证据不足无罪）',
  undetermined: '依现有事实尚不能判断',
  nonProsecution: '相对不起诉',
  conditionalNonProsecution: '附条件不起诉',
  exemption: '免予刑事处罚',
  fineOnly: '单处罚金',
  probation: '判处刑罚并宣告缓刑',
  custodial: '判处实刑'
}

export interface OutcomeVerdict {
  prevailingCharge: ChargeId
  disposition: Disposition
  elements: readonly ElementResult[]
  seriousCircumstances: { met: boolean | null; basis: readonly string[] }
  /** the statutory range of the prevailing charge on these facts (the candidate's `statutoryRange`) */
  statutoryRange?: { minMonths: number; maxMonths: number } | null
  /** the sentencing estimate (with `pointMonths` where the rebuilt estimate supplies it) */
  sentencing?: (SentencingResult & { pointMonths?: number }) | null
}

export interface OutcomeInput {
  stage: MatterInfo['stage']
  /** the 适用法律日期 of the analysis */
  asOf: string
  defendant: Defendant
  verdict: OutcomeVerdict
  province?: string | null
  /** on appeal: who appealed and the first-instance outcome, where known */
  appeal?: { defendantOnly: boolean; firstInstance: { outcome: OutcomeKind; months: number | null } | null } | null
  /** library decisions left out of the probabilities (the matter's own source decision) */
  exclude?: readonly string[]
  /** the decisions the probabilities are estimated on (default: the bundled library) */
  pool?: readonly LibraryDefendant[]
}

export interface Weighing {
  /** factor, Chinese, with the clause it comes from */
  factor: string
  direction: 'for' | 'against'
  citations: string[]
}

export interface OutcomeResult {
  likely: OutcomeWord
  open: OutcomeWord[]
  probabilities: Partial<Record<OutcomeWord, number>> | null
  why: string
  citations: string[]
  conditionalNonProsecutionPossible: boolean
  /** the 情节轻微 weighing (empty where there is no crime to weigh) */
  minorWeighing: Weighing[]
  /** the 相当性 weighing on the 纪要's inflow route (empty where another ground carries 情节严重) */
  equivalenceWeighing: Weighing[]
}

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)]
const SEVERITY: Record<OutcomeKind, number> = { noCrime: 0, insufficientEvidence: 0, nonProsecution: 1, conditionalNonProsecution: 1, exemption: 2, fineOnly: 3, probation: 4, custodial: 5 }
/** 分则第四、五、六章 (刑事诉讼法第二百八十二条): 诈骗 第五章; 帮信、掩隐、非法利用信息网络 第六章. 妨害信用卡管理 is 第三章. */
const CHAPTERS_4_TO_6: ReadonlySet<ChargeId> = new Set<ChargeId>(['art287-2', 'art312', 'art266-accomplice', 'art287-1'])

function noCrimeClauses(stage: MatterInfo['stage']): string[] {
  if (stage === 'investigation') return ['cpl-163']
  if (stage === 'prosecution') return ['cpl-177-1']
  return ['cpl-200']
}
function noCrimeWord(stage: MatterInfo['stage']): string {
  return stage === 'investigation' ? '撤销案件' : stage === 'prosecution' ? '法定不起诉' : '宣告无罪'
}

/** The end of the conduct plus the limitation period of a charge whose maximum is under five years (刑法第八十七条). */
function limitationPassed(d: Defendant, asOf: string, maxMonths: number | null): { passed: boolean; until: string | null } {
  const end = d.actPeriod?.to ?? null
  if (!end || maxMonths == null || maxMonths >= 60) return { passed: false, until: null }
  const years = valueOf('crimlaw-a87', 'under5YearsLimitYears')
  const until = `${Number(end.slice(0, 4)) + years}${end.slice(4)}`
  return { passed: asOf > until, until }
}

const EVIDENCE_GAP = new Set(['disputed', 'missing'])

/** An element is open because the evidence on file does not prove it (not because the matter lacks a fact). */
function evidenceGap(d: Defendant, open: readonly ElementResult[]): string[] {
  const gaps: string[] = []
  for (const e of open) {
    const weak = (d.evidence ?? []).filter((ev) => ev.status != null && EVIDENCE_GAP.has(ev.status) && ev.supports.some((s) => e.facts.some((f) => s === f || s.startsWith(`${f}.`) || f.startsWith(`${s}.`))))
    if (weak.length > 0) gaps.push(`${e.label}（${weak.map((w) => `${w.title}${w.status === 'missing' ? '缺失' : '有争议'}`).join('、')}）`)
    else if (e.id === 'knowledge' && d.knowledge.finding === 'disputed') gaps.push(`${e.label}（辩方对明知有争议，在案证据未能证明）`)
  }
  return gaps
}

/** 相当性 on the 纪要's inflow route: the items of 第十二条第一款 the 纪要 names, as the facts show them. */
function equivalence(d: Defendant): Weighing[] {
  const w: Weighing[] = []
  const k = d.knowledge
  const ind = k.indicators ?? []
  if (k.admitted === true || k.finding === 'proven') w.push({ factor: '主观明知程度：供述或已认定明知', direction: 'for', citations: ['minutes2022-inflow'] })
  else if (ind.length > 0) w.push({ factor: `主观明知程度：仅为推定明知（${ind.length} 项推定情形）`, direction: 'against', citations: ['minutes2022-inflow', 'minutes2022-1'] })
  const cards = (d.conduct.cards ?? []).reduce((s, l) => s + (l.count ?? 0), 0)
  const cardsKnown = (d.conduct.cards ?? []).length > 0 && (d.conduct.cards ?? []).every((l) => l.count != null)
  const fiveCards = valueOf('opinion2021-9-1', 'cards')
  if (cardsKnown) w.push({ factor: `出租、出售信用卡的张数：${cards} 张（意见（二）第九条以 ${fiveCards} 张（个）为另一入罪情形）`, direction: cards >= fiveCards ? 'for' : 'against', citations: ['minutes2022-inflow', 'opinion2021-9-1'] })
  const gain = d.amounts.illegalGain
  const gainLine = valueOf('interp2019-12-1-4', 'illegalGain')
  if (gain != null) w.push({ factor: `非法获利：${gain} 元（第十二条第一款第（四）项以违法所得 ${gainLine} 元为另一入罪情形）`, direction: gain >= gainLine ? 'for' : 'against', citations: ['minutes2022-inflow', 'interp2019-12-1-4'] })
  const cons = d.helped.consequence
  if (cons === 'serious' || cons === 'especiallySerious') w.push({ factor: '造成其他严重后果', direction: 'for', citations: ['minutes2022-inflow', 'interp2019-12-1-6'] })
  else if (cons === 'none') w.push({ factor: '未造成其他严重后果', direction: 'against', citations: ['minutes2022-inflow'] })
  return w
}

/** Given a crime, the factors 《解释》第十五条 and (in time) the 2025 意见 arts. 9–11 name for 情节轻微. */
function minorFactors(d: Defendant, asOf: string, age: number | null): Weighing[] {
  const w: Weighing[] = []
  const m = d.mitigation
  const in2025 = opinion2025Applies(asOf)
  const pol = d.policyFactors ?? {}
  if (m.surrendered === true && m.truthfulConfession !== false) w.push({ factor: '自首（犯罪较轻的，可以免除处罚）', direction: 'for', citations: ['interp2019-15', 'crimlaw-a67-p1'] })
  else if (m.truthfulConfession === true) w.push({ factor: '如实供述（认罪悔罪态度）', direction: 'for', citations: ['interp2019-15', 'crimlaw-a67-p3'] })
  if (m.pleaAgreement === true) w.push({ factor: in2025 ? '认罪认罚（帮信意见第10条第（3）项）' : '认罪认罚（认罪悔罪态度）', direction: 'for', citations: in2025 ? ['interp2019-15', 'opinion2025-10', 'cpl-15'] : ['interp2019-15', 'cpl-15'] })
  if (m.restitution != null && m.restitution > 0) w.push({ factor: `退赃退赔 ${m.restitution} 元`, direction: 'for', citations: ['interp2019-15'] })
  if (m.role === 'accessory') w.push({ factor: '从犯（应当从轻、减轻处罚或者免除处罚）', direction: 'for', citations: ['crimlaw-a27'] })
  if (m.role === 'coerced') w.push({ factor: '胁从犯（应当减轻或者免除处罚）', direction: 'for', citations: ['interp2019-15'] })
  if (m.meritoriousService === 'major') w.push({ factor: '重大立功（可以减轻或者免除处罚）', direction: 'for', citations: ['crimlaw-a68'] })
  if (m.firstOffence === true) w.push({ factor: '初犯、偶犯', direction: 'for', citations: ['interp2019-15'] })
  if (age != null && age < valueOf('crimlaw-a17-p4', 'adultAge')) w.push({ factor: in2025 ? `行为时 ${age} 周岁（帮信意见第11条：具有第10条情形、犯罪情节轻微的，一般应当不起诉或者免予刑事处罚）` : `行为时 ${age} 周岁，未成年`, direction: 'for', citations: in2025 ? ['crimlaw-a17-p4', 'opinion2025-11'] : ['crimlaw-a17-p4'] })
  if (d.student === true) w.push({ factor: '在校学生', direction: 'for', citations: in2025 ? ['opinion2025-11'] : ['interp2019-15'] })
  if (in2025) {
    if (pol.lured === true) w.push({ factor: '被诱骗实施犯罪（帮信意见第10条第（1）项）', direction: 'for', citations: ['opinion2025-10'] })
    if (pol.shortAndSmall === true) w.push({ factor: '参与时间较短、获利较少（帮信意见第10条第（2）项）', direction: 'for', citations: ['opinion2025-10'] })
    if (pol.helpedTraceNetwork === true) w.push({ factor: '积极配合追查相关信息网络犯罪（帮信意见第10条第（4）项）', direction: 'for', citations: ['opinion2025-10'] })
    const strict = (['organisedOrProfessional', 'usedVulnerableGroups', 'crossBorder', 'deepSynthesisAI', 'priorConvictionWithin5Years'] as const).filter((k) => pol[k] === true)
    if (strict.length > 0 || d.industryInsider === true) w.push({ factor: '具有帮信意见第9条从严情节（未成年人亦不适用第11条“一般应当不起诉或者免予刑事处罚”）', direction: 'against', citations: ['opinion2025-9'] })
  }
  if (d.history.recidivist === true) w.push({ factor: '累犯', direction: 'against', citations: ['crimlaw-a65'] })
  else if (d.history.priorCriminalRecord === true) w.push({ factor: '有前科', direction: 'against', citations: ['interp2019-15'] })
  if (d.history.adminPenaltyWithin2Years === true) w.push({ factor: '二年内曾受相关行政处罚', direction: 'against', citations: ['interp2019-12-1-5'] })
  if (d.helped.consequence === 'serious' || d.helped.consequence === 'especiallySerious') w.push({ factor: '被帮助的犯罪造成严重后果（社会危害程度）', direction: 'against', citations: ['interp2019-15'] })
  return w
}

const REMORSE = (d: Defendant): boolean | null => {
  const m = d.mitigation
  if (m.surrendered === true || m.truthfulConfession === true || m.pleaAgreement === true || (m.restitution ?? 0) > 0 || m.courtConfession === true) return true
  if (m.surrendered === false && m.truthfulConfession === false && m.pleaAgreement === false) return false
  return null
}

/** Probabilities over the open outcomes: the outcomes of the nearest library decisions, weighted by closeness. */
export function outcomeProbabilities(input: Pick<OutcomeInput, 'defendant' | 'province' | 'exclude' | 'pool'>, open: readonly OutcomeWord[], k = 15, minNeighbours = 5): Partial<Record<OutcomeWord, number>> | null {
  const pool = input.pool ?? libraryDefendants()
  const exclude = new Set(input.exclude ?? [])
  const openSet = new Set(open)
  const near = pool
    .filter((c) => c.outcome != null && openSet.has(c.outcome) && !exclude.has(c.decisionId) && !sameDefendant(c.defendant, input.defendant))
    .map((c) => ({ c, d: distanceOnly(input.defendant, input.province ?? null, c.defendant, c.province) }))
    .sort((a, b) => a.d - b.d || (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0))
    .slice(0, k)
  if (near.length < minNeighbours) return null
  const w: Partial<Record<OutcomeWord, number>> = {}
  let total = 0
  for (const { c, d } of near) {
    const x = 1 / (d + 0.05)
    w[c.outcome as OutcomeWord] = (w[c.outcome as OutcomeWord] ?? 0) + x
    total += x
  }
  const out: Partial<Record<OutcomeWord, number>> = {}
  for (const o of open) out[o] = Math.round(((w[o] ?? 0) / total) * 100) / 100
  return out
}

export function computeOutcome(input: OutcomeInput): OutcomeResult {
  const { stage, asOf, defendant: d, verdict: v } = input
  const age = d.kind === 'person' ? ageAtAct(d) : null
  const adult = valueOf('crimlaw-a17-p4', 'adultAge')
  const pretrial = stage === 'investigation' || stage === 'prosecution'
  const done = (likely: OutcomeWord, open: OutcomeWord[], why: string, citations: string[], extra: Partial<OutcomeResult> = {}): OutcomeResult => ({
    likely, open, probabilities: null, why, citations: uniq(citations), conditionalNonProsecutionPossible: false, minorWeighing: [], equivalenceWeighing: [], ...extra
  })

  // ---- no liability under 16 at the act (刑法第十七条第一款; 帮信 is not a 第十七条第二款 crime); an act period that
  // runs past the 16th birthday leaves the later part, and only that part counts
  const minAge = valueOf('crimlaw-a17-p1', 'minAge')
  const ageAtEnd = d.kind === 'person' && d.birthDate && d.actPeriod?.to ? ageOn(d.birthDate, d.actPeriod.to) : age
  if (d.kind === 'person' && age != null && age < minAge && (ageAtEnd == null || ageAtEnd < minAge)) {
    return done('noCrime', ['noCrime'], `行为时 ${age} 周岁，不满十六周岁，对本罪不负刑事责任，应当${noCrimeWord(stage)}`, ['crimlaw-a17-p1', 'cpl-16', ...noCrimeClauses(stage)])
  }
  const partlyUnder16 = d.kind === 'person' && age != null && age < minAge && ageAtEnd != null && ageAtEnd >= minAge

  // ---- 追诉时效 (刑法第八十七条第（一）项; 刑事诉讼法第十六条第（二）项)
  const lim = limitationPassed(d, asOf, v.statutoryRange?.maxMonths ?? null)
  if (lim.passed) {
    return done('noCrime', ['noCrime'], `行为终了后已逾五年追诉期限（至 ${lim.until}），不再追诉，应当${noCrimeWord(stage)}（时效的中断、延长未计入，须核实）`, ['crimlaw-a87', 'cpl-16', ...noCrimeClauses(stage)])
  }

  // ---- no crime established on the facts
  if (v.prevailingCharge === 'none') {
    if (v.disposition === 'noCrime') {
      const failed = v.elements.filter((e) => e.status === 'notMet').map((e) => e.label)
      return done('noCrime', ['noCrime'], `不构成犯罪${failed.length ? `（${failed.join('、')}不具备）` : ''}，应当${noCrimeWord(stage)}`, [...v.elements.filter((e) => e.status === 'notMet').flatMap((e) => e.citations), ...noCrimeClauses(stage), ...(stage === 'investigation' ? [] : ['cpl-16'])])
    }
    const openEls = v.elements.filter((e) => e.status === 'undetermined')
    const gaps = evidenceGap(d, openEls)
    if (gaps.length > 0 && stage !== 'investigation') {
      return done('insufficientEvidence', ['insufficientEvidence', 'noCrime'],
        `在案证据不能证明：${gaps.join('；')}。${stage === 'prosecution' ? '经二次补充侦查仍证据不足的，应当作出不起诉决定（经一次补充侦查的，可以）' : '证据不足、指控的犯罪不能成立的，应当作出证据不足的无罪判决'}；这与本分析缺少事实（“尚不能判断”）不同`,
        stage === 'prosecution' ? ['cpl-175-4'] : ['cpl-200'])
    }
    return done('undetermined', ['undetermined'], `依现有事实尚不能判断：${openEls.map((e) => e.label).join('、') || '其他罪名是否成立'}待查明（所录事实不足，不等于在案证据不足）`, openEls.flatMap((e) => e.citations))
  }

  // ---- a crime: which outcomes does the law leave open here?
  const charge = v.prevailingCharge
  const cites: string[] = []
  const whyParts: string[] = []
  const open = new Set<OutcomeWord>()
  const st = v.sentencing ?? null
  const point = st?.pointMonths ?? (st ? (st.rangeMonths.min + st.rangeMonths.max) / 2 : null)

  // 1. is there a crime? the 纪要's inflow route needs 相当性
  const basis = v.seriousCircumstances.basis
  const inflowOnly = charge === 'art287-2' && basis.length > 0 && basis.every((b) => b === 'minutes2022-inflow')
  const equivalenceWeighing = inflowOnly ? equivalence(d) : []
  if (inflowOnly) {
    const against = equivalenceWeighing.filter((x) => x.direction === 'against').map((x) => x.factor)
    const forIt = equivalenceWeighing.filter((x) => x.direction === 'for').map((x) => x.factor)
    open.add('noCrime')
    whyParts.push(`情节严重仅依《断卡纪要》第四条（单向流入资金）认定，须审查与《解释》第十二条第一款其他项的相当性：${forIt.length ? `支持：${forIt.join('；')}` : '未见支持相当性的情节'}${against.length ? `；不利：${against.join('；')}` : ''}${equivalenceWeighing.length === 0 ? '（明知程度、张数、获利、后果均未载）' : ''}。相当性不成立的，不构成犯罪（${noCrimeWord(stage)}），而不是“情节轻微”`)
    cites.push('minutes2022-inflow', ...noCrimeClauses(stage))
  }

  // 2. given a crime, is it 情节轻微?
  const minorWeighing = minorFactors(d, asOf, age)
  const lenient = minorWeighing.filter((x) => x.direction === 'for')
  const severe = minorWeighing.filter((x) => x.direction === 'against')
  const aggravatedTier = (v.statutoryRange?.minMonths ?? 0) > 0
  const minorOpen = lenient.length > 0 && !aggravatedTier && d.kind === 'person'
  const in2025 = opinion2025Applies(asOf)
  whyParts.push(`是否“犯罪情节轻微”，依《解释》第十五条综合考虑社会危害程度、认罪悔罪态度等情节${in2025 ? '，并依《帮信意见（2025）》第10条、第11条' : ''}（无任何文本以数额倍数划定情节轻微）：${lenient.length ? `有利：${lenient.map((x) => x.factor).join('；')}` : '未见有利于认定情节轻微的情节'}${severe.length ? `；不利：${severe.map((x) => x.factor).join('；')}` : ''}${aggravatedTier ? '；所适用的是加重法定刑幅度，与情节轻微不相容' : ''}`)
  whyParts.push(opinion2025TimeNote(asOf))
  cites.push('interp2019-15', ...lenient.flatMap((x) => x.citations), ...severe.flatMap((x) => x.citations), 'temporal2001-2', 'temporal2001-3')

  // stage: 不起诉 only before trial
  if (pretrial && minorOpen) { open.add('nonProsecution'); cites.push('cpl-177-2') }
  // 附条件不起诉 (第二百八十二条)
  let conditional = false
  const condWhy: string[] = []
  if (pretrial && d.kind === 'person') {
    const maxM = valueOf('cpl-282', 'maxMonths')
    if (age == null) condWhy.push('行为时年龄不详，无法判断能否附条件不起诉')
    else if (age >= adult) condWhy.push('行为时已满十八周岁，不适用附条件不起诉')
    else if (!CHAPTERS_4_TO_6.has(charge)) condWhy.push('妨害信用卡管理罪属刑法分则第三章，不在附条件不起诉的第四至六章之列')
    else if (point == null) condWhy.push('无刑期估算，无法判断可能判处的刑罚是否在一年有期徒刑以下')
    else if (point > maxM) condWhy.push(`估算刑期约 ${Math.round(point)} 个月（已计未成年人从宽），超过一年，不符合附条件不起诉条件`)
    else if (REMORSE(d) === false) condWhy.push('未见悔罪表现，不符合附条件不起诉条件')
    else {
      conditional = true
      open.add('conditionalNonProsecution')
      condWhy.push(`行为时 ${age} 周岁，涉嫌刑法分则第四至六章之罪，估算刑期约 ${Math.round(point)} 个月（一年以下），符合起诉条件${REMORSE(d) === true ? '且有悔罪表现' : '（悔罪表现须查明）'}，可以附条件不起诉；未成年犯罪嫌疑人及其法定代理人有异议的，应当起诉${open.has('nonProsecution') ? '；两者均可的，优先考虑相对不起诉' : ''}`)
    }
    if (age != null && age < adult) cites.push('cpl-282')
  }
  if (condWhy.length) whyParts.push(condWhy.join('；'))

  // court outcomes (open before trial too: a prosecuted matter ends at court)
  const recidivist = d.history.recidivist === true && !(age != null && age < adult)
  if (minorOpen) { open.add('exemption'); cites.push('crimlaw-a37') }
  const fineGrounds: string[] = []
  if (d.mitigation.firstOffence === true) fineGrounds.push('偶犯或者初犯')
  if (d.mitigation.surrendered === true || d.mitigation.meritoriousService === 'ordinary' || d.mitigation.meritoriousService === 'major') fineGrounds.push('自首或者有立功表现')
  if (age != null && age < adult) fineGrounds.push('犯罪时不满十八周岁')
  if (d.mitigation.role === 'coerced') fineGrounds.push('被胁迫参加犯罪')
  if ((d.mitigation.restitution ?? 0) > 0 && REMORSE(d) === true) fineGrounds.push('退赃并有悔罪表现')
  // 单处罚金 only in a tier that provides it (并处或者单处罚金: the base tiers, whose range starts at 0)
  const singleFineAllowed = (v.statutoryRange?.minMonths ?? 0) === 0
  if (singleFineAllowed && fineGrounds.length > 0 && !recidivist && d.kind === 'person') {
    open.add('fineOnly')
    whyParts.push(`可以单处罚金的情形：${fineGrounds.join('、')}（另须犯罪情节较轻、不致再危害社会）`)
    cites.push('propertyPenalty2000-4')
  }
  if (d.kind === 'unit') { open.add('fineOnly'); whyParts.push('单位犯罪，对单位判处罚金'); cites.push('crimlaw-a287-2-p2') }
  const probMax = valueOf('crimlaw-a72', 'maxYears') * 12
  if (d.kind === 'person') {
    if (recidivist) { whyParts.push('累犯不适用缓刑'); cites.push('crimlaw-a74') }
    else if (st && st.rangeMonths.min > probMax) whyParts.push(`估算刑期超过 ${probMax} 个月，不能宣告缓刑`)
    else { open.add('probation'); cites.push('crimlaw-a72') }
    open.add('custodial')
  }

  // appeal by the defendant alone: nothing heavier than the first-instance sentence (上诉不加刑)
  if (stage === 'appeal') {
    const first = input.appeal?.firstInstance ?? null
    if (input.appeal?.defendantOnly && first) {
      for (const o of [...open]) if (o !== 'undetermined' && SEVERITY[o as OutcomeKind] > SEVERITY[first.outcome]) open.delete(o)
      whyParts.push(`仅被告人一方上诉，二审不得加重刑罚：不重于一审的${OUTCOME_LABELS[first.outcome]}${first.months != null ? `（${first.months} 个月）` : ''}`)
      cites.push('cpl-237')
    } else if (input.appeal?.defendantOnly) {
      whyParts.push('仅被告人一方上诉的，二审不得加重刑罚；一审刑罚未录入，未据此限定')
      cites.push('cpl-237')
    }
  }

  if (partlyUnder16) {
    whyParts.push('行为开始时不满十六周岁、结束时已满十六周岁：只有年满十六周岁以后的行为可以追究，此前的张数、金额和获利不计入，须按此核对情节严重是否仍然成立')
    cites.push('crimlaw-a17-p1')
  }
  const openList = OUTCOME_WORDS.filter((o) => open.has(o))
  // 帮信意见第11条: a minor with a 第10条 circumstance and nothing 从严 is "一般应当不起诉或者免予刑事处罚": the
  // text sets the presumption, so the probabilities come from decisions on minors only (adults' outcomes say
  // nothing about it); with too few such decisions there are none and the law's ordering decides
  const art11 = in2025 && age != null && age < adult && severe.length === 0 &&
    lenient.some((x) => x.citations.includes('opinion2025-10')) && (open.has('nonProsecution') || open.has('exemption'))
  const pool = art11 ? (input.pool ?? libraryDefendants()).filter((c) => c.ageAtAct != null && c.ageAtAct < adult) : input.pool
  const probabilities = splitByProbation(outcomeProbabilities({ ...input, pool }, openList), st?.probationProbability ?? null)
  if (art11) whyParts.push('未成年人具有帮信意见第10条情形且无第9条从严情节，依第11条一般应当不起诉或者免予刑事处罚；概率只依未成年人的公开裁判估计')
  let likely: OutcomeWord
  if (probabilities) {
    likely = openList.reduce((best, o) => ((probabilities[o] ?? 0) > (probabilities[best] ?? 0) ? o : best), openList[0] ?? 'custodial')
  } else {
    likely = defaultLikely(openList, lenient.length, severe.length, age != null && age < adult && in2025, REMORSE(d))
  }
  // where both are open for a minor, 相对不起诉 is preferred over 附条件不起诉
  if (likely === 'conditionalNonProsecution' && open.has('nonProsecution')) likely = 'nonProsecution'
  whyParts.unshift(`构成犯罪。最可能的结果：${OUTCOME_LABELS[likely]}${probabilities ? `（依判例库中最相近的公开裁判估计，概率约 ${Math.round((probabilities[likely] ?? 0) * 100)}%）` : '（判例库中相近裁判不足，依法定情节排序，不给出概率）'}；此阶段法律仍允许的结果：${openList.map((o) => OUTCOME_LABELS[o]).join('、')}`)
  return {
    likely, open: openList, probabilities, why: whyParts.join('。') + '。', citations: uniq(cites), conditionalNonProsecutionPossible: conditional,
    minorWeighing, equivalenceWeighing
  }
}

/**
 * The nearest decisions say how likely a sentence is at all; between 缓刑 and 实刑 the sentencing estimate's calibrated
 * P(缓刑) (a model over the whole library, validated by decision) decides the split of that mass.
 */
export function splitByProbation(p: Partial<Record<OutcomeWord, number>> | null, pProbation: number | null): Partial<Record<OutcomeWord, number>> | null {
  if (!p || pProbation == null || p.probation == null || p.custodial == null) return p
  const mass = p.probation + p.custodial
  const r = (x: number): number => Math.round(x * 100) / 100
  return { ...p, probation: r(mass * pProbation), custodial: r(mass * (1 - pProbation)) }
}

/** Without library support: the law's own ordering — art. 11 for minors, then remorse for probation. */
function defaultLikely(open: readonly OutcomeWord[], lenient: number, severe: number, minorIn2025: boolean, remorse: boolean | null): OutcomeWord {
  const has = (o: OutcomeWord): boolean => open.includes(o)
  if (minorIn2025 && severe === 0 && lenient > 0 && has('nonProsecution')) return 'nonProsecution'
  if (minorIn2025 && severe === 0 && lenient > 0 && has('exemption')) return 'exemption'
  if (has('probation') && remorse === true && severe === 0) return 'probation'
  if (has('custodial')) return 'custodial'
  return open[0] ?? 'undetermined'
}


/**
 * The outcome of one analysed defendant, as analyze should print it: the verdicts from the engine's
 * DefendantAnalysis, the stage and province from the matter, the library's copy of this very matter left out.
 */
export function outcomeForAnalysis(doc: MatterDocument, d: Defendant, da: DefendantAnalysis, asOf: string, opts: Pick<OutcomeInput, 'appeal' | 'pool'> & { exclude?: readonly string[] } = {}): OutcomeResult {
  const province = (doc.matter as { province?: string | null }).province ?? null
  const statutoryRange = da.prevailingCharge === 'none' ? null : da.candidates.find((c) => c.charge === da.prevailingCharge)?.statutoryRange ?? null
  return computeOutcome({
    stage: doc.matter.stage, asOf, defendant: d, province,
    verdict: { prevailingCharge: da.prevailingCharge, disposition: da.disposition, elements: da.elements, seriousCircumstances: da.seriousCircumstances, statutoryRange, sentencing: da.sentencing ?? null },
    appeal: opts.appeal ?? null, exclude: opts.exclude ?? libraryIdsOf(doc), pool: opts.pool
  })
}

/** The spec's `disposition` with its version-2 value: 附条件不起诉 open where 相对不起诉 is not the better course. */
export type DispositionV2 = Disposition | 'conditionalNonProsecutionPossible'

export function dispositionWithOutcome(disposition: Disposition, outcome: Pick<OutcomeResult, 'open' | 'conditionalNonProsecutionPossible'>): DispositionV2 {
  if (disposition === 'noCrime' || disposition === 'undetermined') return disposition
  // where both are open for a minor, 相对不起诉 is preferred (decision guide, "The outcome ladder")
  if (disposition === 'nonProsecutionPossible' && outcome.open.includes('nonProsecution')) return disposition
  if (outcome.conditionalNonProsecutionPossible) return 'conditionalNonProsecutionPossible'
  return disposition
}
