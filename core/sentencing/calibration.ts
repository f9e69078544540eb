// The calibrated parameters (written by scripts/calibrate.ts into calibration.json) and their shape.
import { z } from 'zod'
// calibration.json is the canonical artefact; calibration-data.ts is the same content as a module (the TypeScript
// projects include core/**/*.ts only). scripts/calibrate.ts writes both; a unit test checks that they agree.
import { calibrationData as data } from './calibration-data'

const kindFigures = z.object({ n: z.number().int(), coverage: z.number().nullable(), medianWidthMonths: z.number().nullable() })

export const calibrationSchema = z.object({
  version: z.number().int(),
  fittedAt: z.string(),
  charge: z.literal('art287-2'),
  method: z.string(),
  model: z.object({
    /** calibrated point inside the starting range (拘役–1年 in the Jiangxi form) */
    startOrdinaryMonths: z.number(),
    /** months added by the log of the severity units */
    logSlopeMonths: z.number(),
    /** the interval: [P·e^residualLow, P·e^residualHigh], the 10 % and 90 % quantiles of the log residuals */
    residualLow: z.number(),
    residualHigh: z.number(),
    /** the interval's nominal coverage (0.8) */
    interval: z.number()
  }),
  /** P(缓刑 | a term is imposed): logistic on remorse on file, ln(point), minor at the act, a record */
  probation: z.object({ intercept: z.number(), remorse: z.number(), logPoint: z.number(), minor: z.number(), record: z.number() }),
  fine: z.object({ perMonthLowYuan: z.number(), perMonthHighYuan: z.number() }),
  assumptions: z.object({
    /** 第10条 从宽: no source states a percentage; symmetric to the Jiangxi 从重 cap, labelled as an assumption */
    lenientPolicyMax: z.number(),
    /** for charges with no starting-point data: base = min + fraction × (max − min) of the statutory range */
    fallbackBaseFraction: z.number(),
    notes: z.array(z.string())
  }),
  sampleSize: z.number().int(),
  decisions: z.number().int(),
  trainingIds: z.array(z.string()),
  excluded: z.array(z.object({ id: z.string(), reason: z.string() })),
  /** k-fold cross-validation by decision on the library (held-out figures) */
  crossValidation: z.object({
    folds: z.number().int(),
    n: z.number().int(),
    decisions: z.number().int(),
    coverage: z.number().nullable(),
    medianWidthMonths: z.number().nullable(),
    byKind: z.object({ custodial: kindFigures, probation: kindFigures, criminalDetention: kindFigures }),
    probationAccuracy: z.number().nullable()
  })
})

export type Calibration = z.infer<typeof calibrationSchema>
export type ModelParams = Calibration['model']
export type ProbationParams = Calibration['probation']

export const calibration: Calibration = calibrationSchema.parse(data)
