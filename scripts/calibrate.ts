// Calibrates the 帮信罪 sentencing estimate on published judgments and writes core/sentencing/calibration.json
// (and the same content as core/sentencing/calibration-data.ts). Usage: npx tsx scripts/calibrate.ts [--cases dir]
//
// Method (docs/sentencing.md): the base sentence has the Jiangxi form, base = S + k·ln(1 + U), with U the severity
// units (amounts and helped objects divided by the lead's step sizes) and S searched over the lead's whole span (拘役 to 1 year). Each
// record's stated mitigation multiplies the base exactly as in the estimate (adjust factor F, law-library
// percentages at their midpoints), so the prediction is (S + k·ln(1+U))·F. S and k minimise the squared log error on
// the training cases (grid search). The range half-width q on the log scale is the coverage-target quantile of the
// leave-one-out log residuals on the training cases. The split is fixed: a case is held out when
// fnv1a(case id) % 3 === 0. The held-out cases are never used in the fit; the script reports their hit rate.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isHeldOut, inputFromRecord, recordsFromFixture } from '../core/sentencing/dataset'
import type { CaseFixture, JudgmentRecord } from '../core/sentencing/dataset'
import { extraJudgments } from '../core/sentencing/extra-judgments'
import { basePoint, pointEstimate, rangeAround } from '../core/sentencing'
import type { Calibration, ModelParams } from '../core/sentencing'
import { calibration as current } from '../core/sentencing/calibration'
import { valueOf } from '../core/law'
import { analyzeMatter } from '../core/engine/analyze'
import { FORMAT_VERSION, validateMatter } from '../core/matter/schema'
import type { SentencingInput } from '../core/analysis/types'

/** The published cases bundled with the app; another folder of fixtures may be named with --cases. */
export const DEFAULT_CASES_DIR = resolve(import.meta.dirname, '../core/examples/data')
const COVERAGE = 0.8
const CHARGE = 'art287-2'

interface Row { rec: JudgmentRecord; units: number; heavier: boolean; factor: number; y: number }

export function loadRecords(dir: string): { records: JudgmentRecord[]; skipped: { id: string; reason: string }[] } {
  const records: JudgmentRecord[] = []
  const skipped: { id: string; reason: string }[] = []
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'summaries.json').sort()) {
    const fx = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CaseFixture
    const r = recordsFromFixture(f.replace(/\.json$/, ''), fx)
    records.push(...r.records)
    skipped.push(...r.skipped)
  }
  records.push(...extraJudgments)
  return { records, skipped }
}

/**
 * The input the engine hands the sentencing module for this record: the record's defendant analysed alone as a
 * matter decided on `asOf`. The 情节严重 basis and the statutory range come from the engine when it finds 帮信罪;
 * otherwise (the engine cannot decide on the stated facts) the fallback input of the record's own charge is used.
 */
export function recordInput(rec: JudgmentRecord): { input: SentencingInput; viaEngine: boolean } {
  const fallback = inputFromRecord(rec)
  const v = validateMatter({
    formatVersion: FORMAT_VERSION,
    matter: { title: rec.id, stage: 'trial', perspective: 'clinic', asOf: rec.asOf },
    defendants: [rec.defendant]
  })
  if (!v.ok) return { input: fallback, viaEngine: false }
  try {
    const a = analyzeMatter(v.value, { today: rec.asOf }).defendants[0]
    if (!a || a.prevailingCharge !== rec.charge) return { input: fallback, viaEngine: false }
    const range = a.candidates.find((c) => c.charge === rec.charge)?.statutoryRange ?? fallback.statutoryRange
    return { input: { ...fallback, statutoryRange: range, seriousBasis: a.seriousCircumstances.basis }, viaEngine: true }
  } catch {
    return { input: fallback, viaEngine: false }
  }
}

function toRow(rec: JudgmentRecord): Row {
  const { input } = recordInput(rec)
  const probe: ModelParams = { ...current.model, startOrdinaryMonths: 1, logSlopeMonths: 0 }
  const b = basePoint(probe, input)
  const pe = pointEstimate(input, probe)
  return { rec, units: b.units, heavier: b.heavier.length > 0, factor: pe.pointMonths / pe.baseMonths, y: rec.sentence.months }
}

const ordMin = valueOf('sent2024-jiangxi', 'ordinaryStartMinMonths')
const heavyMin = valueOf('sent2024-jiangxi', 'heavierStartMinMonths')
const heavyMax = valueOf('sent2024-jiangxi', 'heavierStartMaxMonths')

function predict(r: Row, S: number, k: number): number {
  const start = r.heavier ? Math.max(S, Math.min(heavyMax, Math.max(heavyMin, S + (heavyMin - ordMin)))) : S
  return (start + k * Math.log1p(r.units)) * r.factor
}

function fit(rows: Row[]): { S: number; k: number; sse: number } {
  let best = { S: ordMin, k: 0, sse: Number.POSITIVE_INFINITY }
  for (let S = ordMin; S <= heavyMax + 1e-9; S += 0.25) {
    for (let k = 0; k <= 12 + 1e-9; k += 0.05) {
      let sse = 0
      for (const r of rows) sse += (Math.log(r.y) - Math.log(predict(r, S, k))) ** 2
      if (sse < best.sse) best = { S, k, sse }
    }
  }
  return { S: Math.round(best.S * 100) / 100, k: Math.round(best.k * 100) / 100, sse: best.sse }
}

/** nearest-rank quantile */
function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number
}

export interface CalibrationRun {
  calibration: Calibration
  report: string[]
}

