// The calibration of the 帮信罪 estimate on the library, and its honest check: k-fold cross-validation by decision
// (co-defendants are never split across folds). Pure: the caller builds the rows (the engine's input for each
// sentenced library defendant). scripts/calibrate.ts writes the fit; scripts/bench/sentencing.ts and the tests
// re-run the cross-validation.
import type { SentencingInput } from '../analysis/types'
import { valueOf } from '../law'
import type { ModelParams, ProbationParams } from './calibration'
import { basePoint, type BaseResult } from './model'
import { pointEstimate, intervalAround } from './index'
import { fnv1a } from './dataset'

export interface FitRow {
  key: string
  decisionId: string
  input: SentencingInput
  /** the term imposed, months (拘役 too) */
  months: number
  probation: boolean
  fineYuan: number | null
  kind: 'fixedTerm' | 'criminalDetention'
}

interface Prepared { row: FitRow; units: number; stated: boolean; heavier: boolean; factor: number }

const ordMin = (): number => valueOf('sent2024-jiangxi', 'ordinaryStartMinMonths')
const heavyMin = (): number => valueOf('sent2024-jiangxi', 'heavierStartMinMonths')
const heavyMax = (): number => valueOf('sent2024-jiangxi', 'heavierStartMaxMonths')

export function prepare(row: FitRow): Prepared {
  const probe = { startOrdinaryMonths: 1, logSlopeMonths: 0 }
  const b: BaseResult = basePoint(probe, row.input)
  const pe = pointEstimate(row.input, { startOrdinaryMonths: 1, logSlopeMonths: 0, residualLow: 0, residualHigh: 0, interval: 0.8 })
  return { row, units: b.units, stated: b.parts.length > 0, heavier: b.heavier.length > 0, factor: pe.baseMonths > 0 ? pe.pointMonths / pe.baseMonths : 1 }
}

function predict(p: Prepared, S: number, k: number): number {
  const start = p.heavier ? Math.max(S, Math.min(heavyMax(), Math.max(heavyMin(), S + (heavyMin() - ordMin())))) : S
  return Math.max(0.5, (start + k * Math.log1p(p.units)) * p.factor)
}

/** Grid search of S (the starting point) and k (months per ln-unit) minimising the squared log error. */
export function fitBase(rows: readonly Prepared[]): { S: number; k: number } {
  let best = { S: ordMin(), k: 0, sse: Number.POSITIVE_INFINITY }
  for (let S = ordMin(); S <= heavyMax() + 1e-9; S += 0.25) {
    for (let k = 0; k <= 8 + 1e-9; k += 0.1) {
      let sse = 0
      for (const r of rows) sse += (Math.log(r.row.months) - Math.log(predict(r, S, k))) ** 2
      if (sse < best.sse) best = { S, k, sse }
    }
  }
  return { S: Math.round(best.S * 100) / 100, k: Math.round(best.k * 100) / 100 }
}

/** nearest-rank quantile */
export function quantile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** The features of P(缓刑): a sign of remorse on file, the log of the point estimate, a minor at the act, a record. */
export function probationFeatures(input: SentencingInput, pointMonths: number): number[] {
  const m = input.defendant.mitigation
  const remorse = m.pleaAgreement === true || m.surrendered === true || (m.restitution ?? 0) > 0 ? 1 : 0
  const minor = input.ageAtAct != null && input.ageAtAct < 18 ? 1 : 0
  const record = input.defendant.history.priorCriminalRecord === true || input.defendant.history.adminPenaltyWithin2Years === true ? 1 : 0
  return [1, remorse, Math.log(Math.max(1, pointMonths)), minor, record]
}

/** Logistic regression by gradient descent with a small ridge penalty (the sample is small). */
export function fitProbation(xs: readonly number[][], ys: readonly number[]): ProbationParams {
  let w = [0, 0, 0, 0, 0]
  const lambda = 0.5
  for (let it = 0; it < 3000; it++) {
    const g = [0, 0, 0, 0, 0]
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number[]
      const p = sigmoid(x.reduce((s, v, j) => s + v * (w[j] as number), 0))
      for (let j = 0; j < 5; j++) g[j] = (g[j] as number) + (p - (ys[i] as number)) * (x[j] as number)
    }
    w = w.map((v, j) => v - (0.05 / Math.max(1, xs.length)) * ((g[j] as number) + (j === 0 ? 0 : lambda * v)))
  }
  const r = (v: number | undefined): number => Math.round((v ?? 0) * 1000) / 1000
  return { intercept: r(w[0]), remorse: r(w[1]), logPoint: r(w[2]), minor: r(w[3]), record: r(w[4]) }
}

export function probationProbability(p: ProbationParams, input: SentencingInput, pointMonths: number): number {
  const x = probationFeatures(input, pointMonths)
  return sigmoid(p.intercept * (x[0] as number) + p.remorse * (x[1] as number) + p.logPoint * (x[2] as number) + p.minor * (x[3] as number) + p.record * (x[4] as number))
}

