// The sentencing and outcome data from the bundled library of published decisions (core/library), with the input
// the engine would hand the sentencing module for each defendant, and the k-fold cross-validation of the outcome
// ladder. Shared by scripts/calibrate.ts, scripts/bench/sentencing.ts and the tests (no file outside the repository).
import type { SentencingInput } from '../core/analysis/types'
import type { DefendantAnalysis, MatterAnalysis } from '../core/analysis/types'
import { analyzeMatter } from '../core/engine/analyze'
import { libraryDefendants, libraryEntries, type LibraryDefendant, type LibraryEntry, type OutcomeKind } from '../core/library'
import { FORMAT_VERSION, type MatterDocument } from '../core/matter/schema'
import { ageAtAct } from '../core/matter/age'
import { estimateSentence } from '../core/sentencing'
import { fallbackStatutoryRange } from '../core/sentencing/statutory'
import { crossValidate, fitAll, foldOf, type FitRow } from '../core/sentencing/fit'
import { computeOutcome, type OutcomeWord } from '../core/outcome'

const analysisCache = new Map<string, MatterAnalysis>()
/** The engine's analysis of a library entry's matter, as of its decision date (no pivot search). */
export function analyseEntry(e: LibraryEntry): MatterAnalysis {
  let a = analysisCache.get(e.id)
  if (!a) {
    const doc: MatterDocument = { ...e.matter, formatVersion: FORMAT_VERSION }
    a = analyzeMatter(doc, { pivots: false, today: e.matter.matter.asOf ?? '2025-01-01' })
    analysisCache.set(e.id, a)
  }
  return a
}

const entryById = new Map(libraryEntries.map((e) => [e.id, e]))
export function analysisOf(ld: LibraryDefendant): DefendantAnalysis | null {
  const e = entryById.get(ld.entryId)
  if (!e) return null
  try {
    return analyseEntry(e).defendants.find((x) => x.id === ld.defendant.id) ?? null
  } catch {
    return null
  }
}

/** The input the engine hands the sentencing module: its basis and range where it finds the court's charge. */
export function sentencingInputOf(ld: LibraryDefendant): { input: SentencingInput; viaEngine: boolean } {
  const charge = ld.actual.charge as Exclude<SentencingInput['charge'], never>
  const asOf = ld.decided && /^\d{4}-\d{2}-\d{2}$/.test(ld.decided) ? ld.decided : (ld.decided ? `${ld.decided.slice(0, 7)}-01`.slice(0, 10) : '2022-01-01')
  const base: SentencingInput = { defendant: ld.defendant, charge, statutoryRange: fallbackStatutoryRange(charge, ld.defendant), seriousBasis: [], asOf, ageAtAct: ageAtAct(ld.defendant), overrides: {} }
  const da = analysisOf(ld)
  if (!da || da.prevailingCharge !== charge) return { input: base, viaEngine: false }
  const range = da.candidates.find((c) => c.charge === charge)?.statutoryRange ?? base.statutoryRange
  return { input: { ...base, statutoryRange: range, seriousBasis: da.seriousCircumstances.basis }, viaEngine: true }
}

export interface SentencingData { rows: FitRow[]; excluded: { id: string; reason: string }[]; viaEngine: number }

/** One row per person convicted of 帮信罪 with a term stated for that person. */
export function sentencingRows(pool: readonly LibraryDefendant[] = libraryDefendants()): SentencingData {
  const rows: FitRow[] = []
  const excluded: { id: string; reason: string }[] = []
  let viaEngine = 0
  for (const ld of pool) {
    const a = ld.actual
    const s = a.sentence
    if (a.disposition !== 'convicted') { excluded.push({ id: ld.key, reason: `未判处刑罚（${a.disposition}）` }); continue }
    if (a.charge !== 'art287-2') { excluded.push({ id: ld.key, reason: `罪名为 ${a.charge ?? '未载'}，不参与帮信罪拟合` }); continue }
    if (ld.defendant.kind !== 'person') { excluded.push({ id: ld.key, reason: '单位被告，无主刑' }); continue }
    if (!s || s.months == null || s.months <= 0 || (s.kind !== 'fixedTerm' && s.kind !== 'criminalDetention')) { excluded.push({ id: ld.key, reason: '来源未载该被告人的单独刑期' }); continue }
    const { input, viaEngine: v } = sentencingInputOf(ld)
    if (v) viaEngine++
    rows.push({ key: ld.key, decisionId: ld.decisionId, input, months: s.months, probation: (s.probationMonths ?? 0) > 0, fineYuan: s.fineYuan ?? null, kind: s.kind })
  }
  return { rows, excluded, viaEngine }
}

