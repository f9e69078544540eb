// The sentencing estimate and the outcome ladder checked on decisions the model was not fitted on: k-fold
// cross-validation by decision over the bundled library (co-defendants never split across folds). Prints the
// figures (also in `npm run bench -- --json`: sentenceCoverage, sentenceMedianWidthMonths, outcomeAccuracy) and
// checks that calibration.json is what the documented fit produces on the bundled data.
import { describe, expect, it } from 'vitest'
import { calibrate, FOLDS } from '../../scripts/calibrate'
import { crossValidate, outcomeCrossValidate, sentencingRows } from '../../scripts/sentencing-data'
import { calibration } from '../../core/sentencing/calibration'
import { foldOf } from '../../core/sentencing/fit'

describe('sentencing estimate, cross-validated by decision', () => {
  const { rows } = sentencingRows()
  const cv = crossValidate(rows, FOLDS)

  it('never splits a decision across folds', () => {
    const fold = new Map<string, number>()
    for (const r of rows) {
      const f = foldOf(r.decisionId, FOLDS)
      if (fold.has(r.decisionId)) expect(fold.get(r.decisionId), r.decisionId).toBe(f)
      fold.set(r.decisionId, f)
    }
    expect(new Set(fold.values()).size).toBeGreaterThan(1)
  })

  it('prints coverage and median width of the 80 % interval on held-out decisions', () => {
    console.log(`[sentencing CV] n=${cv.n} decisions=${cv.decisions} folds=${cv.folds} sentenceCoverage=${cv.coverage} sentenceMedianWidthMonths=${cv.medianWidthMonths} byKind=${JSON.stringify(cv.byKind)} probationAccuracy=${cv.probationAccuracy}`)
    expect(cv.n).toBe(rows.length)
    // the targets (coverage ≥ 0.8 with median width ≤ 8) are published in docs/sentencing.md whether met or not;
    // this guards against a regression below what the data supported when the model was built
    expect(cv.coverage ?? 0).toBeGreaterThanOrEqual(0.7)
    expect(cv.medianWidthMonths ?? 99).toBeLessThanOrEqual(20)
  })

  it('calibration.json is the output of the documented fit on the bundled library', () => {
    const { calibration: fresh } = calibrate()
    expect(calibration.trainingIds).toEqual(fresh.trainingIds)
    expect(calibration.model).toEqual(fresh.model)
    expect(calibration.probation).toEqual(fresh.probation)
    expect(calibration.fine).toEqual(fresh.fine)
    expect(calibration.crossValidation).toEqual(fresh.crossValidation)
  })
})

describe('outcome ladder, cross-validated by decision', () => {
  it('prints the share of held-out decisions whose outcome the ladder names as most likely', () => {
    const o = outcomeCrossValidate(FOLDS)
    console.log(`[outcome CV] n=${o.n} outcomeAccuracy=${o.accuracy} givenCourtCharge=${o.accuracyGivenCharge} whereEngineDecides=${o.accuracyDecided} (n=${o.decided}) byActual=${JSON.stringify(o.byActual)}`)
    expect(o.n).toBeGreaterThan(20)
    expect(o.accuracy ?? 0).toBeGreaterThan(0.3)
  })
})
