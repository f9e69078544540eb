// What a 情节严重 ground is, as the registry (./index.ts) holds it: one module per ground declares its id, the
// facts it reads, how it is evaluated under a regime and which single changes of fact could flip it (pivots).
// Every number comes from the law library (valueOf); the ground's label is its clause's text.
import type { Defendant } from '../../matter/schema'
import type { DefendantAnalysis, Status, ThresholdMeasure } from '../../analysis/types'
import type { FactPath } from '../../matter/fields'
import type { Regime } from '../regimes'

export type AmountKey = keyof Defendant['amounts']

/** A threshold an amount would have to reach for this ground (the pivot search tries the nearest one). */
export interface AmountThreshold {
  key: AmountKey
  /** what the amount is called in a pivot sentence, e.g. 支付结算金额 */
  label: string
  value: number
  cites: string[]
}

/** One single change of fact that might flip the conclusion; the pivot search re-runs the analysis on it. */
export interface Variation {
  fact: FactPath
  cond: string
  citations: string[]
  apply: (d: Defendant) => Defendant
}

export interface PivotContext {
  /** ids of the regimes in play for this defendant */
  inPlay: ReadonlySet<string>
  base: DefendantAnalysis
}

/** A ground's evaluation under one regime (GroundResult, with the id as the module declares it). */
export interface GroundResult {
  id: string
  /** regime the ground belongs to */
  regimeId: string
  label: string
  status: Status
  why: string
  measures: ThresholdMeasure[]
  citations: string[]
}

export interface GroundDef<Id extends string = string> {
  id: Id
  /** short Chinese label (clinic answer sheet, compact lists); the full label is the clause text */
  short: string
  /** the facts the evaluation reads */
  reads: readonly FactPath[]
  evaluate: (d: Defendant, regime: Regime) => GroundResult
  /** amount thresholds for the pivot search (grouped by amount across grounds) */
  thresholds?: (d: Defendant, ctx: PivotContext) => AmountThreshold[]
  /** other single-fact variations for the pivot search */
  variations?: (d: Defendant, ctx: PivotContext) => Variation[]
}

/** Declare a ground, keeping its id as a literal type (the registry derives SeriousGroundId from it). */
export const defineGround = <const Id extends string>(g: GroundDef<Id>): GroundDef<Id> => g
