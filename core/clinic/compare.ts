// The student's answer against the engine's analysis, item by item, each row naming the clause that decides it.
import type { ChargeId, DefendantAnalysis, MatterAnalysis, SeriousGroundId, Status } from '../analysis/types'
import { hasClause, resolveCitation, verificationNote, type Verification } from '../law'
import {
  CHARGE_LABELS, ELEMENT_IDS, ELEMENT_LABELS, SERIOUS_GROUND_LABELS, STATUS_LABELS,
  type ElementId, type StudentAnswer
} from './schema'

export type Verdict = 'agree' | 'partial' | 'disagree' | 'unanswered'
export const VERDICT_LABELS: Record<Verdict, string> = { agree: '一致', partial: '部分一致', disagree: '不一致', unanswered: '未作答' }

export interface DecidingClause {
  clauseId: string
  /** e.g. `法释〔2019〕15号 第十二条第一款第（二）项`; the bare id when the library lacks the clause */
  cite: string
  verification: Verification
  /** the UNVERIFIED / PARTLY note, or that the library lacks the clause; null when verified */
  note: string | null
}

interface RowBase {
  label: string
  /** the student's answer, Chinese */
  student: string
  /** the analysis' conclusion, Chinese */
  engine: string
  verdict: Verdict
  /** the analysis' reason */
  why: string
  deciding: DecidingClause[]
}
export interface ElementRow extends RowBase {
  item: 'element'
  elementId: ElementId
  studentStatus: Status | null
  engineStatus: Status | null
  /** the student's reason (not graded beyond its presence) */
  reason: string
}
export interface ChargeRow extends RowBase {
  item: 'charge'
  studentCharge: ChargeId | null
  engineCharge: ChargeId
  /** published cases: the charge the court or procuratorate found (none = no conviction), and whether the student's is the same.
   *  Shown for discussion; the score compares with the analysis. */
  court?: { charge: ChargeId; same: boolean }
}
export interface GroundsRow extends RowBase {
  item: 'seriousGrounds'
  common: SeriousGroundId[]
  /** grounds of the analysis the student did not name */
  missed: SeriousGroundId[]
  /** grounds the student named that the analysis did not find */
  extra: SeriousGroundId[]
}
export interface SentenceRow extends RowBase {
  item: 'sentence'
  studentRange: { min: number; max: number } | null
  engineRange: { min: number; max: number } | null
  /** months shared by both ranges (0 when they only touch); null when either is absent */
  overlapMonths: number | null
  /** months between the ranges when they do not overlap; 0 when they do; null when either is absent */
  gapMonths: number | null
}
export type ComparisonRow = ElementRow | ChargeRow | GroundsRow | SentenceRow

export interface Comparison {
  defendantId: string
  defendantName: string
  rows: ComparisonRow[]
  counts: Record<Verdict, number>
  /** the analysis rests on a clause that is not verified (the UI and the worksheet say so) */
  unverified: boolean
}

export function decidingClauses(ids: readonly string[]): DecidingClause[] {
  const out: DecidingClause[] = []
  for (const id of new Set(ids)) {
    if (!hasClause(id)) {
      out.push({ clauseId: id, cite: id, verification: 'UNVERIFIED', note: '法律库中暂未收录此条文，请自行核对 / clause not yet in the law library' })
      continue
    }
    const c = resolveCitation(id)
    out.push({ clauseId: id, cite: c.cite, verification: c.verification, note: verificationNote(c.verification) })
  }
  return out
}

const DISPOSITION_NOTE: Partial<Record<DefendantAnalysis['disposition'], string>> = {
  undetermined: '（依现有事实尚不能确定，有要件待查）',
  nonProsecutionPossible: '（犯罪情节轻微，可能不起诉或免予刑事处罚）'
}

const rangeText = (r: { min: number; max: number } | null) => (r ? `${r.min}–${r.max} 个月` : '不判处刑罚 / 无刑期')
const groundsText = (g: readonly SeriousGroundId[]) => (g.length ? g.map((x) => `${SERIOUS_GROUND_LABELS[x]}（${x}）`).join('；') : '无')

export function findDefendant(analysis: MatterAnalysis, defendantId: string): DefendantAnalysis {
  const d = analysis.defendants.find((x) => x.id === defendantId)
  if (!d) throw new Error(`分析结果中没有被告人 ${defendantId} / no such defendant in the analysis`)
  return d
}

export function compareElement(d: DefendantAnalysis, elementId: ElementId, answer: StudentAnswer): ElementRow {
  const e = d.elements.find((x) => x.id === elementId) ?? null
  const a = answer.elements[elementId] ?? null
  const studentStatus = a?.status ?? null
  const engineStatus = e?.status ?? null
  const verdict: Verdict = studentStatus === null ? 'unanswered' : studentStatus === engineStatus ? 'agree' : 'disagree'
  return {
    item: 'element',
    elementId,
    label: ELEMENT_LABELS[elementId],
    student: studentStatus ? STATUS_LABELS[studentStatus] : '未作答',
    engine: engineStatus ? STATUS_LABELS[engineStatus] : '分析未给出',
    studentStatus,
    engineStatus,
    reason: a?.reason ?? '',
    verdict: e === null && studentStatus !== null ? 'disagree' : verdict,
    why: e?.why ?? '',
    deciding: decidingClauses(e?.citations ?? [])
  }
}

