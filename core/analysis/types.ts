// The analysis result: what the engine computes for a matter. This is the contract between
// core/engine (producer) and the CLI, the renderer, the memo templates and the clinic module
// (consumers). `analyze --json` prints a MatterAnalysis (spec: ../shared/spec/matter-format.md).
import type { CHARGE_IDS, Defendant, SentencingFactor } from '../matter/schema'

export type Status = 'met' | 'notMet' | 'undetermined'
/** A charge of the matter format (core/matter/schema.ts CHARGE_IDS; words in core/vocabulary.ts), or none. */
export type ChargeId = (typeof CHARGE_IDS)[number] | 'none'
export type Disposition = 'prosecute' | 'nonProsecutionPossible' | 'conditionalNonProsecutionPossible' | 'noCrime' | 'undetermined'

/** The grounds of 情节严重: derived from the registry core/engine/grounds/index.ts (one module per ground). */
export type { SeriousGroundId } from '../engine/grounds'
import type { SeriousGroundId } from '../engine/grounds'
import type { GroundResult } from '../engine/grounds/define'

/** One step of the reasoning, for the trace appendix and the "why" panel. */
export interface TraceStep {
  /** machine id of the rule that fired, e.g. `element.knowledge.presumed` */
  rule: string
  /** short Chinese sentence */
  text: string
  /** clause ids from the law library */
  citations: string[]
}

export interface ElementResult {
  /** `subject` | `knowledge` | `helpedCrime` | `helpConduct` | `seriousCircumstances` | charge-specific ids */
  id: string
  /** Chinese label, e.g. `明知` */
  label: string
  status: Status
  /** short Chinese reason */
  why: string
  /** matter field paths the decision used, e.g. `knowledge.indicators` (relative to the defendant) */
  facts: string[]
  citations: string[]
}

/** A numeric threshold and how far the facts are from it. */
export interface ThresholdMeasure {
  groundId: string
  /** what is measured, Chinese, e.g. `支付结算金额` */
  quantity: string
  unit: 'yuan' | 'count'
  /** null = unknown */
  value: number | null
  threshold: number
  /** threshold − value; ≤ 0 means reached (以上 includes the number); null when value unknown */
  gap: number | null
  reached: boolean | null
  /** set when the amount is reached but the ground still does not apply under the regime used (e.g. no 支付结算
   *  conduct under the 断卡纪要): why */
  inapplicable?: string
  /** e.g. `支付结算金额 18.5 万元，距 20 万元标准差 1.5 万元` */
  text: string
  citations: string[]
}

/** A ground's evaluation under one regime, as its module returns it (core/engine/grounds/define.ts), with the id
 *  typed: the registry guarantees every ground module's id is a SeriousGroundId. */
export type SeriousGroundResult = Omit<GroundResult, 'id'> & { id: SeriousGroundId }

export interface RegimeEvaluation {
  /** e.g. `r2019`, `r2021`, `r2022`, `r2025` */
  id: string
  label: string
  /** date from which the regime governs */
  from: string
  /** true when the regime may govern this case (in force at the act or between act and asOf) */
  inPlay: boolean
  /** true when it was already in force during the act period */
  inForceAtAct: boolean
  seriousMet: boolean | null
  grounds: SeriousGroundResult[]
  why: string
}

export interface SeriousCircumstancesResult {
  met: boolean | null
  /** ids of the grounds of the regime that decided (matter-format.md table) */
  basis: SeriousGroundId[]
  /** the regime that decided, with the 从旧兼从轻 reasoning */
  regimeUsed: string | null
  regimeWhy: string
  regimes: RegimeEvaluation[]
}

export interface StatutoryRange {
  minMonths: number
  maxMonths: number
  /** e.g. `三年以下有期徒刑、拘役或者管制，并处或者单处罚金` */
  label: string
  citations: string[]
}

