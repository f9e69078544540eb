// Small pure helpers of the competition module: element builder, status folding, law lookups.
import { clause, hasClause, verificationWarning } from '../../law'
import type { Verification } from '../../law'
import type { ElementResult, Status } from '../../analysis/types'

export function element(
  id: string,
  label: string,
  status: Status,
  why: string,
  facts: string[],
  citations: string[]
): ElementResult {
  return { id, label, status, why, facts, citations }
}

/** all met → true; any notMet → false; otherwise null (undetermined) */
export function foldElements(elements: readonly ElementResult[]): boolean | null {
  if (elements.some((e) => e.status === 'notMet')) return false
  if (elements.every((e) => e.status === 'met')) return true
  return null
}

/** Verification mark of a clause; a clause missing from the library counts as UNVERIFIED. */
export function markOf(id: string): Verification {
  return hasClause(id) ? clause(id).verification : 'UNVERIFIED'
}

/** Chinese warnings for every cited clause that is not VERIFIED (deduplicated), in the engine's wording. */
export function verificationWarnings(citations: readonly string[]): string[] {
  const out: string[] = []
  for (const id of new Set(citations)) {
    const w = verificationWarning(id)
    if (w) out.push(w)
  }
  return out
}

export const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)]

/** 100000 → `10万元`, 4500 → `4500元` */
export function yuan(n: number): string {
  if (n >= 10000 && n % 100 === 0) {
    const w = n / 10000
    return `${Number.isInteger(w) ? w : w.toFixed(2).replace(/0+$/, '').replace(/\.$/, '')}万元`
  }
  return `${n}元`
}

/** YYYYMMDD number (as stored in clause values) → YYYY-MM-DD */
export function ymd(n: number): string {
  const s = String(n)
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
}

/** the day before an ISO date */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/** The clauses a candidate's conclusion rests on: all of them when established, the failing elements' when not. */
export function conclusionCitations(elements: readonly ElementResult[], established: boolean | null, all: readonly string[]): string[] {
  if (established === true) return [...all]
  if (established === false) return elements.filter((e) => e.status === 'notMet').flatMap((e) => e.citations)
  return []
}
