// Statutory ranges of the competing offences. The months are read from the 刑法 clauses of the law library
// (values maxMonths / seriousMinMonths / …); the label is the statute's own wording for the tier. A unit
// test checks that every wording occurs in the text of the clause it cites.
import { valueOf } from '../../law'
import type { ChargeId, StatutoryRange } from '../../analysis/types'

/**
 * 刑法第四十五条: 有期徒刑的期限为六个月以上十五年以下 (数罪并罚 aside). The article is not in the law
 * library; it bounds only an open tier (十年以上有期徒刑或者无期徒刑), always with a note that 无期徒刑 is
 * possible, so the estimate never claims a ceiling the statute does not have.
 */
const FIXED_TERM_MAX_MONTHS = 180

export const OPEN_TIER_NOTE = '法定刑含无期徒刑；估算上限按有期徒刑最高十五年（180个月，刑法第四十五条，该条未收入本法律库）计'

export interface StatuteTier {
  charge: Exclude<ChargeId, 'none'>
  /** tier wording, e.g. 情节严重 */
  tier: string
  /** the penalty wording quoted from the statute */
  wording: string
  clauseId: string
  /** value key of the lower bound in months; null = 0 (管制、拘役、单处罚金 possible) */
  minKey: string | null
  /** value key of the upper bound in months; null = open (无期徒刑) */
  maxKey: string | null
}

export const TIERS = {
  a312Base: { charge: 'art312', tier: '基本档', wording: '三年以下有期徒刑、拘役或者管制，并处或者单处罚金', clauseId: 'crimlaw-a312-p1', minKey: null, maxKey: 'maxMonths' },
  a312Serious: { charge: 'art312', tier: '情节严重', wording: '三年以上七年以下有期徒刑，并处罚金', clauseId: 'crimlaw-a312-p1', minKey: 'seriousMinMonths', maxKey: 'seriousMaxMonths' },
  a266Large: { charge: 'art266-accomplice', tier: '数额较大', wording: '三年以下有期徒刑、拘役或者管制，并处或者单处罚金', clauseId: 'crimlaw-a266', minKey: null, maxKey: 'maxMonths' },
  a266Huge: { charge: 'art266-accomplice', tier: '数额巨大', wording: '三年以上十年以下有期徒刑，并处罚金', clauseId: 'crimlaw-a266', minKey: 'hugeMinMonths', maxKey: 'hugeMaxMonths' },
  a266EspHuge: { charge: 'art266-accomplice', tier: '数额特别巨大', wording: '十年以上有期徒刑或者无期徒刑，并处罚金或者没收财产', clauseId: 'crimlaw-a266', minKey: 'especiallyHugeMinMonths', maxKey: null },
  a177Large: { charge: 'art177-1', tier: '数量较大', wording: '三年以下有期徒刑或者拘役，并处或者单处一万元以上十万元以下罚金', clauseId: 'crimlaw-a177-1-p1', minKey: null, maxKey: 'maxMonths' },
  a177Huge: { charge: 'art177-1', tier: '数量巨大', wording: '三年以上十年以下有期徒刑，并处二万元以上二十万元以下罚金', clauseId: 'crimlaw-a177-1-p1', minKey: 'seriousMinMonths', maxKey: 'seriousMaxMonths' },
  a2871: { charge: 'art287-1', tier: '情节严重', wording: '三年以下有期徒刑或者拘役，并处或者单处罚金', clauseId: 'crimlaw-a287-1', minKey: null, maxKey: 'maxMonths' }
} as const satisfies Record<string, StatuteTier>

export function monthsOf(t: StatuteTier): { min: number; max: number; open: boolean } {
  const min = t.minKey === null ? 0 : valueOf(t.clauseId, t.minKey)
  if (t.maxKey === null) return { min, max: FIXED_TERM_MAX_MONTHS, open: true }
  return { min, max: valueOf(t.clauseId, t.maxKey), open: false }
}

export function rangeOf(t: StatuteTier, extraCitations: readonly string[] = []): StatutoryRange {
  const m = monthsOf(t)
  return {
    minMonths: m.min,
    maxMonths: m.max,
    label: m.open ? `${t.wording}（${OPEN_TIER_NOTE}）` : t.wording,
    citations: [...new Set([t.clauseId, ...extraCitations])]
  }
}

/** Where the tier cannot be confirmed: the span of two tiers, labelled as such. */
export function spanOf(lo: StatuteTier, hi: StatuteTier, why: string, extraCitations: readonly string[] = []): StatutoryRange {
  const a = monthsOf(lo)
  const b = monthsOf(hi)
  return {
    minMonths: a.min,
    maxMonths: b.max,
    label: `档次无法确认（${why}）：${lo.wording}；${hi.tier}的，${hi.wording}${b.open ? `（${OPEN_TIER_NOTE}）` : ''}`,
    citations: [...new Set([lo.clauseId, hi.clauseId, ...extraCitations])]
  }
}

/** `3年以下` / `3年至7年` */
export function monthsText(r: StatutoryRange): string {
  const y = (m: number): string => (m % 12 === 0 ? `${m / 12}年` : `${m}个月`)
  return r.minMonths === 0 ? `${y(r.maxMonths)}以下` : `${y(r.minMonths)}至${y(r.maxMonths)}`
}