export interface CandidateResult {
  charge: Exclude<ChargeId, 'none'>
  /** Chinese name, e.g. `掩饰、隐瞒犯罪所得罪` */
  label: string
  /** true / false / null (= undetermined on these facts) */
  established: boolean | null
  elements: ElementResult[]
  /** range on these facts (tier chosen), null when not established */
  statutoryRange: StatutoryRange | null
  /** tier wording, e.g. `情节严重` or `数额巨大`; notes where a tier cannot be confirmed */
  tier: string | null
  why: string
  citations: string[]
  warnings: string[]
}

/** A minimal change of facts that would change the conclusion (for lawyers, prosecutors, teachers). */
export interface Pivot {
  /** defendant-relative field path */
  fact: string
  /** Chinese sentence, e.g. `若无代为取现行为，则仅构成帮信罪` */
  text: string
  /** the conclusion after the change */
  resultingCharge: ChargeId
  resultingDisposition: Disposition
  citations: string[]
}

export interface SentencingAdjustment {
  factor: SentencingFactor
  label: string
  /** applied percent of the base sentence (negative = reduction) */
  percent: number
  /** the legal range of this adjustment, percent */
  range: { min: number; max: number }
  mode: 'multiplicative' | 'additive'
  /** true when the user set the value (what-if) */
  overridden: boolean
  why: string
  citations: string[]
}

export interface SentencingResult {
  /** always true: this is an estimate, calibrated on published judgments */
  estimate: true
  /** format v2: the single best estimate of the term, months (拘役 in months too) */
  pointMonths?: number
  /** format v2: the nominal coverage of rangeMonths (0.8: the term imposed falls inside it four times in five) */
  interval?: number
  /** P(缓刑) if a term is imposed; null where the law excludes it */
  probationProbability?: number | null
  /** which province's 实施细则 the numbers come from, or that the library holds none for the matter's province */
  provinceNote?: string
  basisNote: string
  charge: Exclude<ChargeId, 'none'>
  startingPointMonths: { min: number; max: number }
  baseMonths: number
  adjustments: SentencingAdjustment[]
  rangeMonths: { min: number; max: number }
  penaltyKind: 'fixedTerm' | 'criminalDetention' | 'exemption' | 'fineOnly'
  probationLikely: boolean
  probationWhy: string
  fine: { minYuan: number; maxYuan: number; why: string; citations: string[] }
  /** 职业禁止 / 禁止令 notes where apt */
  ancillary: string[]
  nonProsecutionPossible: boolean
  dispositionWhy: string
  citations: string[]
  calibration: { method: string; sampleSize: number; heldOutHitRate: number | null }
}

export interface DefendantAnalysis {
  id: string
  name: string
  prevailingCharge: ChargeId
  disposition: Disposition
  dispositionWhy: string
  /** every candidate offence evaluated on the same facts */
  candidates: CandidateResult[]
  /** the 帮信罪 elements */
  elements: ElementResult[]
  seriousCircumstances: SeriousCircumstancesResult
  /** every numeric ground with its distance (all regimes in play) */
  thresholds: ThresholdMeasure[]
  /** the 从一重 comparison, Chinese */
  competition: { text: string; citations: string[] }
  pivots: Pivot[]
  /**
   * When the analysis cannot decide (disposition `undetermined`): the unknown facts whose answer would decide it,
   * most decisive first. Empty otherwise.
   */
  openQuestions: OpenQuestion[]
  /** absent when prevailingCharge is `none` */
  sentencing?: SentencingResult
  /** format v2: the most likely way the matter ends at its stage, and every outcome the law leaves open there
   *  (core/outcome; absent on the pivot search's probes) */
  outcome?: OutcomeView
  /** format v2: the closest published decisions in the app's library (core/similar) */
  similarCases?: SimilarCaseView[]
  /** extension: the links to other defendants of the matter and what follows from them (core/engine/co-defendants.ts);
   *  absent when the defendant has no link and nothing is to be said */
  coDefendants?: CoDefendantsView
  trace: TraceStep[]
  /** e.g. a conclusion rests on an UNVERIFIED clause */
  warnings: string[]
}