/** The whole fit, deterministic for given data (fittedAt is the only field that depends on the day). */
export function calibrate(casesDir: string = DEFAULT_CASES_DIR): CalibrationRun {
  const { records, skipped } = loadRecords(casesDir)
  const excluded = [...skipped]
  const usable: JudgmentRecord[] = []
  for (const r of records) {
    if (r.charge !== CHARGE) excluded.push({ id: r.id, reason: `罪名为 ${r.charge}，不参与帮信罪拟合` })
    else usable.push(r)
  }
  const train = usable.filter((r) => !isHeldOut(r.caseId)).map(toRow)
  const held = usable.filter((r) => isHeldOut(r.caseId)).map(toRow)
  const { S, k } = fit(train)

  const loo = train.map((r, i) => {
    const f = fit(train.filter((_, j) => j !== i))
    return Math.log(r.y) - Math.log(predict(r, f.S, f.k))
  })
  const q = Math.round(quantile(loo.map(Math.abs), COVERAGE) * 1000) / 1000
  const model: ModelParams = { startOrdinaryMonths: S, logSlopeMonths: k, logSpread: q, coverageTarget: COVERAGE }

  const evaluate = (rows: Row[]): { n: number; hits: number; widths: number[]; lines: string[] } => {
    let hits = 0
    const widths: number[] = []
    const lines: string[] = []
    for (const r of rows) {
      const { input } = recordInput(r.rec)
      const p = pointEstimate(input, model).pointMonths
      const range = rangeAround(p, input, q)
      const hit = r.y >= range.min && r.y <= range.max
      if (hit) hits += 1
      widths.push(range.max - range.min)
      lines.push(`${hit ? 'HIT ' : 'MISS'} ${r.rec.id.padEnd(28)} actual ${String(r.y).padStart(3)}  point ${p.toFixed(1).padStart(5)}  range ${range.min}–${range.max}`)
    }
    return { n: rows.length, hits, widths, lines }
  }
  const tr = evaluate(train)
  const ho = evaluate(held)

  // fine per month of the term, from the training sentences that state a fine
  const perMonth = train.filter((r) => r.rec.sentence.fineYuan != null).map((r) => (r.rec.sentence.fineYuan as number) / r.y)
  const fine = { perMonthLowYuan: Math.round(quantile(perMonth, 0.1) / 50) * 50, perMonthHighYuan: Math.round(quantile(perMonth, 0.9) / 50) * 50 }

  const median = (xs: number[]): number | null => {
    if (xs.length === 0) return null
    const s = [...xs].sort((a, b) => a - b)
    const m = Math.floor(s.length / 2)
    return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
  }
  const cases = new Set(train.map((r) => r.rec.caseId))
  const out: Calibration = {
    version: 1,
    fittedAt: new Date().toISOString().slice(0, 10),
    charge: CHARGE,
    method: `对数最小二乘拟合 基准刑 = S + k·ln(1+U)（江西细则形式，U 为数额与对象数按其步长折算的单位），训练集 ${train.length} 名被告人（${cases.size} 案），区间半宽取留一法对数残差的 ${Math.round(COVERAGE * 100)}% 分位；按案号哈希固定留出三分之一`,
    model,
    fine,
    assumptions: current.assumptions,
    sampleSize: train.length,
    trainingIds: train.map((r) => r.rec.id),
    heldOutIds: held.map((r) => r.rec.id),
    excluded,
    heldOut: { n: ho.n, hits: ho.hits, hitRate: ho.n ? Math.round((ho.hits / ho.n) * 1000) / 1000 : null, medianWidthMonths: median(ho.widths) },
    training: { n: tr.n, hits: tr.hits, hitRate: tr.n ? Math.round((tr.hits / tr.n) * 1000) / 1000 : null, looResiduals: loo.map((x) => Math.round(x * 1000) / 1000) }
  }
  const report: string[] = []
  report.push(`fit: S=${S} months, k=${k} months per ln-unit, q=${q} (LOO ${Math.round(COVERAGE * 100)}% quantile)`)
  report.push(`fine per month: ${fine.perMonthLowYuan}–${fine.perMonthHighYuan} 元`)
  report.push(`training (${tr.n}): in-sample hit rate ${out.training.hitRate}`)
  for (const l of tr.lines) report.push('  ' + l)
  report.push(`held out (${ho.n}): hit rate ${out.heldOut.hitRate}, median width ${out.heldOut.medianWidthMonths} months`)
  for (const l of ho.lines) report.push('  ' + l)
  const viaEngine = usable.filter((r) => recordInput(r).viaEngine).length
  report.push(`inputs via the engine (情节严重 basis, statutory range): ${viaEngine} of ${usable.length}; the others use the record's charge`)
  report.push(`excluded: ${excluded.length}`)
  return { calibration: out, report }
}

function main(): void {
  const args = process.argv.slice(2)
  const i = args.indexOf('--cases')
  const casesDir = resolve(i >= 0 && args[i + 1] ? (args[i + 1] as string) : DEFAULT_CASES_DIR)
  const outDir = resolve('core/sentencing')
  const { calibration: out, report } = calibrate(casesDir)
  const json = JSON.stringify(out, null, 2)
  writeFileSync(join(outDir, 'calibration.json'), json + '\n')
  writeFileSync(join(outDir, 'calibration-data.ts'), `// GENERATED by scripts/calibrate.ts from the same data as calibration.json. Do not edit by hand.\nexport const calibrationData: unknown = ${json}\n`)
  for (const l of report) console.log(l)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
