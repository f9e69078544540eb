// The rules engine entry point: analyzeMatter(doc) → MatterAnalysis (core/analysis/types.ts; what
// `analyze --json` prints, ../shared/spec/matter-format.md). Pure and synchronous, cheap enough to run on
// every keystroke (npm run bench: analyzeMedianMicros).
import { LAW_LIBRARY_VERSION, source, valueOf, verificationWarning } from '../law'
import type { Defendant, MatterDocument, SentencingFactor } from '../matter/schema'
import type {
  AnalyzeOptions, CandidateResult, ChargeId, DefendantAnalysis, Disposition, ElementResult, MatterAnalysis,
  SentencingResult, Status, StatutoryRange, ThresholdMeasure, TraceStep
} from '../analysis/types'
import { evaluateCompetition, findChargePivots } from './competition'
import { dispositionWithOutcome, outcomeForAnalysis } from '../outcome'
import { similarForMatter } from '../similar'
import type { CompetitionResult } from './competition'
import { estimateSentence } from '../sentencing'
import { todayIso } from './dates'
import { ageAtAct } from '../matter/age'
import { SOURCED_AMOUNT_LABELS, type SourcedAmount } from '../matter/provenance'
import { yuan } from './format'
import {
  actTimeElement, el, helpConductElement, helpedCrimeElement, knowledgeElement, subjectElement
} from './elements'
import { CHARGE_LABELS, DISPOSITION_LABELS } from './labels'
import { coDefendantsView, hasCoDefendants } from './co-defendants'
import { openQuestions } from './open-questions'
import { thresholdPivots } from './pivots'
import { helpInfoRegimes, offenceStart } from './regimes'
import { evaluateSerious } from './serious'

export const ENGINE_VERSION = '1.1.0'

interface Env {
  asOf: string
  overrides: AnalyzeOptions['overrides']
  /** matter.province (format v2): selects the province's 实施细则 where the library holds it */
  province: string | null
}

const SERIOUS_FACTS = [
  'helped.objectCount', 'amounts.paymentSettlement', 'amounts.advertisingFunds', 'amounts.illegalGain',
  'history.adminPenaltyWithin2Years', 'helped.consequence', 'conduct.cards', 'amounts.oneWayInflow', 'amounts.verifiedFraudFunds',
  'amounts.explainedLegitimateFunds', 'conduct.paymentSettlement', 'conduct.transferredForOthers', 'conduct.faceVerificationForOthers'
]

function combine(statuses: Status[]): boolean | null {
  if (statuses.includes('notMet')) return false
  if (statuses.includes('undetermined')) return null
  return true
}

export function helpInfoRange(): StatutoryRange {
  const id = 'crimlaw-a287-2-p1'
  return {
    minMonths: valueOf(id, 'minMonths'),
    maxMonths: valueOf(id, 'maxMonths'),
    label: '三年以下有期徒刑或者拘役，并处或者单处罚金',
    citations: [id]
  }
}

function unverifiedWarnings(ids: Iterable<string>): string[] {
  const out: string[] = []
  for (const id of new Set(ids)) {
    const w = verificationWarning(id)
    if (w) out.push(w)
  }
  return out
}

/**
 * The analysis of one defendant without the pivot search: elements → 情节严重 → competing charges → sentence →
 * disposition. `light` (the pivot search's probes) skips what only a reader needs: trace, distances, warnings.
 * A step that throws is not caught: a bug in competition or sentencing fails loudly (tests, the app's error).
 */
