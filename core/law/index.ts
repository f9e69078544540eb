// Accessors over the law library. Every conclusion cites clause ids; these resolve them.
import { lawLibrary } from './library'
import type { LawClause, LawSource, ResolvedCitation, Verification } from './types'

export { lawLibrary, LAW_LIBRARY_VERSION } from './library'
export type { LawClause, LawSource, LawLibrary, ResolvedCitation, Verification } from './types'

const clauseIndex = new Map<string, LawClause>()
const sourceIndex = new Map<string, LawSource>()
for (const s of lawLibrary.sources) {
  if (sourceIndex.has(s.id)) throw new Error(`law library: duplicate source id ${s.id}`)
  sourceIndex.set(s.id, s)
  for (const c of s.clauses) {
    if (clauseIndex.has(c.id)) throw new Error(`law library: duplicate clause id ${c.id}`)
    if (c.sourceId !== s.id) throw new Error(`law library: clause ${c.id} names source ${c.sourceId}, sits in ${s.id}`)
    clauseIndex.set(c.id, c)
  }
}

export function hasClause(id: string): boolean {
  return clauseIndex.has(id)
}

export function clause(id: string): LawClause {
  const c = clauseIndex.get(id)
  if (!c) throw new Error(`law library: unknown clause id ${id}`)
  return c
}

export function source(id: string): LawSource {
  const s = sourceIndex.get(id)
  if (!s) throw new Error(`law library: unknown source id ${id}`)
  return s
}

/** A number the rules need, read from the clause that states it. Throws if the clause lacks it. */
export function valueOf(clauseId: string, key: string): number {
  const v = clause(clauseId).values?.[key]
  if (v === undefined) throw new Error(`law library: clause ${clauseId} has no value '${key}'`)
  return v
}

/** The weaker of two verification marks. */
export function weakest(a: Verification, b: Verification): Verification {
  const rank: Record<Verification, number> = { VERIFIED: 2, PARTLY: 1, UNVERIFIED: 0 }
  return rank[a] <= rank[b] ? a : b
}

export function resolveCitation(id: string): ResolvedCitation {
  const c = clause(id)
  const s = source(c.sourceId)
  const head = s.docNumber ?? s.shortTitle
  return {
    clauseId: c.id,
    sourceId: s.id,
    cite: `${head} ${c.label}`,
    sourceTitle: s.title,
    docNumber: s.docNumber,
    effective: s.effective,
    verification: c.verification,
    text: c.text
  }
}

/** Chinese note shown in the UI and memos where a citation is not verified. */
/**
 * The warning the analysis gives for a clause that is not VERIFIED (a clause missing from the library counts as
 * UNVERIFIED): `<cite>（PARTLY）：<note>`; null for a verified clause. One wording for the engine and the memos.
 */
export function verificationWarning(id: string): string | null {
  let w = warningCache.get(id)
  if (w === undefined) {
    const v: Verification = hasClause(id) ? clause(id).verification : 'UNVERIFIED'
    const note = verificationNote(v)
    w = note ? `${hasClause(id) ? resolveCitation(id).cite : id}（${v}）：${note}` : null
    warningCache.set(id, w)
    if (w) warningClause.set(w, id)
  }
  return w
}
const warningCache = new Map<string, string | null>()
const warningClause = new Map<string, string>()

/** The clause id behind a verification warning of {@link verificationWarning}, or null for any other text. */
export function clauseOfVerificationWarning(text: string): string | null {
  if (!/（(PARTLY|UNVERIFIED)）：/.test(text)) return null
  const known = warningClause.get(text)
  if (known) return known
  for (const s of lawLibrary.sources) for (const c of s.clauses) if (verificationWarning(c.id) === text) return c.id
  return null
}

export function verificationNote(v: Verification): string | null {
  if (v === 'VERIFIED') return null
  if (v === 'PARTLY') return '本条依据部分经第三方转载核对，尚待与官方文本核对'
  return '本条依据尚待与官方文本核对（未经核实）'
}
