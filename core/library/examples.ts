// The published cases bundled as examples (core/examples) read as library entries, and the key that tells two
// entries of the same decision apart from two decisions reported on one page.
import { examples } from '../examples'
import type { LibraryActual, LibraryEntry } from './schema'
import { libraryActualSchema } from './schema'

const normUrl = (u: string): string => u.trim().replace(/^https?:\/\//, '').replace(/\/+$/, '').toLowerCase()

/** Same decision: the same source address and the same outcomes (one page may report several decisions). */
export function entryKey(e: Pick<LibraryEntry, 'source' | 'actual'>): string {
  const outs = Object.values(e.actual).map((a) => `${a.disposition}:${a.sentence?.months ?? '-'}`).sort().join(',')
  return `${normUrl(e.source.url)}|${outs}`
}

export function exampleEntries(): LibraryEntry[] {
  const out: LibraryEntry[] = []
  for (const ex of examples) {
    if (!ex.source.url || !ex.source.excerpt) continue
    const actual: Record<string, LibraryActual> = {}
    for (const [k, v] of Object.entries(ex.actual)) {
      const p = libraryActualSchema.safeParse(v)
      if (p.success) actual[k] = p.data
    }
    out.push({
      id: ex.id,
      source: { title: ex.source.title, url: ex.source.url, published: ex.source.published ?? null, excerpt: ex.source.excerpt, confidence: ex.source.confidence ?? null },
      matter: ex.document, province: null, actual, notes: ex.notes ?? null
    })
  }
  return out
}