function analyzeCore(d: Defendant, env: Env, light: boolean): DefendantAnalysis {
  const trace: TraceStep[] = []
  const notes = { warnings: [] as string[] }
  const regimes = helpInfoRegimes()
  const start = offenceStart()

  const actTime = actTimeElement(d, start, notes)
  const subject = subjectElement(d, notes)
  const knowledge = knowledgeElement(d)
  const helpConduct = helpConductElement(d)
  let actFrom = d.actPeriod?.from ?? null
  let actTo = d.actPeriod?.to ?? null
  if (actTo !== null && actTo > env.asOf) {
    notes.warnings.push(`行为终了日期（${actTo}）晚于分析日期（${env.asOf}），按分析日期计`)
    actTo = env.asOf
  }
  if (actFrom !== null && actFrom > env.asOf) actFrom = env.asOf
  const serious = evaluateSerious(d, regimes, { from: actFrom, to: actTo, asOf: env.asOf })
  const used = serious.regimes.find((r) => r.id === serious.regimeUsed) ?? null
  const fiveTimes = used?.grounds.find((g) => g.id === 'interp2019-12-2')?.status ?? null
  const helpedCrime = helpedCrimeElement(d, fiveTimes)
  const usedDef = regimes.find((r) => r.id === serious.regimeUsed)
  const seriousStatus: Status = serious.met === true ? 'met' : serious.met === false ? 'notMet' : 'undetermined'
  const basisText = serious.basis.length
    ? `：${used?.grounds.filter((g) => serious.basis.includes(g.id)).map((g) => g.why).join('；')}`
    : ''
  const seriousCites = serious.basis.length ? [...serious.basis] : usedDef ? [...usedDef.citations] : ['crimlaw-a287-2-p1']
  if (serious.regimes.some((r) => r.id !== serious.regimeUsed)) seriousCites.push('crimlaw-a12')
  const seriousEl = el('seriousCircumstances', '情节严重', seriousStatus,
    `${serious.met === true ? '达到情节严重' : serious.met === false ? '未达到情节严重' : '能否达到情节严重尚不能判断'}${basisText}。${serious.regimeWhy}`,
    SERIOUS_FACTS, seriousCites)

  const elements: ElementResult[] = [actTime, subject, knowledge, helpedCrime, helpConduct, seriousEl]
  if (!light) {
    // amounts confirmed from bank statements say where they come from (docs/statements.md)
    for (const [key, src] of Object.entries(d.amountSources ?? {})) {
      if (!src) continue
      const files = src.files.map((f) => f.name).join('、')
      trace.push({ rule: `amount.source.${key}`, text: `${SOURCED_AMOUNT_LABELS[key as SourcedAmount]}${yuan(src.amount)}，来自流水${files}共 ${src.rowCount} 笔（${src.rule}）`, citations: [] })
    }
    for (const e of elements) trace.push({ rule: `element.${e.id}.${e.status}`, text: `${e.label}：${e.why}`, citations: e.citations })
    for (const r of serious.regimes) {
      const metGrounds = r.grounds.filter((g) => g.status === 'met')
      const def = regimes.find((x) => x.id === r.id)
      trace.push({
        rule: `serious.regime.${r.id}.${r.seriousMet === true ? 'met' : r.seriousMet === false ? 'notMet' : 'undetermined'}`,
        text: `${r.why}${metGrounds.length ? `（${metGrounds.map((g) => g.why).join('；')}）` : ''}`,
        citations: metGrounds.length ? metGrounds.map((g) => g.id) : def?.citations ?? []
      })
    }
    trace.push({ rule: 'serious.regime', text: serious.regimeWhy, citations: usedDef?.citations ?? [] })
  }

  const established = combine(elements.map((e) => e.status))
  const range = helpInfoRange()
  const helpInfo: CandidateResult = {
    charge: 'art287-2',
    label: CHARGE_LABELS['art287-2'],
    established,
    elements,
    statutoryRange: established === true ? range : null,
    tier: established === true ? '情节严重（入罪标准）' : null,
    why: established === true
      ? '各构成要件均已具备'
      : established === false
        ? `不具备：${elements.filter((e) => e.status === 'notMet').map((e) => e.label).join('、')}`
        : `尚不能判断：${elements.filter((e) => e.status === 'undetermined').map((e) => e.label).join('、')}`,
    citations: ['crimlaw-a287-2-p1'],
    warnings: []
  }

  const age = ageAtAct(d)
  const comp: CompetitionResult = evaluateCompetition({
    defendant: d, asOf: env.asOf, actFrom: d.actPeriod?.from ?? null, actTo: d.actPeriod?.to ?? null, ageAtAct: age,
    helpInfoCandidate: helpInfo, knowledge
  })
  trace.push(...comp.trace)
  const prevailing: ChargeId = comp.prevailingCharge
  // the competition module usually records its conclusion as a trace step already; do not repeat it
  if (comp.competition.text && !comp.trace.some((t) => t.text === comp.competition.text)) {
    trace.push({ rule: 'competition', text: comp.competition.text, citations: comp.competition.citations })
  }

  let sentencing: SentencingResult | null = null
  if (prevailing !== 'none') {
    const cand = comp.candidates.find((c) => c.charge === prevailing)
    const statutoryRange = cand?.statutoryRange ?? (prevailing === 'art287-2' ? range : null)
    if (statutoryRange) {
      const overrides: Partial<Record<SentencingFactor, number>> = { ...(d.sentencingOverrides ?? {}), ...(env.overrides?.[d.id] ?? {}) }
      sentencing = estimateSentence({
        defendant: d, charge: prevailing, statutoryRange, seriousBasis: serious.basis, asOf: env.asOf, ageAtAct: age, overrides
      }, { province: env.province })
    }
  }

  let disposition: Disposition
  let dispositionWhy: string
  const dispositionCites: string[] = []
  if (prevailing !== 'none') {
    if (sentencing?.nonProsecutionPossible) {
      disposition = 'nonProsecutionPossible'
      dispositionWhy = `构成${CHARGE_LABELS[prevailing]}，${sentencing.dispositionWhy || '犯罪情节轻微，可以不起诉或者免予刑事处罚'}`
    } else {
      disposition = 'prosecute'
      dispositionWhy = `构成${CHARGE_LABELS[prevailing]}${sentencing?.dispositionWhy ? `；${sentencing.dispositionWhy}` : ''}`
    }
  } else {
    const others = comp.candidates.filter((c) => c.charge !== 'art287-2')
    const anyOpen = established === null || others.some((c) => c.established === null)
    if (anyOpen) {
      disposition = 'undetermined'
      const open = elements.filter((e) => e.status === 'undetermined').map((e) => e.label)
      dispositionWhy = open.length ? `依现有事实尚不能判断：${open.join('、')}待查明` : '依现有事实尚不能判断其他罪名是否成立'
    } else {
      disposition = 'noCrime'
      const failed = elements.filter((e) => e.status === 'notMet')
      dispositionWhy = failed.length
        ? `不构成帮信罪：${failed.map((e) => `${e.label}（${e.why}）`).join('；')}`
        : '不构成犯罪'
      if (serious.met === false && failed.length === 1) {
        dispositionWhy += '。尚不构成犯罪的，可能依《反电信网络诈骗法》第三十八条、第四十四条予以行政处罚'
        dispositionCites.push('antifraud-38', 'antifraud-44')
      }
    }
  }
  if (!light) {
    // the reason may already open with the disposition's words (尚不能判断): say them once
    const label = DISPOSITION_LABELS[disposition]
    trace.push({ rule: `disposition.${disposition}`, text: dispositionWhy.startsWith(label) ? dispositionWhy : `${label}：${dispositionWhy}`, citations: dispositionCites })
  }

  // The distances: the regime that applies first (a measure shared by several regimes is shown as that regime
  // reads it), then what only the other regimes in play measure. A measure whose amount is reached while its
  // ground does not apply under the regime that measured it says so.
  const thresholds: ThresholdMeasure[] = []
  const seen = new Set<string>()
  const ordered = [...serious.regimes.filter((r) => r.id === serious.regimeUsed), ...serious.regimes.filter((r) => r.id !== serious.regimeUsed)]
  for (const r of light ? [] : ordered) {
    for (const g of r.grounds) {
      for (const m of g.measures) {
        const key = `${m.groundId}|${m.quantity}|${m.value}|${m.threshold}`
        if (seen.has(key)) continue
        seen.add(key)
        thresholds.push(m.reached === true && g.status === 'notMet' && m.groundId === g.id ? { ...m, inapplicable: g.why } : m)
      }
    }
  }

  const conclusionCites = light ? [] : elements.filter((e) => e.status !== 'undetermined').flatMap((e) => e.citations)
  const warnings = [...notes.warnings]
  for (const r of light ? [] : serious.regimes) {
    const def = regimes.find((x) => x.id === r.id)
    if (!def || def.grounds.length === 0) continue
    const src = source(def.sourceId)
    if (src.verification !== 'VERIFIED' && (r.id === serious.regimeUsed)) warnings.push(`${def.label}：${src.note ?? '来源未完全核实'}`)
  }
  warnings.push(...unverifiedWarnings(conclusionCites))
  warnings.push(...comp.warnings)
  if (sentencing) warnings.push('量刑为依公开判决校准的估算，不是法定标准')

  const result: DefendantAnalysis = {
    id: d.id,
    name: d.name,
    prevailingCharge: prevailing,
    disposition,
    dispositionWhy,
    candidates: comp.candidates,
    elements,
    seriousCircumstances: serious,
    thresholds,
    competition: comp.competition,
    pivots: [],
    openQuestions: [],
    trace,
    warnings: [...new Set(warnings)]
  }
  if (sentencing) result.sentencing = sentencing
  return result
}

