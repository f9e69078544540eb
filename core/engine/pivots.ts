// Threshold pivots: which single missing or disputed fact would change the conclusion. Each candidate change
// is applied to a copy of the defendant and the analysis is re-run (without pivots); only changes that move
// the prevailing charge or the disposition are kept.
import { valueOf } from '../law'
import type { Defendant } from '../matter/schema'
import type { ChargeId, DefendantAnalysis, Disposition, Pivot } from '../analysis/types'
import { yuan } from './format'
import { outcomeText } from './labels'

export type Rerun = (d: Defendant) => { prevailingCharge: ChargeId; disposition: Disposition }

interface Variation {
  fact: string
  cond: string
  citations: string[]
  apply: (d: Defendant) => Defendant
}

type AmountKey = keyof Defendant['amounts']

const withAmount = (k: AmountKey, v: number | null) => (d: Defendant): Defendant => ({ ...d, amounts: { ...d.amounts, [k]: v } })

function amountVariations(d: Defendant, k: AmountKey, label: string, thresholds: { value: number; cites: string[] }[]): Variation[] {
  const cur = d.amounts[k]
  const out: Variation[] = []
  if (cur === null) {
    for (const t of thresholds) {
      out.push({ fact: `amounts.${k}`, cond: `若查明${label}达到 ${yuan(t.value)}`, citations: t.cites, apply: withAmount(k, t.value) })
    }
    return out
  }
  out.push({ fact: `amounts.${k}`, cond: `若${label} ${yuan(cur)}不能查证（存疑不计）`, citations: thresholds[0]?.cites ?? [], apply: withAmount(k, null) })
  const next = thresholds.filter((t) => t.value > cur).sort((a, b) => a.value - b.value)[0]
  if (next) {
    out.push({
      fact: `amounts.${k}`, cond: `若${label}达到 ${yuan(next.value)}（现差 ${yuan(Math.round((next.value - cur) * 100) / 100)}）`,
      citations: next.cites, apply: withAmount(k, next.value)
    })
  }
  return out
}

