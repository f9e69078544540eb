// PLACEHOLDER owned by the competition module (issue: competing offences). It will evaluate every
// candidate offence on the same facts, choose the prevailing one (刑法287条之二第三款 从一重) and
// find pivot facts. Until then it passes the 帮信罪 candidate through.
import type { Defendant } from '../../matter/schema'
import type { CandidateResult, ChargeId, Disposition, ElementResult, Pivot, TraceStep } from '../../analysis/types'

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
  /** re-run the whole analysis for a modified defendant (used to test pivot facts) */
  reanalyze: (d: Defendant) => { prevailingCharge: ChargeId; disposition: Disposition }
}

export interface CompetitionResult {
  /** all candidates, including the 帮信罪 one passed in */
  candidates: CandidateResult[]
  prevailingCharge: ChargeId
  competition: { text: string; citations: string[] }
  /** charge-flip pivots (threshold pivots are the element engine's) */
  pivots: Pivot[]
  trace: TraceStep[]
  warnings: string[]
}

export function evaluateCompetition(ctx: CompetitionContext): CompetitionResult {
  const c = ctx.helpInfoCandidate
  return {
    candidates: [c],
    prevailingCharge: c.established === true ? 'art287-2' : 'none',
    competition: { text: '', citations: [] },
    pivots: [],
    trace: [],
    warnings: []
  }
}
