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

export class FootnoteRegistry {
  readonly notes: Footnote[] = []
  private readonly cited_ = new Set<string>()
  private readonly sources_ = new Map<string, LawSource>()

  /**
   * A new footnote for a set of clause ids (deduplicated, order kept). Word numbers every
   * reference, so each conclusion gets its own note. Null when there is nothing to cite.
   */
  cite(ids: readonly string[]): Inline | null {
    const unique = [...new Set(ids.filter((i) => i.trim() !== ''))]
    if (unique.length === 0) return null
    const id = this.notes.length + 1
    let v: Verification = 'VERIFIED'
    // group by source, in order of first appearance
    const groups = new Map<string, { source: LawSource; labels: string[] }>()
    const unknown: string[] = []
    for (const cid of unique) {
      this.cited_.add(cid)
      if (!hasClause(cid)) {
        v = 'UNVERIFIED'
        unknown.push(`条文编号 ${cid}（未收录于本机法律库 ${LAW_LIBRARY_VERSION}，无法核对出处）`)
        continue
      }
      const c = clause(cid)
      const r = resolveCitation(cid)
      const s = source(c.sourceId)
      this.sources_.set(s.id, s)
      v = weakest(v, r.verification)
      const g = groups.get(s.id) ?? { source: s, labels: [] }
      g.labels.push(`${c.label}${VERIFICATION_MARK[r.verification]}`)
      groups.set(s.id, g)
    }
    const pieces = [...groups.values()].map(({ source: s, labels }) => {
      const facts = sourceFacts(s)
      return `${s.shortTitle}${labels.join('、')}${facts ? `（${facts}）` : ''}`
    })
    pieces.push(...unknown)
    const base = verificationNote(v)
    // with several clauses the note speaks of the marked ones
    const note = base && unique.length > 1 ? base.replace(/^本条依据/, '上述标注条文') : base
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

  /** True when some cited clause is PARTLY or UNVERIFIED (or missing from the library). */
  restsOnUnverified(): boolean {
    return this.notes.some((n) => n.verification !== 'VERIFIED')
  }
}

/**
 * Citations written in the text itself (tables, appendix): grouped by source, by 简称, with ※ on a
 * clause that is not VERIFIED, e.g. `《解释》第十一条、第十三条；《意见（二）》第七条※`.
 */
export function briefCites(ids: readonly string[]): string {
  const groups = new Map<string, string[]>()
  const out: string[] = []
  for (const id of new Set(ids)) {
    if (!hasClause(id)) {
      out.push(`${id}※`)
      continue
    }
    const c = clause(id)
    const s = source(c.sourceId)
    const labels = groups.get(s.shortTitle) ?? []
    labels.push(`${c.label}${c.verification === 'VERIFIED' ? '' : '※'}`)
    groups.set(s.shortTitle, labels)
  }
  return [...[...groups.entries()].map(([t, ls]) => `${t}${ls.join('、')}`), ...out].join('；')
}
