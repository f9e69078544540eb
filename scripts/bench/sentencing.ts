// Bench row `sentencing`: the sentencing estimate and the outcome ladder checked on held-out decisions — k-fold
// cross-validation by decision over the bundled library (co-defendants never split across folds).
//   sentenceCoverage            share of held-out terms inside their 80 % interval (target ≥ 0.8)
//   sentenceMedianWidthMonths   median width of that interval (target ≤ 8)
//   outcomeAccuracy             share of held-out defendants whose outcome the ladder names as most likely (≥ 0.7)
//   outcomeAccuracyGivenCharge  the same with the charge the decision found (the ladder alone)
//   outcomeAccuracyDecided      the same among the defendants on whom the engine decides (not `undetermined`)
//   npx tsx scripts/bench/sentencing.ts            (standalone, prints JSON)
import { pathToFileURL } from 'node:url'
import { crossValidate, outcomeCrossValidate, sentencingRows } from '../sentencing-data'

export const name = 'sentencing'
const FOLDS = 5

export async function run(): Promise<Record<string, number>> {
  const { rows } = sentencingRows()
  const cv = crossValidate(rows, FOLDS)
  const o = outcomeCrossValidate(FOLDS)
  const out: Record<string, number> = {
    sentenceCoverage: cv.coverage ?? Number.NaN,
    sentenceMedianWidthMonths: cv.medianWidthMonths ?? Number.NaN,
    sentenceHeldOutN: cv.n,
    probationAccuracy: cv.probationAccuracy ?? Number.NaN,
    outcomeAccuracy: o.accuracy ?? Number.NaN,
    outcomeAccuracyGivenCharge: o.accuracyGivenCharge ?? Number.NaN,
    outcomeAccuracyDecided: o.accuracyDecided ?? Number.NaN,
    outcomeDecidedN: o.decided,
    outcomeHeldOutN: o.n
  }
  for (const [k, v] of Object.entries(cv.byKind)) {
    out[`sentenceCoverage_${k}`] = v.coverage ?? Number.NaN
    out[`sentenceMedianWidthMonths_${k}`] = v.medianWidthMonths ?? Number.NaN
  }
  return out
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await run()))