/**
 * The pivot search, outside the analysis: which single (or, for the charge, paired) change of fact would change
 * the prevailing charge or the disposition. Each probe is a light core analysis; probes never search pivots.
 */
function withPivots(d: Defendant, env: Env, base: DefendantAnalysis): DefendantAnalysis {
  const probe = (x: Defendant) => {
    const r = analyzeCore(x, env, true)
    return { prevailingCharge: r.prevailingCharge, disposition: r.disposition }
  }
  const chargePivots = findChargePivots(d, base.prevailingCharge, probe)
  // a fact the charge pivots already name is not listed a second time
  const named = new Set(chargePivots.map((p) => p.fact))
  const pivots = [...chargePivots, ...thresholdPivots(d, base, probe).filter((p) => !named.has(p.fact))]
  const pivotTrace = chargePivots.map((p) => ({ rule: 'competition.pivot', text: `关键事实：${p.text}`, citations: p.citations }))
  return { ...base, pivots, openQuestions: openQuestions(d, base, (x) => analyzeCore(x, env, true)), trace: [...base.trace, ...pivotTrace] }
}

function analyzeDefendant(doc: MatterDocument, d: Defendant, env: Env, opts: AnalyzeOptions): DefendantAnalysis {
  const base = analyzeCore(d, env, false)
  return withCoDefendants(doc, d, withOutcome(doc, d, opts.pivots !== false ? withPivots(d, env, base) : base, env.asOf, opts.similar !== false), env.asOf)
}

