// The calibrated parameters (written by scripts/calibrate.ts into calibration.json) and their shape.
import { z } from 'zod'
// calibration.json is the canonical artefact; calibration-data.ts is the same content as a module (the TypeScript
// projects include core/**/*.ts only). scripts/calibrate.ts writes both; a unit test checks that they agree.
import { calibrationData as data } from './calibration-data'

export const calibrationSchema = z.object({
  version: z.number().int(),
  fittedAt: z.string(),
  charge: z.literal('art287-2'),
  method: z.string(),
  model: z.object({
    /** calibrated point inside the ordinary starting range (拘役–6个月 in the Jiangxi form) */
    startOrdinaryMonths: z.number(),
    /** months added by the log of the severity units */
    logSlopeMonths: z.number(),
    /** half-width of the estimated range on the log scale: [P·e^−q, P·e^q] */
    logSpread: z.number(),
    coverageTarget: z.number()
  }),
  fine: z.object({ perMonthLowYuan: z.number(), perMonthHighYuan: z.number() }),
  assumptions: z.object({
    /** 第10条 从宽: no source states a percentage; symmetric to the Jiangxi 从重 cap, labelled as an assumption */
    lenientPolicyMax: z.number(),
    /** 犯罪情节轻微 modelled as: every stated amount / count below this multiple of its 情节严重 threshold, and no
     *  heavier-start circumstance (a labelled assumption; no source quantifies 情节轻微) */
    minorCrimeThresholdMultiple: z.number(),
    /** for charges with no starting-point data: base = min + fraction × (max − min) of the statutory range */
    fallbackBaseFraction: z.number(),
    notes: z.array(z.string())
  }),
  sampleSize: z.number().int(),
  trainingIds: z.array(z.string()),
  heldOutIds: z.array(z.string()),
  excluded: z.array(z.object({ id: z.string(), reason: z.string() })),
  heldOut: z.object({ n: z.number().int(), hits: z.number().int(), hitRate: z.number().nullable(), medianWidthMonths: z.number().nullable() }),
  training: z.object({ n: z.number().int(), hits: z.number().int(), hitRate: z.number().nullable(), looResiduals: z.array(z.number()) })
})

export type Calibration = z.infer<typeof calibrationSchema>
export type ModelParams = Calibration['model']

export const calibration: Calibration = calibrationSchema.parse(data)
