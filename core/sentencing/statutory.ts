// Statutory numbers the estimate needs that live in the engine's part of the law library (刑法). Each is read
// from its clause when the clause carries the value; otherwise the number below is used, and it is the text of
// the article quoted in ../shared/law/sources.md (VERIFIED) except 刑法第四十二条, which the sources do not quote.
import type { ChargeId, StatutoryRange } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import { clause, hasClause } from '../law'

function lawNumber(clauseId: string, key: string, fallback: number): number {
  if (!hasClause(clauseId)) return fallback
  const v = clause(clauseId).values?.[key]
  return v ?? fallback
}

/** 刑法第四十二条: 拘役的期限为一个月以上六个月以下 (article not quoted in the project's sources: UNVERIFIED here). */
export const criminalDetention = (): { minMonths: number; maxMonths: number } => ({
  minMonths: lawNumber('crimlaw-a42', 'minMonths', 1),
  maxMonths: lawNumber('crimlaw-a42', 'maxMonths', 6)
})

/** 刑法第七十二条: 缓刑 only for 拘役 or 三年以下有期徒刑. */
export const probationMaxMonths = (): number => lawNumber('crimlaw-a72', 'maxMonths', 36)

/** 刑法第十七条第一款 / 第四款; 第十七条之一. */
export const ages = (): { liability: number; adult: number; elderly: number } => ({
  liability: lawNumber('crimlaw-a17-p4', 'liabilityAge', 16),
  adult: lawNumber('crimlaw-a17-p4', 'adultAge', 18),
  elderly: lawNumber('crimlaw-a17-1', 'age', 75)
})

/**
 * The statutory range on the facts when no engine chose it (calibration script, tests, held-out check). The engine
 * normally passes `SentencingInput.statutoryRange`; this is only a fallback with the text of each article
 * (刑法287条之二、312条、266条、177条之一、287条之一, VERIFIED in sources.md), tier chosen by the amount fields.
 */
export function fallbackStatutoryRange(charge: Exclude<ChargeId, 'none'>, d: Defendant): StatutoryRange {
  switch (charge) {
    case 'art287-2':
      return { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: ['crimlaw-a287-2-p1'] }
    case 'art287-1':
      return { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处罚金', citations: [] }
    case 'art177-1':
      return { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑或者拘役，并处或者单处一万元以上十万元以下罚金', citations: [] }
    case 'art312': {
      // 法释〔2015〕11号（2021修正）: 情节严重 includes 掩饰、隐瞒犯罪所得 价值总额达到十万元以上.
      const v = d.amounts.concealedProceeds
      return v != null && v >= 100000
        ? { minMonths: 36, maxMonths: 84, label: '情节严重的，处三年以上七年以下有期徒刑，并处罚金', citations: [] }
        : { minMonths: 0, maxMonths: 36, label: '三年以下有期徒刑、拘役或者管制，并处或者单处罚金', citations: [] }
    }
    case 'art266-accomplice': {
      // 法发〔2016〕32号: 3,000 / 30,000 / 500,000 元.
      const v = d.amounts.attributableFraudLoss ?? 0
      if (v >= 500000) return { minMonths: 120, maxMonths: 180, label: '数额特别巨大的，处十年以上有期徒刑或者无期徒刑', citations: [] }
      if (v >= 30000) return { minMonths: 36, maxMonths: 120, label: '数额巨大的，处三年以上十年以下有期徒刑', citations: [] }
      return { minMonths: 0, maxMonths: 36, label: '数额较大的，处三年以下有期徒刑、拘役或者管制', citations: [] }
    }
  }
}
