// Types of the competition module (the public ones are re-exported from ./index.ts).
import type { Defendant } from '../../matter/schema'
import type { CandidateResult, ChargeId, Disposition, ElementResult, TraceStep } from '../../analysis/types'

export interface CompetitionContext {
  defendant: Defendant
  /** analysis date (YYYY-MM-DD) */
  asOf: string
  actFrom: string | null
  actTo: string | null
  ageAtAct: number | null
  /** the 帮信罪 candidate computed by the element engine (charge 'art287-2') */
  helpInfoCandidate: CandidateResult
  /** the 明知 element of 帮信罪 (general knowledge that others commit network crime) */
  knowledge: ElementResult
}

/** Re-run the whole analysis (without pivots) for a modified defendant: the pivot search's probe. */
export type Reanalyze = (d: Defendant) => { prevailingCharge: ChargeId; disposition: Disposition }

export interface CompetitionResult {
  /** all candidates, including the 帮信罪 one passed in */
  candidates: CandidateResult[]
  prevailingCharge: ChargeId
  competition: { text: string; citations: string[] }
  trace: TraceStep[]
  warnings: string[]
}

/** What each candidate evaluator returns. */
export interface CandidateEvaluation {
  candidate: CandidateResult
  trace: TraceStep[]
}
