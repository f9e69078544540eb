// Tying an exercise, the analysis and a student's answer together: which items are asked, the comparison
// and score, the twists re-evaluated with the engine, and the worksheet content for the `clinic` memo.
import type { ChargeId, Disposition, MatterAnalysis } from '../analysis/types'
import type { FieldIssue, MatterDocument } from '../matter/schema'
import { compareAnswer, findDefendant, VERDICT_LABELS, type Comparison, type DecidingClause, decidingClauses } from './compare'
import { rubricTable, scoreComparison, type Score } from './rubric'
import {
  ANSWER_KIND, CHARGE_LABELS, CLINIC_FORMAT_VERSION, QUESTION_KIND_LABELS, SERIOUS_GROUND_LABELS,
  applyTwist, type ActualOutcome, type Exercise, type QuestionKind, type StudentAnswer, type Twist
} from './schema'

export type Analyze = (doc: MatterDocument) => MatterAnalysis

export function askedKinds(exercise: Exercise): Set<QuestionKind> {
  return new Set(exercise.questions.map((q) => q.kind))
}

export function includeFor(exercise: Exercise): { elements: boolean; charge: boolean; seriousGrounds: boolean; sentence: boolean } {
  const k = askedKinds(exercise)
  return { elements: k.has('elements'), charge: k.has('charge'), seriousGrounds: k.has('seriousGrounds'), sentence: k.has('sentence') }
}

export interface Graded {
  comparison: Comparison
  score: Score
}

/** Compare and score an answer. The answer must be for this exercise and its defendant. */
export function gradeAnswer(exercise: Exercise, analysis: MatterAnalysis, answer: StudentAnswer): Graded {
  if (answer.exerciseId !== exercise.id) {
    throw new Error(`答卷属于练习 ${answer.exerciseId}，不是 ${exercise.id} / the answer is for another exercise`)
  }
  const a = answer.defendantId === exercise.defendantId ? answer : { ...answer, defendantId: exercise.defendantId }
  const comparison = compareAnswer(analysis, a, includeFor(exercise))
  const act = exercise.actual
  if (act) {
    const convicted = act.disposition === 'convicted' || act.disposition === 'nonProsecution' || act.disposition === 'conditionalNonProsecution'
    const courtCharge: ChargeId = convicted && act.charge ? act.charge : 'none'
    for (const r of comparison.rows) {
      if (r.item === 'charge' && r.studentCharge !== null) r.court = { charge: courtCharge, same: r.studentCharge === courtCharge }
    }
  }
  return { comparison, score: scoreComparison(comparison) }
}

/** An empty answer for the worksheet form. */
export function blankAnswer(exercise: Exercise, student: { name: string; number: string | null }, now: string): StudentAnswer {
  return {
    kind: ANSWER_KIND,
    version: CLINIC_FORMAT_VERSION,
    exerciseId: exercise.id,
    exerciseTitle: exercise.title,
    defendantId: exercise.defendantId,
    student,
    elements: {},
    charge: null,
    seriousGrounds: [],
    sentence: null,
    submittedAt: now
  }
}

export interface TwistOutcome {
  twistId: string
  label: string
  prompt: string | null
  /** false when the changed facts are not a valid matter (issues say why) */
  ok: boolean
  issues: FieldIssue[]
  before: { charge: ChargeId; disposition: Disposition }
  after: { charge: ChargeId; disposition: Disposition; chargeLabel: string; seriousMet: boolean | null; rangeMonths: { min: number; max: number } | null; why: string } | null
  /** the conclusion (charge or disposition) changes */
  changed: boolean
  deciding: DecidingClause[]
}

/** Re-run the engine on each twist's changed facts. */
export function evaluateTwists(exercise: Exercise, base: MatterAnalysis, analyze: Analyze, twists: readonly Twist[] = exercise.twists): TwistOutcome[] {
  const b = findDefendant(base, exercise.defendantId)
  const before = { charge: b.prevailingCharge, disposition: b.disposition }
  return twists.map((t) => {
    const applied = applyTwist(exercise.document, t.patch)
    if (!applied.ok) {
      return { twistId: t.id, label: t.label, prompt: t.prompt ?? null, ok: false, issues: applied.issues, before, after: null, changed: false, deciding: [] }
    }
    const d = findDefendant(analyze(applied.document), exercise.defendantId)
    const cand = d.candidates.find((c) => c.charge === d.prevailingCharge)
    return {
      twistId: t.id,
      label: t.label,
      prompt: t.prompt ?? null,
      ok: true,
      issues: [],
      before,
      after: {
        charge: d.prevailingCharge,
        disposition: d.disposition,
        chargeLabel: CHARGE_LABELS[d.prevailingCharge],
        seriousMet: d.seriousCircumstances.met,
        rangeMonths: d.sentencing ? { ...d.sentencing.rangeMonths } : null,
        why: [cand?.why, d.competition.text, d.dispositionWhy].filter((s): s is string => !!s).join(' ')
      },
      changed: d.prevailingCharge !== before.charge || d.disposition !== before.disposition,
      deciding: decidingClauses([...(cand?.citations ?? []), ...d.competition.citations])
    }
  })
}