export interface Fitted { model: ModelParams; probation: ProbationParams; fine: { perMonthLowYuan: number; perMonthHighYuan: number } }

/** Fit every parameter on the given rows. The interval's ends are the 10 % and 90 % quantiles of the log residuals. */
export function fitAll(rows: readonly FitRow[], interval = 0.8): Fitted {
  const prep = rows.map(prepare)
  // S and k are fitted on the rows that state an amount or a number of helped objects: a row that states none has
  // no known severity (its units read as 0), and would pull k towards zero for want of data, not for a lighter
  // term. The interval's residuals are taken over every row, so it stays honest for a matter without amounts.
  const stated = prep.filter((p) => p.stated)
  const { S, k } = fitBase(stated.length >= 5 ? stated : prep)
  const res = prep.map((p) => Math.log(p.row.months) - Math.log(predict(p, S, k)))
  const lo = (1 - interval) / 2
  const model: ModelParams = {
    startOrdinaryMonths: S, logSlopeMonths: k,
    residualLow: Math.round(quantile(res, lo) * 1000) / 1000,
    residualHigh: Math.round(quantile(res, 1 - lo) * 1000) / 1000,
    interval
  }
  const xs = prep.map((p) => probationFeatures(p.row.input, predict(p, S, k)))
  const probation = fitProbation(xs, prep.map((p) => (p.row.probation ? 1 : 0)))
  const perMonth = rows.filter((r) => r.fineYuan != null && r.months > 0).map((r) => (r.fineYuan as number) / r.months)
  const fine = { perMonthLowYuan: Math.round(quantile(perMonth, 0.1) / 50) * 50, perMonthHighYuan: Math.round(quantile(perMonth, 0.9) / 50) * 50 }
  return { model, probation, fine }
}

export interface KindFigures { n: number; coverage: number | null; medianWidthMonths: number | null }
export interface CrossValidation {
  folds: number
  n: number
  decisions: number
  /** share of held-out terms inside their 80 % interval */
  coverage: number | null
  medianWidthMonths: number | null
  byKind: Record<'custodial' | 'probation' | 'criminalDetention', KindFigures>
  /** P(缓刑) ≥ 0.5 against the decision, held out */
  probationAccuracy: number | null
  lines: string[]
}

export const foldOf = (decisionId: string, folds: number): number => fnv1a(decisionId) % folds

/** k-fold cross-validation by decision: each fold is predicted by a fit on the other folds only. */
export function crossValidate(rows: readonly FitRow[], folds = 5): CrossValidation {
  let hits = 0
  const widths: number[] = []
  const kinds: Record<string, { n: number; hits: number; widths: number[] }> = { custodial: { n: 0, hits: 0, widths: [] }, probation: { n: 0, hits: 0, widths: [] }, criminalDetention: { n: 0, hits: 0, widths: [] } }
  let probRight = 0
  const lines: string[] = []
  for (let f = 0; f < folds; f++) {
    const test = rows.filter((r) => foldOf(r.decisionId, folds) === f)
    const train = rows.filter((r) => foldOf(r.decisionId, folds) !== f)
    if (test.length === 0 || train.length < 5) continue
    const fitted = fitAll(train)
    for (const r of test) {
      const pe = pointEstimate(r.input, fitted.model)
      const iv = intervalAround(pe.pointMonths, r.input, fitted.model)
      const hit = r.months >= iv.min && r.months <= iv.max
      if (hit) hits++
      widths.push(iv.max - iv.min)
      const kind = r.kind === 'criminalDetention' ? 'criminalDetention' : r.probation ? 'probation' : 'custodial'
      const kk = kinds[kind] as { n: number; hits: number; widths: number[] }
      kk.n++; if (hit) kk.hits++; kk.widths.push(iv.max - iv.min)
      const p = probationProbability(fitted.probation, r.input, pe.pointMonths)
      if ((p >= 0.5) === r.probation) probRight++
      lines.push(`${hit ? 'HIT ' : 'MISS'} ${r.key.padEnd(36)} actual ${String(r.months).padStart(3)}${r.probation ? '缓' : '  '} point ${pe.pointMonths.toFixed(1).padStart(5)} 80% ${iv.min}–${iv.max} P(缓刑) ${p.toFixed(2)}`)
    }
  }
  const n = widths.length
  const rate = (h: number, m: number): number | null => (m ? Math.round((h / m) * 1000) / 1000 : null)
  const byKind = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, { n: v.n, coverage: rate(v.hits, v.n), medianWidthMonths: median(v.widths) }])) as CrossValidation['byKind']
  return { folds, n, decisions: new Set(rows.map((r) => r.decisionId)).size, coverage: rate(hits, n), medianWidthMonths: median(widths), byKind, probationAccuracy: rate(probRight, n), lines }
}