/**
 * The 同案人关系 over an analysis (core/engine/co-defendants.ts): matter-level, so it is derived from the whole matter
 * and added last; absent when the defendant has no link and nothing is to be said.
 */
export function withCoDefendants(doc: MatterDocument, d: Defendant, da: DefendantAnalysis, asOf: string): DefendantAnalysis {
  const { coDefendants: _old, ...rest } = da
  const v = coDefendantsView(doc, d, asOf)
  return hasCoDefendants(v) ? { ...rest, coDefendants: v } : rest
}

/**
 * The outcome ladder (core/outcome) and the similar published decisions (core/similar) over an analysis: the
 * disposition gains its version-2 value (附条件不起诉 open for a minor where 相对不起诉 is not the better course).
 * Run last — the pivot search compares the core analyses' dispositions.
 */
export function withOutcome(doc: MatterDocument, d: Defendant, da: DefendantAnalysis, asOf: string, similar = true): DefendantAnalysis {
  const o = outcomeForAnalysis(doc, d, da, asOf)
  const disposition = dispositionWithOutcome(da.disposition, o)
  const out: DefendantAnalysis = {
    ...da,
    disposition,
    outcome: { likely: o.likely, open: o.open, probabilities: o.probabilities, why: o.why, citations: o.citations }
  }
  if (similar) out.similarCases = similarForMatter(doc, d)
  return out
}

export function analyzeMatter(doc: MatterDocument, opts: AnalyzeOptions = {}): MatterAnalysis {
  const asOf = analysisDate(doc, opts)
  const env: Env = { asOf, overrides: opts.overrides, province: doc.matter.province ?? null }
  return {
    engineVersion: ENGINE_VERSION,
    lawLibraryVersion: LAW_LIBRARY_VERSION,
    asOf,
    defendants: doc.defendants.map((d) => analyzeDefendant(doc, d, env, opts))
  }
}

/**
 * The pivot search for one defendant whose analysis without pivots is already at hand (the editor runs the
 * keystroke analysis first and this when idle): the same result as analysing with pivots, without analysing twice.
 */
export function addPivots(d: Defendant, base: DefendantAnalysis, asOf: string, opts: AnalyzeOptions & { province?: string | null } = {}): DefendantAnalysis {
  return withPivots(d, { asOf, overrides: opts.overrides, province: opts.province ?? null }, base)
}

/**
 * What an analysis was computed from: the engine, the law library, the date the law is applied as of and the matter
 * as the schema reads it. The memo service reuses an analysis handed to it only when this matches the matter it
 * validated itself (cyrb53 over the canonical JSON; a mismatch simply means analysing again).
 */
export function analysisFingerprint(doc: MatterDocument, asOf: string): string {
  const text = `${ENGINE_VERSION}|${LAW_LIBRARY_VERSION}|${asOf}|${JSON.stringify(doc)}`
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** The date the law is applied as of, for a matter (its asOf, else the option's today, else today). */
export function analysisDate(doc: MatterDocument, opts: AnalyzeOptions = {}): string {
  return doc.matter.asOf ?? opts.today ?? todayIso()
}

/** One defendant, for callers that re-analyse a single edited defendant. */
/**
 * One defendant's core analysis (no pivots, no outcome) for callers that re-analyse a single edited defendant and
 * add the rest themselves (addPivots, withOutcome — the editor, renderer/src/engine.ts).
 */
export function analyzeDefendantCore(doc: MatterDocument, d: Defendant, opts: AnalyzeOptions = {}): DefendantAnalysis {
  return analyzeCore(d, { asOf: analysisDate(doc, opts), overrides: opts.overrides, province: doc.matter.province ?? null }, false)
}