const DISPOSITION_ZH: Record<ActualOutcome['disposition'], string> = {
  convicted: '有罪判决', nonProsecution: '相对不起诉', conditionalNonProsecution: '附条件不起诉', insufficientEvidence: '存疑不起诉', acquitted: '宣告无罪'
}

/** 法院实际认定, one Chinese sentence. */
export function actualText(a: ActualOutcome): string {
  const parts = [DISPOSITION_ZH[a.disposition]]
  if (a.charge) parts.push(CHARGE_LABELS[a.charge])
  if (a.seriousBasisStated?.length) {
    parts.push(`情节严重依据：${a.seriousBasisStated.map((g) => SERIOUS_GROUND_LABELS[g as keyof typeof SERIOUS_GROUND_LABELS] ?? g).join('；')}`)
  }
  const s = a.sentence
  if (s) {
    const kind = s.kind === 'fixedTerm' ? '有期徒刑' : s.kind === 'criminalDetention' ? '拘役' : s.kind === 'exemption' ? '免予刑事处罚' : s.kind
    const term = s.months != null ? `${kind}${s.months}个月` : kind
    parts.push([term, s.probationMonths ? `缓刑${s.probationMonths}个月` : null, s.fineYuan != null ? `罚金${s.fineYuan}元` : null].filter(Boolean).join('，'))
  }
  return parts.join('；')
}

// ---------------------------------------------------------------- worksheet (content for the `clinic` memo kind)
export interface WorksheetRow {
  label: string
  student: string | null
  engine: string
  verdict: string | null
  why: string
  deciding: DecidingClause[]
}

export interface Worksheet {
  title: string
  narrative: string
  source: Exercise['source']
  defendantId: string
  defendantName: string
  questions: { id: string; kind: QuestionKind; kindLabel: string; prompt: string }[]
  /** the answer key: the analysis, item by item, with the deciding clauses */
  answerKey: WorksheetRow[]
  /** present when a student's answer is given: the same rows with the student's side and the verdict */
  student: {
    name: string
    number: string | null
    submittedAt: string
    /** the written parts the teacher reads (not scored): the reason for the charge, the open questions' answers */
    chargeReason: string | null
    openAnswers: { questionId: string; prompt: string; answer: string }[]
    /** the student's answers to the twists' questions, by twist id */
    twistAnswers: Record<string, string>
  } | null
  score: Score | null
  rubric: { item: string; points: string }[]
  twists: TwistOutcome[]
  actual: string | null
  /** some deciding clause is PARTLY/UNVERIFIED or missing from the library: the memo must say so */
  unverified: boolean
}

/** Key of a twist's answer in `StudentAnswer.openAnswers`. */
export const TWIST_ANSWER_PREFIX = 'twist:'

function studentPart(exercise: Exercise, answer: StudentAnswer): NonNullable<Worksheet['student']> {
  const open = answer.openAnswers ?? {}
  const twistAnswers: Record<string, string> = {}
  for (const t of exercise.twists) {
    const a = open[`${TWIST_ANSWER_PREFIX}${t.id}`]?.trim()
    if (a) twistAnswers[t.id] = a
  }
  return {
    name: answer.student.name,
    number: answer.student.number,
    submittedAt: answer.submittedAt,
    chargeReason: answer.chargeReason?.trim() || null,
    openAnswers: exercise.questions
      .filter((q) => q.kind === 'open')
      .map((q) => ({ questionId: q.id, prompt: q.prompt.trim() || QUESTION_KIND_LABELS.open, answer: open[q.id]?.trim() ?? '' }))
      .filter((a) => a.answer !== ''),
    twistAnswers
  }
}

/** Everything the worksheet shows. Pass `answer` for a graded worksheet; `twists` from evaluateTwists. */
export function buildWorksheet(exercise: Exercise, analysis: MatterAnalysis, opts: { answer?: StudentAnswer | null; twists?: TwistOutcome[] } = {}): Worksheet {
  const d = findDefendant(analysis, exercise.defendantId)
  const answer = opts.answer ?? null
  // the key is the comparison against an empty answer (engine side); with an answer, the graded rows
  const probe: StudentAnswer = answer ?? blankAnswer(exercise, { name: '-', number: null }, new Date(0).toISOString())
  const graded = gradeAnswer(exercise, analysis, probe)
  const answerKey: WorksheetRow[] = graded.comparison.rows.map((r) => ({
    label: r.label,
    student: answer ? r.student + (r.item === 'element' && r.reason.trim() ? `（理由：${r.reason.trim()}）` : '') : null,
    engine: r.engine,
    verdict: answer ? VERDICT_LABELS[r.verdict] : null,
    why: r.why,
    deciding: r.deciding
  }))
  return {
    title: exercise.title,
    narrative: exercise.narrative,
    source: exercise.source,
    defendantId: d.id,
    defendantName: d.name,
    questions: exercise.questions.map((q) => ({ id: q.id, kind: q.kind, kindLabel: QUESTION_KIND_LABELS[q.kind], prompt: q.prompt })),
    answerKey,
    student: answer ? studentPart(exercise, answer) : null,
    score: answer ? graded.score : null,
    rubric: rubricTable(),
    twists: opts.twists ?? [],
    actual: exercise.actual ? actualText(exercise.actual) : null,
    unverified: graded.comparison.unverified || (opts.twists ?? []).some((t) => t.deciding.some((c) => c.verification !== 'VERIFIED'))
  }
}