export function candidateVariations(d: Defendant, base: DefendantAnalysis): Variation[] {
  const inPlay = new Set(base.seriousCircumstances.regimes.map((r) => r.id))
  const ce = d.helped.crimeEstablished
  const five = ce !== 'yes' ? valueOf('interp2019-12-2', 'multiple') : null
  const t = (clauseId: string, key: string, mult = 1) => ({ value: valueOf(clauseId, key) * mult, cites: mult === 1 ? [clauseId] : [clauseId, 'interp2019-12-2'] })
  const vs: Variation[] = []
  const settle = [t('interp2019-12-1-2', 'paymentSettlement')]
  const gain = [t('interp2019-12-1-4', 'illegalGain')]
  const ad = [t('interp2019-12-1-3', 'advertisingFunds')]
  if (five !== null) {
    settle.push(t('interp2019-12-1-2', 'paymentSettlement', five))
    gain.push(t('interp2019-12-1-4', 'illegalGain', five))
    ad.push(t('interp2019-12-1-3', 'advertisingFunds', five))
  }
  vs.push(...amountVariations(d, 'paymentSettlement', '支付结算金额', settle))
  vs.push(...amountVariations(d, 'illegalGain', '违法所得', gain))
  if (d.conduct.advertising !== false) vs.push(...amountVariations(d, 'advertisingFunds', '投放广告等提供资金', ad))
  const inflow: { value: number; cites: string[] }[] = []
  if (inPlay.has('r2025')) inflow.push(t('opinion2025-6-1', 'inflow'))
  if (inPlay.has('r2022')) inflow.push({ value: valueOf('minutes2022-inflow', 'inflowAbove') + 0.01, cites: ['minutes2022-inflow'] })
  if (inflow.length && d.conduct.cards !== null && d.conduct.cards.length > 0) vs.push(...amountVariations(d, 'oneWayInflow', '账户（单向）流入资金', inflow))

  if (inPlay.has('r2025') && d.amounts.verifiedFraudFunds === null && d.amounts.oneWayInflow !== null) {
    vs.push({
      fact: 'amounts.verifiedFraudFunds', cond: '若流入资金中查不到经查证的犯罪资金', citations: ['opinion2025-4'],
      apply: withAmount('verifiedFraudFunds', 0)
    })
  }
  const objects = valueOf('interp2019-12-1-1', 'objects')
  const oc = d.helped.objectCount
  if (oc === null || oc < objects) {
    vs.push({ fact: 'helped.objectCount', cond: `若查明被帮助对象达到 ${objects} 个`, citations: ['interp2019-12-1-1'], apply: (x) => ({ ...x, helped: { ...x.helped, objectCount: objects } }) })
  } else {
    vs.push({ fact: 'helped.objectCount', cond: `若被帮助对象 ${oc} 个不能逐一查证构成犯罪（存疑不计）`, citations: ['interp2019-12-1-1', 'minutes2022-2'], apply: (x) => ({ ...x, helped: { ...x.helped, objectCount: null } }) })
  }
  const ap = d.history.adminPenaltyWithin2Years
  if (ap !== true) {
    vs.push({ fact: 'history.adminPenaltyWithin2Years', cond: '若查明二年内曾受相关行政处罚', citations: ['interp2019-12-1-5'], apply: (x) => ({ ...x, history: { ...x.history, adminPenaltyWithin2Years: true } }) })
  }
  if (d.helped.consequence === null) {
    vs.push({ fact: 'helped.consequence', cond: '若查明被帮助对象的犯罪造成严重后果', citations: ['interp2019-12-1-6'], apply: (x) => ({ ...x, helped: { ...x.helped, consequence: 'serious' } }) })
  }
  if (ce === null) {
    vs.push({ fact: 'helped.crimeEstablished', cond: '若被帮助对象的犯罪查证属实', citations: ['interp2019-13'], apply: (x) => ({ ...x, helped: { ...x.helped, crimeEstablished: 'yes' } }) })
  } else if (ce === 'yes') {
    vs.push({ fact: 'helped.crimeEstablished', cond: '若被帮助对象是否构成犯罪无法查证', citations: ['interp2019-12-2'], apply: (x) => ({ ...x, helped: { ...x.helped, crimeEstablished: 'unprovable' } }) })
  }
  const know = base.elements.find((e) => e.id === 'knowledge')
  if (know && know.status !== 'met') {
    vs.push({ fact: 'knowledge.admitted', cond: '若行为人供述明知或查实推定明知的情形', citations: ['interp2019-11'], apply: (x) => ({ ...x, knowledge: { ...x.knowledge, admitted: true } }) })
  } else if (know && d.knowledge.finding !== 'proven' && d.knowledge.admitted !== true && (d.knowledge.indicators ?? []).length > 0) {
    vs.push({ fact: 'knowledge.counterEvidence', cond: '若有相反证据推翻明知推定', citations: ['interp2019-11'], apply: (x) => ({ ...x, knowledge: { ...x.knowledge, counterEvidence: '相反证据' } }) })
  }
  if (d.conduct.transferredForOthers !== true) {
    vs.push({ fact: 'conduct.transferredForOthers', cond: '若查明行为人又代为转账、套现、取现', citations: ['minutes2022-5-2'], apply: (x) => ({ ...x, conduct: { ...x.conduct, transferredForOthers: true } }) })
  } else {
    vs.push({ fact: 'conduct.transferredForOthers', cond: '若无代为转账、套现、取现行为', citations: ['minutes2022-5-3'], apply: (x) => ({ ...x, conduct: { ...x.conduct, transferredForOthers: false } }) })
  }
  return vs
}

export function thresholdPivots(d: Defendant, base: DefendantAnalysis, rerun: Rerun): Pivot[] {
  const out: Pivot[] = []
  const seen = new Set<string>()
  for (const v of candidateVariations(d, base)) {
    const r = rerun(v.apply(d))
    if (r.prevailingCharge === base.prevailingCharge && r.disposition === base.disposition) continue
    const key = `${v.fact}|${r.prevailingCharge}|${r.disposition}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      fact: v.fact,
      text: `${v.cond}，则结论变为：${outcomeText(r.prevailingCharge, r.disposition)}`,
      resultingCharge: r.prevailingCharge,
      resultingDisposition: r.disposition,
      citations: v.citations
    })
  }
  return out
}