/** Another defendant of the matter, as a link names it. */
export interface CoDefendantRef {
  id: string
  name: string
}

/** What the 同案人关系 say, for one defendant: never a finding of law — a clause's text, a question, or a data check. */
export interface CoDefendantNote {
  /** `note` what a clause says about the links; `question` a fact the clause makes decisive, not yet entered;
   *  `check` a 核对清单 item (the data disagree with each other) */
  kind: 'note' | 'question' | 'check'
  text: string
  citations: string[]
  /** the field the note is about, when one is (a dotted path into the defendant) */
  fact?: string
}

export interface CoDefendantsView {
  /** this defendant 受…招募、介绍 */
  recruitedBy: CoDefendantRef[]
  /** this defendant 受…指使、组织 */
  directedBy: CoDefendantRef[]
  /** this defendant 将卡/账户交付给… */
  suppliedTo: CoDefendantRef[]
  /** the defendants this one recruited (their recruitedBy names this one) */
  recruited: CoDefendantRef[]
  /** the defendants this one directed */
  directed: CoDefendantRef[]
  /** the defendants who handed cards/accounts to this one */
  suppliedBy: CoDefendantRef[]
  notes: CoDefendantNote[]
}

/** The outcome ladder's answer for one defendant (docs/outcome.md). */
export interface OutcomeView {
  likely: string
  open: string[]
  probabilities: Partial<Record<string, number>> | null
  why: string
  citations: string[]
}

/** A published decision close to the defendant's facts. */
export interface SimilarCaseView {
  /** `<library entry id>/<defendant id>` */
  id: string
  title: string
  /** the court or procuratorate that decided (memos cite a decision by it, not by the parties' names) */
  court: string | null
  url: string
  decided: string | null
  charge: ChargeId | null
  outcome: string | null
  /** the term imposed in months (拘役 too), null when none or not stated */
  months: number | null
  /** 0 = the same on every compared fact, 1 = different on every one */
  distance: number
  /** why it is close, Chinese */
  why: string
}

/** An unknown fact that blocks the conclusion, and what each answer would make of it. */
export interface OpenQuestion {
  /** the field (a FactPath of core/matter/fields.ts) */
  fact: string
  /** its label */
  label: string
  /** e.g. 若是：构成诈骗罪（共犯）；若否：构成帮助信息网络犯罪活动罪 */
  effect: string
  /** true when every answer decides the matter; false when only some do */
  decidesAlone: boolean
}

export interface MatterAnalysis {
  engineVersion: string
  lawLibraryVersion: string
  /** what the analysis was computed from (analysisFingerprint): set by the editor on a complete analysis, so that
   *  the memo service can reuse it instead of analysing the same matter again */
  fingerprint?: string
  /** the date the law was applied as of */
  asOf: string
  defendants: DefendantAnalysis[]
}

export interface AnalyzeOptions {
  /** override today's date (tests); defaults to the real date */
  today?: string
  /** skip the similar-cases search (the keystroke path; it runs with the pivot search) */
  similar?: boolean
  /** per defendant id, what-if sentencing percentages (take precedence over defendant.sentencingOverrides) */
  overrides?: Record<string, Partial<Record<SentencingFactor, number>>>
  /** search pivot facts (default true); false skips the re-analyses, e.g. for re-analysis on every keystroke */
  pivots?: boolean
}

/** What the engine hands the sentencing module (core/sentencing) for one defendant. */
export interface SentencingInput {
  defendant: Defendant
  charge: Exclude<ChargeId, 'none'>
  /** the statutory range on the facts (tier chosen by the engine) */
  statutoryRange: StatutoryRange
  /** 情节严重 grounds met under the regime used (for 287-2) */
  seriousBasis: SeriousGroundId[]
  /** the analysis date */
  asOf: string
  /** age at the act, derived from birthDate or ageAtAct; null if unknown */
  ageAtAct: number | null
  /** user what-if percentages, already merged (options override defendant.sentencingOverrides) */
  overrides: Partial<Record<SentencingFactor, number>>
}
