// Footnotes for a memo: each conclusion's clause ids become one footnote. The first clause cited
// from a source names the source in full with its 文号 and 施行日期 and introduces its 简称; later
// clauses use the 简称. A clause that is not VERIFIED carries its mark every time it is cited.
import { clause, hasClause, resolveCitation, source, verificationNote, weakest, LAW_LIBRARY_VERSION } from '../law/index'
import type { Verification } from '../law/types'
import { dateZh } from './format'
import type { Footnote, Inline } from './types'

const MARK: Record<Verification, string> = { VERIFIED: '', PARTLY: '【部分核实】', UNVERIFIED: '【未经核实】' }

export class FootnoteRegistry {
  readonly notes: Footnote[] = []
  private readonly cited_ = new Set<string>()
  private readonly introduced = new Set<string>()

  /** How a clause is cited: the first clause of a source introduces it (full title, 文号, 施行日期, 简称). */
  private citeText(id: string): { text: string; verification: Verification } {
    if (!hasClause(id)) {
      return { text: `条文编号 ${id}（未收录于本机法律库 ${LAW_LIBRARY_VERSION}，无法核对出处）`, verification: 'UNVERIFIED' }
    }
    const c = clause(id)
    const r = resolveCitation(id)
    const s = source(c.sourceId)
    let text: string
    if (this.introduced.has(s.id)) {
      text = `${s.shortTitle}${c.label}`
    } else {
      this.introduced.add(s.id)
      const facts = [r.docNumber, r.effective ? `${dateZh(r.effective)}起施行` : null].filter((x): x is string => x !== null)
      const short = s.shortTitle !== s.title ? `以下简称${s.shortTitle}` : null
      const paren = [...facts, ...(short ? [short] : [])]
      text = `${s.title}${paren.length > 0 ? `（${paren.join('，')}）` : ''}${c.label}`
    }
    return { text: text + MARK[r.verification], verification: r.verification }
  }

  /**
   * A new footnote for a set of clause ids (deduplicated, order kept). Word numbers every
   * reference, so each conclusion gets its own note. A note resting on a PARTLY / UNVERIFIED
   * clause marks that clause and ends with the verification note. Null when there is nothing to cite.
   */
  cite(ids: readonly string[]): Inline | null {
    const unique = [...new Set(ids.filter((i) => i.trim() !== ''))]
    if (unique.length === 0) return null
    const id = this.notes.length + 1
    let v: Verification = 'VERIFIED'
    const pieces: string[] = []
    for (const cid of unique) {
      const r = this.citeText(cid)
      v = weakest(v, r.verification)
      this.cited_.add(cid)
      pieces.push(r.text)
    }
    const note = verificationNote(v)
    this.notes.push({ id, clauseIds: unique, text: pieces.join('；') + '。' + (note ? `${note}。` : ''), verification: v })
    return { kind: 'footnote', id }
  }

  /** All clause ids cited so far. */
  cited(): string[] {
    return [...this.cited_]
  }

  /** True when some cited clause is PARTLY or UNVERIFIED (or missing from the library). */
  restsOnUnverified(): boolean {
    return this.notes.some((n) => n.verification !== 'VERIFIED')
  }
}
