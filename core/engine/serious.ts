// 情节严重 of 帮信罪: every ground a regime recognises (one module each, ./grounds/), evaluated under each regime
// in play, and the 从旧兼从轻 choice between them. Every number comes from the law library (valueOf).
import type { Defendant } from '../matter/schema'
import type { RegimeEvaluation, SeriousCircumstancesResult, SeriousGroundResult } from '../analysis/types'
import { groundDef, type SeriousGroundId } from './grounds'
import type { Regime } from './regimes'
import { zhDate } from './dates'

/** Evaluate one ground under a regime (the ground's own module decides; ./grounds/index.ts lists them). */
function evaluateGround(id: SeriousGroundId, d: Defendant, regime: Regime): SeriousGroundResult {
  return groundDef(id).evaluate(d, regime) as SeriousGroundResult
}

function aggregate(grounds: SeriousGroundResult[]): boolean | null {
  if (grounds.some((g) => g.status === 'met')) return true
  if (grounds.some((g) => g.status === 'undetermined')) return null
  return false
}

export interface ActWindow {
  /** first day of the conduct, null = unknown */
  from: string | null
  /** last day of the conduct, null = unknown */
  to: string | null
  asOf: string
}

const metText = (m: boolean | null): string => (m === true ? '达到情节严重' : m === false ? '未达到情节严重' : '能否达到情节严重尚不能判断')

/** Evaluate every regime in play and apply 从旧兼从轻. */
export function evaluateSerious(d: Defendant, regimes: readonly Regime[], w: ActWindow): SeriousCircumstancesResult {
  const actEnd = w.to ?? w.from
  const actStart = w.from ?? w.to
  const inPlayOf = (r: Regime): boolean => r.from <= w.asOf && (actStart === null || r.to === null || r.to >= actStart)
  const atAct = (r: Regime): boolean =>
    actStart !== null && actEnd !== null && r.from <= actEnd && (r.to === null || r.to >= actStart)
  const governingAtEnd = actEnd === null ? null : regimes.find((r) => r.from <= actEnd && (r.to === null || actEnd <= r.to)) ?? null

  const evals: RegimeEvaluation[] = []
  const evalById = new Map<string, RegimeEvaluation>()
  for (const r of regimes) {
    const inPlay = inPlayOf(r)
    if (!inPlay) continue
    const grounds = r.grounds.map((g) => evaluateGround(g, d, r))
    const seriousMet = r.grounds.length ? aggregate(grounds) : null
    const why = r.grounds.length
      ? `依${r.label}：${metText(seriousMet)}`
      : '其时尚无认定“情节严重”的司法解释'
    const ev: RegimeEvaluation = { id: r.id, label: r.label, from: r.from, inPlay, inForceAtAct: atAct(r), seriousMet, grounds, why }
    evals.push(ev)
    evalById.set(r.id, ev)
  }

  // The act's regime: the version governing at the end of the conduct. With no interpretation at the act
  // (r2015), the first interpretation in force governs pending cases (司法解释时间效力规则).
  let actRegime = governingAtEnd
  let actNote = actRegime ? `行为终了时（${zhDate(actEnd ?? '')}）施行的是${actRegime.label}` : '行为时间不明，无法确定行为时的标准'
  if (actRegime && actRegime.grounds.length === 0) {
    const firstWithGrounds = regimes.find((r) => r.grounds.length > 0 && r.from <= w.asOf)
    if (firstWithGrounds) {
      actNote = `行为时尚无认定情节严重的司法解释；对行为时无相关解释、解释施行后尚未处理的案件，适用${firstWithGrounds.label}`
      actRegime = firstWithGrounds
    }
  }

  const candidates = regimes.filter((r) => r.grounds.length > 0 && evalById.has(r.id) && (actRegime === null || r.from >= actRegime.from))
  if (candidates.length === 0) {
    return {
      met: null, basis: [], regimeUsed: actRegime?.id ?? null,
      regimeWhy: `${actNote}；${zhDate(w.asOf)}时尚无认定“情节严重”的司法解释，本工具不对情节严重作出判断，须由办案机关依刑法第二百八十七条之二综合判断`,
      regimes: evals
    }
  }
  const evOf = (r: Regime): RegimeEvaluation => evalById.get(r.id) as RegimeEvaluation
  const notMet = candidates.find((r) => evOf(r).seriousMet === false)
  const actEval = actRegime ? evalById.get(actRegime.id) ?? null : null
  const laterNames = candidates.filter((r) => r !== actRegime).map((r) => r.label)
  const playNote = actRegime === null
    ? `${zhDate(w.asOf)}前施行的${candidates.map((r) => r.label).join('、')}均可能适用，依从旧兼从轻取对被告人最有利者`
    : laterNames.length ? `行为后至${zhDate(w.asOf)}又有${laterNames.join('、')}，依从旧兼从轻比较适用` : ''

  if (notMet) {
    const decidedByLater = actEval !== null && notMet.id !== actRegime?.id
    const regimeWhy = decidedByLater
      ? `${actNote}，依该标准${metText(actEval.seriousMet)}；但${notMet.label}对被告人更有利（未达到情节严重），依从旧兼从轻（刑法第十二条）适用${notMet.label}`
      : `${actNote}${playNote ? '；' + playNote : ''}；依${notMet.label}未达到情节严重${laterNames.length ? '，且无对被告人更有利的标准' : ''}`
    return { met: false, basis: [], regimeUsed: notMet.id, regimeWhy, regimes: evals }
  }
  const undetermined = candidates.find((r) => evOf(r).seriousMet === null)
  if (undetermined) {
    const regimeWhy = `${actNote}${playNote ? '；' + playNote : ''}；依${undetermined.label}能否达到情节严重尚不能判断（最有利于被告人的标准须查明相关事实后才能比较）`
    return { met: null, basis: [], regimeUsed: undetermined.id, regimeWhy, regimes: evals }
  }
  // All met: the act's regime decides (从旧). With an unknown act time, the version in force at the analysis
  // date names the basis.
  const known = actRegime !== null && evalById.has(actRegime.id)
  const decided = known ? actRegime as Regime : candidates[candidates.length - 1] as Regime
  const ev = evOf(decided)
  const basis = ev.grounds.filter((g) => g.status === 'met').map((g) => g.id)
  const regimeWhy = known
    ? `${actNote}${playNote ? '；' + playNote : ''}；各标准均达到情节严重，依从旧原则适用${decided.label}`
    : `${actNote}；${playNote}；各可能适用的标准均达到情节严重，以分析日施行的${decided.label}列明依据`
  return { met: true, basis, regimeUsed: decided.id, regimeWhy, regimes: evals }
}
