// Types of the versioned law library (core/law/library.ts holds the data).
// One entry per legal source; each quoted clause has a stable id that conclusions cite.

export type Verification = 'VERIFIED' | 'PARTLY' | 'UNVERIFIED'

export interface LawClause {
  /** stable id, e.g. `interp2019-12-1-2` */
  id: string
  sourceId: string
  /** how the clause is cited in Chinese, e.g. `第十二条第一款第（二）项` */
  label: string
  /** the quoted text (verbatim where VERIFIED; a reconstruction is marked UNVERIFIED) */
  text: string
  verification: Verification
  /** numbers the rules read from this clause (thresholds, percentages, months); never literals in code */
  values?: Readonly<Record<string, number>>
  note?: string
}

export interface LawSource {
  id: string
  title: string
  /** short name used in the UI, e.g. `《解释》` */
  shortTitle: string
  /** 文号, null where the source has none */
  docNumber: string | null
  issuers: readonly string[]
  /** first day the source governs (YYYY-MM-DD); null if not known */
  effective: string | null
  /** last day it governs (inclusive), null if still in force */
  ends: string | null
  verification: Verification
  /** what is and is not verified about the metadata (文号, dates) */
  note?: string
  clauses: readonly LawClause[]
}

export interface LawLibrary {
  /** bumped whenever a threshold, date or text changes */
  version: string
  sources: readonly LawSource[]
}

/** A resolved citation, ready for the UI and for memo footnotes. */
export interface ResolvedCitation {
  clauseId: string
  sourceId: string
  /** e.g. `法释〔2019〕15号 第十二条第一款第（二）项` */
  cite: string
  sourceTitle: string
  docNumber: string | null
  effective: string | null
  verification: Verification
  text: string
}
