// Competing offences (竞合). Every candidate offence is evaluated on the same facts with its own elements
// and trace: 刑法312条 掩隐, 诈骗罪共犯 (266 + 25–27), 177条之一 妨害信用卡管理, 287条之一 非法利用信息网络,
// next to the 帮信罪 candidate the element engine built. The prevailing charge follows 刑法287条之二第三款
// (从一重, ./choose.ts). Pivot facts — the minimal fact changes that change it (./pivots.ts) — are searched by the
// analysis's outer step (core/engine/analyze.ts), which re-runs the whole analysis; this module never re-runs it.
// 洗钱罪 (191) is not a candidate for fraud proceeds: telecom fraud is not one of its predicate offences.
import type { CandidateResult, TraceStep } from '../../analysis/types'
import type { CompetitionContext, CompetitionResult } from './types'
import { choosePrevailing } from './choose'
import { evaluateConcealment } from './concealment'
import { evaluateCreditCard } from './creditcard'
import { evaluateFraud } from './fraud'
import { evaluateInfoNetwork } from './infonet'
import { uniq } from './helpers'

export type { CompetitionContext, CompetitionResult, Reanalyze } from './types'
export { CHARGE_LABEL, CHARGE_ORDER, compareCandidates } from './choose'
export { findPivots as findChargePivots } from './pivots'

function moneyLaunderingNote(ctx: CompetitionContext): TraceStep | null {
  const d = ctx.defendant
  const handlesMoney = d.conduct.transferredForOthers === true || d.conduct.faceVerificationForOthers === true || d.conduct.paymentSettlement === true
  if (d.helped.crimeType !== 'fraud' || !handlesMoney) return null
  return {
    rule: 'competition.moneyLaundering.notCandidate',
    text: '洗钱罪（刑法第一百九十一条）的上游犯罪限于毒品、黑社会性质组织、恐怖活动、走私、贪污贿赂、破坏金融管理秩序、金融诈骗犯罪，电信网络诈骗不在其列；转移诈骗所得不以洗钱罪论，而依刑法第三百一十二条评价（洗钱罪优先仅适用于第一百九十一条所列上游犯罪）',
    citations: ['crimlaw-a191', 'aml2024-2', 'aml2024-6']
  }
}

export function evaluateCompetition(ctx: CompetitionContext): CompetitionResult {
  const evaluations = [evaluateConcealment(ctx), evaluateFraud(ctx), evaluateCreditCard(ctx), evaluateInfoNetwork(ctx)]
  const candidates: CandidateResult[] = [ctx.helpInfoCandidate, ...evaluations.map((e) => e.candidate)]
  const choice = choosePrevailing(candidates)
  const trace: TraceStep[] = evaluations.flatMap((e) => e.trace)
  const ml = moneyLaunderingNote(ctx)
  if (ml) trace.push(ml)
  trace.push(...choice.trace)

  const prevailing = candidates.find((c) => c.charge === choice.prevailing)
  const warnings = uniq([...(prevailing && prevailing.charge !== 'art287-2' ? prevailing.warnings : []), ...choice.warnings])
  return {
    candidates,
    prevailingCharge: choice.prevailing,
    competition: { text: choice.text, citations: choice.citations },
    trace,
    warnings
  }
}
