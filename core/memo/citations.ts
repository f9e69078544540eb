// Footnotes for a memo: each conclusion's clause ids become one footnote. Clauses are grouped by
// source and cited by the source's 简称, followed by its 文号 and 施行日期 where the law library has
// them, e.g. `《解释》第十一条、第十三条（法释〔2019〕15号，2019年11月1日起施行）`. The appendix lists
// every source cited with its full title. A clause that is not VERIFIED carries its mark
// (【部分核实】/【未经核实】) every time, and the note ends with the library's verification note.
import { clause, hasClause, resolveCitation, source, verificationNote, weakest, LAW_LIBRARY_VERSION } from '../law/index'
import type { LawSource, Verification } from '../law/types'
import { dateZh } from './format'
import type { Footnote, Inline } from './types'

export const VERIFICATION_MARK: Record<Verification, string> = { VERIFIED: '', PARTLY: '【部分核实】', UNVERIFIED: '【未经核实】' }

/** `法释〔2019〕15号，2019年11月1日起施行` (the parts the library has) */
export function sourceFacts(s: LawSource): string {
  return [s.docNumber, s.effective ? `${dateZh(s.effective)}起施行` : null].filter((x): x is string => x !== null).join('，')
}

/** A clause the memo rests on that is not VERIFIED (or unknown to the library): for the 核对清单. */
export interface UnverifiedCite {
  clauseId: string
  /** e.g. `《意见（二）》第九条第（一）项` */
  cite: string
  verification: Verification
}

export interface RegistryOptions {
  /** the memo's date: a text that takes effect later is never cited */
  asOf: string
  /** write 【部分核实】/【未经核实】 and the verification note in footnotes (internal documents only) */
  marks: boolean
}

/**
 * Clauses the memo never cites in a footnote: 刑法第十二条 governs the statute's temporal effect, not
 * the choice between 司法解释 (that is the 2001 时间效力规定, named in the text where it matters).
 */
const NEVER_CITED = new Set(['crimlaw-a12'])

export class FootnoteRegistry {
  readonly notes: Footnote[] = []
  private readonly cited_ = new Set<string>()
  private readonly sources_ = new Map<string, LawSource>()
  private readonly unverified_ = new Map<string, UnverifiedCite>()
  private readonly later_ = new Map<string, LawSource>()
  readonly asOf: string
  readonly marks: boolean

  constructor(opts: RegistryOptions = { asOf: '9999-12-31', marks: true }) {
    this.asOf = opts.asOf
    this.marks = opts.marks
  }

  /** False for a clause whose source takes effect after the memo's date (recorded for the 核对清单). */
  inForce(id: string): boolean {
    if (!hasClause(id)) return true
    const s = source(clause(id).sourceId)
    if (s.effective && s.effective > this.asOf) {
      this.later_.set(s.id, s)
      return false
    }
    return true
  }

  /** The ids of `ids` a memo may cite at its date (in force, not excluded), in order, deduplicated. */
  usable(ids: readonly string[]): string[] {
    return [...new Set(ids.filter((i) => i.trim() !== '' && !NEVER_CITED.has(i) && this.inForce(i)))]
  }

  /**
   * A new footnote for the clauses of one point. A clause already cited in an earlier footnote is not
   * cited again (each clause once); null when nothing new is left to cite.
   */
  cite(ids: readonly string[]): Inline | null {
    const unique = this.usable(ids).filter((i) => !this.cited_.has(i))
    if (unique.length === 0) return null
    let v: Verification = 'VERIFIED'
    // group by source, in order of first appearance
    const groups = new Map<string, { source: LawSource; labels: string[] }>()
    const unknown: string[] = []
    for (const cid of unique) {
      this.cited_.add(cid)
      if (!hasClause(cid)) {
        v = 'UNVERIFIED'
        this.unverified_.set(cid, { clauseId: cid, cite: `条文编号 ${cid}（本机法律库 ${LAW_LIBRARY_VERSION} 未收录）`, verification: 'UNVERIFIED' })
        if (this.marks) unknown.push(`条文编号 ${cid}（未收录于本机法律库 ${LAW_LIBRARY_VERSION}，无法核对出处）`)
        continue
      }
      const c = clause(cid)
      const r = resolveCitation(cid)
      const s = source(c.sourceId)
      this.sources_.set(s.id, s)
      v = weakest(v, r.verification)
      if (r.verification !== 'VERIFIED') this.unverified_.set(cid, { clauseId: cid, cite: `${s.shortTitle}${c.label}`, verification: r.verification })
      const g = groups.get(s.id) ?? { source: s, labels: [] }
      g.labels.push(`${c.label}${this.marks ? VERIFICATION_MARK[r.verification] : ''}`)
      groups.set(s.id, g)
    }
    const pieces = [...groups.values()].map(({ source: s, labels }) => {
      const facts = sourceFacts(s)
      return `${s.shortTitle}${labels.join('、')}${facts ? `（${facts}）` : ''}`
    })
    pieces.push(...unknown)
    if (pieces.length === 0) return null
    const base = this.marks ? verificationNote(v) : null
    // with several clauses the note speaks of the marked ones
    const note = base && unique.length > 1 ? base.replace(/^本条依据/, '上述标注条文') : base
    const id = this.notes.length + 1
    this.notes.push({ id, clauseIds: unique, text: pieces.join('；') + '。' + (note ? `${note}。` : ''), verification: v })
    return { kind: 'footnote', id }
  }

  /** All clause ids cited so far. */
  cited(): string[] {
    return [...this.cited_]
  }

  /** The sources cited so far, in order of first citation. */
  sources(): LawSource[] {
    return [...this.sources_.values()]
  }

  /** Cited clauses that are PARTLY / UNVERIFIED or unknown to the library. */
  unverified(): UnverifiedCite[] {
    return [...this.unverified_.values()]
  }

  /** Sources the analysis relied on that take effect after the memo's date (left uncited). */
  later(): LawSource[] {
    return [...this.later_.values()]
  }

  /** True when some cited clause is PARTLY or UNVERIFIED (or missing from the library). */
  restsOnUnverified(): boolean {
    return this.unverified_.size > 0
  }
}

/**
 * Citations written in the text itself (tables, appendix): grouped by source, by 简称, with ※ on a
 * clause that is not VERIFIED, e.g. `《解释》第十一条、第十三条；《意见（二）》第七条※`.
 */
export function briefCites(ids: readonly string[], marks = true): string {
  const groups = new Map<string, string[]>()
  const out: string[] = []
  for (const id of new Set(ids)) {
    if (!hasClause(id)) {
      if (marks) out.push(`${id}※`)
      continue
    }
    const c = clause(id)
    const s = source(c.sourceId)
    const labels = groups.get(s.shortTitle) ?? []
    labels.push(`${c.label}${c.verification === 'VERIFIED' || !marks ? '' : '※'}`)
    groups.set(s.shortTitle, labels)
  }
  return [...[...groups.entries()].map(([t, ls]) => `${t}${ls.join('、')}`), ...out].join('；')
}