export { crossValidate, fitAll }

export interface OutcomeCV {
  folds: number
  n: number
  /** the ladder's likely outcome on the engine's own verdicts equals the decision's */
  accuracy: number | null
  /** the same with the charge the decision found (isolates the ladder from the engine's charge decision) */
  accuracyGivenCharge: number | null
  /** the share right among the defendants on whom the engine decides (its verdict is not `undetermined`) */
  accuracyDecided: number | null
  decided: number
  byActual: Record<string, { n: number; right: number }>
  lines: string[]
  /** every held-out disagreement with its cause */
  misses: { key: string; title: string; url: string; stage: string; actual: string; likely: string; givenCharge: string; cause: 'factsMissing' | 'chargeDiffers' | 'ladder' }[]
}

/** k-fold cross-validation of the outcome ladder by decision: probabilities from the other folds only. */
export function outcomeCrossValidate(folds = 5): OutcomeCV {
  const all = libraryDefendants().filter((d) => d.outcome != null)
  let right = 0
  let rightGiven = 0
  let n = 0
  let decided = 0
  let rightDecided = 0
  const byActual: Record<string, { n: number; right: number }> = {}
  const lines: string[] = []
  const misses: OutcomeCV['misses'] = []
  for (let f = 0; f < folds; f++) {
    const test = all.filter((d) => foldOf(d.decisionId, folds) === f)
    const train = all.filter((d) => foldOf(d.decisionId, folds) !== f)
    const sent = fitAll(sentencingRows(train).rows)
    for (const ld of test) {
      const e = entryById.get(ld.entryId)
      const da = analysisOf(ld)
      if (!e || !da) continue
      const stage = e.matter.matter.stage
      const asOf = analyseEntry(e).asOf
      const actual = ld.outcome as OutcomeKind
      const verdictOf = (charge: DefendantAnalysis['prevailingCharge']) => {
        const range = da.candidates.find((c) => c.charge === charge)?.statutoryRange ?? (charge === 'none' ? null : fallbackStatutoryRange(charge, ld.defendant))
        const input: SentencingInput | null = charge === 'none' || !range ? null : { defendant: ld.defendant, charge, statutoryRange: range, seriousBasis: da.seriousCircumstances.basis, asOf, ageAtAct: ageAtAct(ld.defendant), overrides: {} }
        const sentencing = input ? estimateSentence(input, { province: ld.province, params: { ...sent } }) : null
        return { prevailingCharge: charge, disposition: charge === da.prevailingCharge ? da.disposition : 'prosecute' as const, elements: da.elements, seriousCircumstances: da.seriousCircumstances, statutoryRange: range, sentencing }
      }
      const o = computeOutcome({ stage, asOf, defendant: ld.defendant, province: ld.province, verdict: verdictOf(da.prevailingCharge), exclude: [ld.decisionId], pool: train })
      const court = ld.actual.charge
      const og = court ? computeOutcome({ stage, asOf, defendant: ld.defendant, province: ld.province, verdict: verdictOf(court), exclude: [ld.decisionId], pool: train }) : o
      n++
      const hit = (o.likely as OutcomeWord) === actual
      const hitG = (og.likely as OutcomeWord) === actual
      if (hit) right++
      if (hitG) rightGiven++
      if (o.likely !== 'undetermined') { decided++; if (hit) rightDecided++ }
      const b = byActual[actual] ?? { n: 0, right: 0 }
      b.n++; if (hit) b.right++
      byActual[actual] = b
      lines.push(`${hit ? 'HIT ' : 'MISS'} ${ld.key.padEnd(36)} ${stage.padEnd(12)} actual ${actual.padEnd(26)} likely ${o.likely.padEnd(26)} given charge ${og.likely}`)
      if (!hit) {
        const cause = o.likely === 'undetermined' ? 'factsMissing' : da.prevailingCharge !== (ld.actual.charge ?? 'none') ? 'chargeDiffers' : 'ladder'
        misses.push({ key: ld.key, title: ld.title, url: ld.source.url, stage, actual, likely: o.likely, givenCharge: og.likely, cause })
      }
    }
  }
  const rate = (h: number): number | null => (n ? Math.round((h / n) * 1000) / 1000 : null)
  return { folds, n, accuracy: rate(right), accuracyGivenCharge: rate(rightGiven), accuracyDecided: decided ? Math.round((rightDecided / decided) * 1000) / 1000 : null, decided, byActual, lines, misses }
}
