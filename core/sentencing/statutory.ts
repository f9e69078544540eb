// Statutory numbers the estimate needs, read from the law library (刑法 clauses of the engine's sources).
import type { ChargeId, StatutoryRange } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import { clause, hasClause, valueOf } from '../law'

/** A value from a clause owned by another module that may not be in the library yet; the fallback is the number in
 * ../shared/law/sources.md for the same rule (法释〔2015〕11号 第三条; 法发〔2016〕32号 二（一）). */
function valueOr(clauseId: string, key: string, fallback: number): number {
  return hasClause(clauseId) ? (clause(clauseId).values?.[key] ?? fallback) : fallback
}

/** 拘役 一个月以上六个月以下 (刑法第四十二条, recorded on crimlaw-a287-2-p1). */
export const criminalDetention = (): { minMonths: number; maxMonths: number } => ({
  minMonths: valueOf('crimlaw-a287-2-p1', 'detentionMinMonths'),
  maxMonths: valueOf('crimlaw-a287-2-p1', 'detentionMaxMonths')
})

/** 刑法第七十二条: 缓刑 only for 拘役 or 三年以下有期徒刑. */
export const probationMaxMonths = (): number => valueOf('crimlaw-a72', 'maxYears') * 12

/** 刑法第十七条第一款、第四款; 第十七条之一. */
export const ages = (): { liability: number; adult: number; elderly: number } => ({
  liability: valueOf('crimlaw-a17-p1', 'minAge'),
  adult: valueOf('crimlaw-a17-p4', 'adultAge'),
  elderly: valueOf('crimlaw-a17-1', 'elderlyAge')
})

/**
 * The statutory range on the facts when no engine chose it (calibration script, tests, held-out check). The engine
 * normally passes `SentencingInput.statutoryRange`; this fallback picks the tier by the amount fields only.
 */
export function fallbackStatutoryRange(charge: Exclude<ChargeId, 'none'>, d: Defendant): StatutoryRange {
  const r = fallbackRange(charge, d)
  return { ...r, citations: r.citations.filter(hasClause) }
}

function fallbackRange(charge: Exclude<ChargeId, 'none'>, d: Defendant): StatutoryRange {
  switch (charge) {
    case 'art287-2':
      return {
        minMonths: valueOf('crimlaw-a287-2-p1', 'minMonths'), maxMonths: valueOf('crimlaw-a287-2-p1', 'maxMonths'),
        label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-2-p1']
      }
    case 'art287-1':
      return { minMonths: 0, maxMonths: valueOf('crimlaw-a287-1', 'maxMonths'), label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-1'] }
    case 'art177-1':
      return { minMonths: 0, maxMonths: valueOf('crimlaw-a177-1-p1', 'maxMonths'), label: '三年以下有期徒刑或者拘役，并处或者单处一万元以上十万元以下罚金', citations: ['crimlaw-a177-1-p1'] }
    case 'art312': {
      const v = d.amounts.concealedProceeds
      return v != null && v >= valueOr('conceal2015-3-1', 'seriousTotalValue', 100000)
        ? { minMonths: valueOf('crimlaw-a312-p1', 'seriousMinMonths'), maxMonths: valueOf('crimlaw-a312-p1', 'seriousMaxMonths'), label: '情节严重的，处三年以上七年以下有期徒刑，并处罚金', citations: ['crimlaw-a312-p1', 'conceal2015-3-1'] }
        : { minMonths: 0, maxMonths: valueOf('crimlaw-a312-p1', 'maxMonths'), label: '三年以下有期徒刑、拘役或者管制，并处或者单处罚金', citations: ['crimlaw-a312-p1'] }
    }
    case 'art266-accomplice': {
      const v = d.amounts.attributableFraudLoss ?? 0
      if (v >= valueOr('fraud2016-2-1', 'amountEspeciallyHuge', 500000)) {
        // 十年以上有期徒刑或者无期徒刑: the range is capped at 15 years (刑法第四十五条, not in the library) for the estimate
        return { minMonths: valueOf('crimlaw-a266', 'especiallyHugeMinMonths'), maxMonths: 180, label: '数额特别巨大的，处十年以上有期徒刑或者无期徒刑', citations: ['crimlaw-a266', 'fraud2016-2-1'] }
      }
      if (v >= valueOr('fraud2016-2-1', 'amountHuge', 30000)) {
        return { minMonths: valueOf('crimlaw-a266', 'hugeMinMonths'), maxMonths: valueOf('crimlaw-a266', 'hugeMaxMonths'), label: '数额巨大的，处三年以上十年以下有期徒刑', citations: ['crimlaw-a266', 'fraud2016-2-1'] }
      }
      return { minMonths: 0, maxMonths: valueOf('crimlaw-a266', 'maxMonths'), label: '数额较大的，处三年以下有期徒刑、拘役或者管制', citations: ['crimlaw-a266', 'fraud2016-2-1'] }
    }
  }
}
