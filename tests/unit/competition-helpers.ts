// Test support for the competition module: constructed defendants and a hand-built context whose
// 帮信罪 candidate is fixed by the test (the element engine is tested on its own).
import { emptyDefendant } from '../../core/matter/schema'
import type { Defendant } from '../../core/matter/schema'
import type { CandidateResult, Disposition, Pivot } from '../../core/analysis/types'
import { evaluateCompetition, findChargePivots } from '../../core/engine/competition'
import type { CompetitionContext, CompetitionResult, Reanalyze } from '../../core/engine/competition'

/** A person who sold 3 of his own bank cards to a fraud ring, general knowledge only, nothing else. */
export function cardSeller(): Defendant {
  const d = emptyDefendant('d1', '张某')
  d.ageAtAct = 30
  d.actPeriod = { from: '2023-03-01', to: '2023-05-01' }
  d.conduct.cards = [{ kind: 'bankCard', count: 3, owner: 'self', dealing: 'sell' }]
  d.conduct.paymentSettlement = false
  d.conduct.transferredForOthers = false
  d.conduct.faceVerificationForOthers = false
  d.conduct.priorConspiracy = false
  d.conduct.stableCooperation = false
  d.knowledge.admitted = true
  d.knowledge.knewProceeds = false
  d.helped = { objectCount: null, crimeType: 'fraud', crimeEstablished: 'yes', consequence: null }
  d.amounts.verifiedFraudFunds = 50000
  return d
}

export interface CtxOptions {
  asOf?: string
  /** the 帮信罪 candidate's `established` (default true) */
  helpInfo?: (d: Defendant) => boolean | null
}

/** The element engine's subject rule, in short: unknown age is treated as 16 or over (with a warning there). */
export function helpInfoCandidate(established: boolean | null, ageAtAct: number | null = null): CandidateResult {
  const adult = ageAtAct === null || ageAtAct >= 16
  return {
    charge: 'art287-2',
    label: '帮助信息网络犯罪活动罪',
    established,
    elements: [{ id: 'subject', label: '主体', status: adult ? 'met' : 'notMet', why: adult ? '已满16周岁' : '不满16周岁', facts: ['ageAtAct'], citations: ['crimlaw-a17-p1'] }],
    statutoryRange: established === true ? { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-2-p1'] } : null,
    tier: null,
    why: '',
    citations: ['crimlaw-a287-2-p1'],
    warnings: []
  }
}

export function makeCtx(d: Defendant, opts: CtxOptions = {}): CompetitionContext {
  const help = opts.helpInfo ?? (() => true)
  return {
    defendant: d,
    asOf: opts.asOf ?? '2024-06-01',
    actFrom: d.actPeriod?.from ?? null,
    actTo: d.actPeriod?.to ?? null,
    ageAtAct: d.ageAtAct,
    helpInfoCandidate: helpInfoCandidate(help(d), d.ageAtAct),
    knowledge: { id: 'knowledge', label: '明知', status: 'met', why: '', facts: [], citations: [] }
  }
}

/** The probe the engine's pivot search uses, here over the competition module alone. */
export function makeReanalyze(opts: CtxOptions = {}, counter?: { calls: number }): Reanalyze {
  return (y) => {
    if (counter) counter.calls++
    const r = evaluateCompetition(makeCtx(y, opts))
    // as the engine: nothing established → undetermined while some candidate is open, else no crime
    const open = r.candidates.some((c) => c.established === null)
    const disposition: Disposition = r.prevailingCharge !== 'none' ? 'prosecute' : open ? 'undetermined' : 'noCrime'
    return { prevailingCharge: r.prevailingCharge, disposition }
  }
}

export type RunResult = CompetitionResult & { pivots: Pivot[] }

/** The competition result with its charge pivots, searched as the engine's outer step does. */
export function run(d: Defendant, opts: CtxOptions = {}): RunResult {
  const r = evaluateCompetition(makeCtx(d, opts))
  const pivots = findChargePivots(d, r.prevailingCharge, makeReanalyze(opts))
  return { ...r, pivots, trace: [...r.trace, ...pivots.map((p) => ({ rule: 'competition.pivot', text: `关键事实：${p.text}`, citations: p.citations }))] }
}

export function cand(r: CompetitionResult, charge: CandidateResult['charge']): CandidateResult {
  const c = r.candidates.find((x) => x.charge === charge)
  if (!c) throw new Error(`no candidate ${charge}`)
  return c
}

export function el(c: CandidateResult, id: string): NonNullable<CandidateResult['elements'][number]> {
  const e = c.elements.find((x) => x.id === id)
  if (!e) throw new Error(`no element ${id} in ${c.charge}`)
  return e
}
