// Threshold pivots: which single missing or disputed fact would change the conclusion. The candidate changes come
// from the ground modules (./grounds) and the elements; each is applied to a copy of the defendant and the analysis
// is re-run (without pivots); only changes that move the prevailing charge or the disposition are kept.
import type { FactPath } from '../matter/fields'
import type { Defendant } from '../matter/schema'
import type { ChargeId, DefendantAnalysis, Disposition, Pivot } from '../analysis/types'
import { yuan } from './format'
import { GROUNDS, type AmountThreshold, type GroundDef, type PivotContext, type Variation } from './grounds'
import { outcomeText } from './labels'

export type Rerun = (d: Defendant) => { prevailingCharge: ChargeId; disposition: Disposition }

type AmountKey = keyof Defendant['amounts']

const withAmount = (k: AmountKey, v: number | null) => (d: Defendant): Defendant => ({ ...d, amounts: { ...d.amounts, [k]: v } })

/** For one amount: unknown → "if it reached each threshold"; known → "if it could not be proven" and the next threshold up. */
function amountVariations(d: Defendant, k: AmountKey, label: string, thresholds: AmountThreshold[]): Variation[] {
  const cur = d.amounts[k]
  const out: Variation[] = []
  const fact = `amounts.${k}` as FactPath
  if (cur === null) {
    for (const t of thresholds) {
      out.push({ fact, cond: `若查明${label}达到 ${yuan(t.value)}`, citations: t.cites, apply: withAmount(k, t.value) })
    }
    return out
  }
  out.push({ fact, cond: `若${label} ${yuan(cur)}不能查证（存疑不计）`, citations: thresholds[0]?.cites ?? [], apply: withAmount(k, null) })
  const next = thresholds.filter((t) => t.value > cur).sort((a, b) => a.value - b.value)[0]
  if (next) {
    out.push({
      fact, cond: `若${label}达到 ${yuan(next.value)}（现差 ${yuan(Math.round((next.value - cur) * 100) / 100)}）`,
      citations: next.cites, apply: withAmount(k, next.value)
    })
  }
  return out
}

/** Variations that belong to no ground: the elements of 帮信 other than 情节严重, and the 纪要's 支付结算 line. */
function elementVariations(d: Defendant, base: DefendantAnalysis): Variation[] {
  const vs: Variation[] = []
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

/**
 * Every single change of fact worth re-running: each ground's amount thresholds (grouped by amount, in the order
 * the registry first names them) and its own variations, then the element variations.
 */
export function candidateVariations(d: Defendant, base: DefendantAnalysis): Variation[] {
  const ctx: PivotContext = { inPlay: new Set(base.seriousCircumstances.regimes.map((r) => r.id)), base }
  const byAmount = new Map<AmountKey, { label: string; thresholds: AmountThreshold[] }>()
  const own: Variation[] = []
  for (const g of GROUNDS as readonly GroundDef[]) {
    for (const t of g.thresholds?.(d, ctx) ?? []) {
      const entry = byAmount.get(t.key) ?? { label: t.label, thresholds: [] }
      entry.thresholds.push(t)
      byAmount.set(t.key, entry)
    }
    own.push(...(g.variations?.(d, ctx) ?? []))
  }
  const vs: Variation[] = []
  for (const [k, e] of byAmount) vs.push(...amountVariations(d, k, e.label, e.thresholds))
  return [...vs, ...own, ...elementVariations(d, base)]
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
