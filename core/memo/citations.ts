// Footnotes for a memo: each conclusion's clause ids become one footnote. The first mention of a
// clause gives its full citation (cite, source title, 文号, 施行日期); later mentions are short and
// point back to the first note. A clause that is not VERIFIED keeps its verification note every time.
import { clause, hasClause, resolveCitation, verificationNote, weakest, LAW_LIBRARY_VERSION } from '../law/index'
import type { Verification } from '../law/types'
import { dateZh } from './format'
import type { Footnote, Inline } from './types'

interface Resolved {
  id: string
  cite: string
  full: string
  verification: Verification
}

function resolve(id: string): Resolved {
  if (!hasClause(id)) {
    return {
      id,
      cite: `条文编号 ${id}`,
      full: `条文编号 ${id} 未收录于本机法律库（版本 ${LAW_LIBRARY_VERSION}），无法核对其出处`,
      verification: 'UNVERIFIED'
    }
  }
  const r = resolveCitation(id)
  // first mention: the source's full title, its 文号 and 施行日期 where the library has them
  const facts = [r.docNumber, r.effective ? `${dateZh(r.effective)}起施行` : null].filter((x): x is string => x !== null)
  const full = `${r.sourceTitle}${clause(id).label}${facts.length > 0 ? `（${facts.join('，')}）` : ''}`
  return { id, cite: r.cite, full, verification: r.verification }
}

export class FootnoteRegistry {
  readonly notes: Footnote[] = []
  private readonly firstNote = new Map<string, number>()

  /**
   * A new footnote for a set of clause ids (deduplicated, order kept): Word numbers every
   * reference, so a clause cited again gets a short note that points to its first one.
   * Returns null when there is nothing to cite.
   */
  cite(ids: readonly string[]): Inline | null {
    const unique = [...new Set(ids.filter((i) => i.trim() !== ''))]
    if (unique.length === 0) return null
    const id = this.notes.length + 1
    const pieces: string[] = []
    let v: Verification = 'VERIFIED'
    for (const cid of unique) {
      const r = resolve(cid)
      v = weakest(v, r.verification)
      const first = this.firstNote.get(cid)
      const note = verificationNote(r.verification)
      const mark = note ? `【${note}】` : ''
      if (first === undefined) {
        this.firstNote.set(cid, id)
        pieces.push(`${r.full}${mark}`)
      } else {
        pieces.push(`${r.cite}（见注${first}）${mark}`)
      }
    }
    this.notes.push({ id, clauseIds: unique, text: pieces.join('；') + '。', verification: v })
    return { kind: 'footnote', id }
  }

  /** All clause ids cited so far. */
  cited(): string[] {
    return [...this.firstNote.keys()]
  }

  /** True when some cited clause is PARTLY or UNVERIFIED (or missing from the library). */
  restsOnUnverified(): boolean {
    return this.notes.some((n) => n.verification !== 'VERIFIED')
  }
}