export function compareCharge(d: DefendantAnalysis, answer: StudentAnswer): ChargeRow {
  const engineCharge = d.prevailingCharge
  const cand = d.candidates.find((c) => c.charge === engineCharge)
  const studentCharge = answer.charge
  const citations = [...(cand?.citations ?? []), ...d.competition.citations]
  return {
    item: 'charge',
    label: '罪名认定',
    student: studentCharge ? CHARGE_LABELS[studentCharge] : '未作答',
    engine: CHARGE_LABELS[engineCharge] + (DISPOSITION_NOTE[d.disposition] ?? ''),
    studentCharge,
    engineCharge,
    verdict: studentCharge === null ? 'unanswered' : studentCharge === engineCharge ? 'agree' : 'disagree',
    why: [cand?.why, d.competition.text, engineCharge === 'none' ? d.dispositionWhy : null].filter((s): s is string => !!s).join(' '),
    deciding: decidingClauses(citations)
  }
}

export function compareGrounds(d: DefendantAnalysis, answer: StudentAnswer): GroundsRow {
  const engine = [...d.seriousCircumstances.basis]
  const student = [...answer.seriousGrounds]
  const es = new Set<SeriousGroundId>(engine)
  const ss = new Set<SeriousGroundId>(student)
  const common = engine.filter((g) => ss.has(g))
  const missed = engine.filter((g) => !ss.has(g))
  const extra = student.filter((g) => !es.has(g))
  const verdict: Verdict = missed.length === 0 && extra.length === 0 ? 'agree' : common.length > 0 ? 'partial' : 'disagree'
  const groundCitations: string[] = []
  for (const r of d.seriousCircumstances.regimes) {
    for (const g of r.grounds) if (es.has(g.id) || ss.has(g.id)) groundCitations.push(...g.citations)
  }
  return {
    item: 'seriousGrounds',
    label: '情节严重的依据',
    student: groundsText(student),
    engine: d.seriousCircumstances.met === null && engine.length === 0 ? '依现有事实无法判断' : groundsText(engine),
    common,
    missed,
    extra,
    verdict,
    why: [d.seriousCircumstances.regimeWhy].filter(Boolean).join(' '),
    deciding: decidingClauses(groundCitations.length ? groundCitations : engine)
  }
}

export function compareSentence(d: DefendantAnalysis, answer: StudentAnswer): SentenceRow {
  const s = d.sentencing
  const engineRange = s ? { min: s.rangeMonths.min, max: s.rangeMonths.max } : null
  const studentRange = answer.sentence ? { min: answer.sentence.minMonths, max: answer.sentence.maxMonths } : null
  let overlapMonths: number | null = null
  let gapMonths: number | null = null
  let verdict: Verdict
  if (engineRange && studentRange) {
    const lo = Math.max(engineRange.min, studentRange.min)
    const hi = Math.min(engineRange.max, studentRange.max)
    overlapMonths = Math.max(0, hi - lo)
    gapMonths = Math.max(0, lo - hi)
    verdict = hi >= lo ? 'agree' : 'disagree'
  } else if (!engineRange && !studentRange) {
    verdict = 'agree'
  } else {
    verdict = 'disagree'
  }
  return {
    item: 'sentence',
    label: '量刑区间（估算）',
    student: rangeText(studentRange),
    engine: s ? `${rangeText(engineRange)}（估算）` : '不判处刑罚（未认定犯罪）',
    studentRange,
    engineRange,
    overlapMonths,
    gapMonths,
    verdict,
    why: s ? [s.basisNote, s.probationWhy, s.dispositionWhy].filter(Boolean).join(' ') : d.dispositionWhy,
    deciding: decidingClauses(s?.citations ?? [])
  }
}

/** Compare a student's answer with the analysis of the exercise's defendant. `include` limits the items
 *  to the questions the exercise asks (default: all). */
export function compareAnswer(
  analysis: MatterAnalysis,
  answer: StudentAnswer,
  include: { elements?: boolean; charge?: boolean; seriousGrounds?: boolean; sentence?: boolean } = {}
): Comparison {
  const d = findDefendant(analysis, answer.defendantId)
  const on = (k: keyof typeof include) => include[k] !== false
  const rows: ComparisonRow[] = []
  if (on('elements')) for (const id of ELEMENT_IDS) rows.push(compareElement(d, id, answer))
  if (on('charge')) rows.push(compareCharge(d, answer))
  if (on('seriousGrounds')) rows.push(compareGrounds(d, answer))
  if (on('sentence')) rows.push(compareSentence(d, answer))
  const counts: Record<Verdict, number> = { agree: 0, partial: 0, disagree: 0, unanswered: 0 }
  for (const r of rows) counts[r.verdict]++
  return {
    defendantId: d.id,
    defendantName: d.name,
    rows,
    counts,
    unverified: rows.some((r) => r.deciding.some((c) => c.verification !== 'VERIFIED'))
  }
}
