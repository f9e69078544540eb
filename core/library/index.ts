// The library of published decisions bundled with the app: the bundled examples (core/examples) and the entries in
// ./data (scripts/sync-library.ts). Pure: the JSON is imported, validated here, and flattened per defendant for the
// sentencing calibration, the outcome probabilities and the similar-case search.
import type { Defendant } from '../matter/schema'
import { ageAtAct } from '../matter/age'
import { libraryFiles } from './data'
import { entryKey, exampleEntries } from './examples'
import { parseLibraryEntry, type LibraryActual, type LibraryEntry } from './schema'

export * from './schema'
export { entryKey, exampleEntries } from './examples'

/** How a defendant's matter ended, in the words of the spec's `outcome.likely`. */
export type OutcomeKind = 'noCrime' | 'insufficientEvidence' | 'nonProsecution' | 'conditionalNonProsecution' | 'exemption' | 'fineOnly' | 'probation' | 'custodial'

export function outcomeKindOf(a: LibraryActual): OutcomeKind | null {
  switch (a.disposition) {
    case 'nonProsecution': return 'nonProsecution'
    case 'conditionalNonProsecution': return 'conditionalNonProsecution'
    case 'insufficientEvidence': return 'insufficientEvidence'
    case 'acquitted': return 'noCrime'
    case 'exemption': return 'exemption'
    case 'convicted': {
      const s = a.sentence
      if (!s) return null
      if (s.kind === 'exemption') return 'exemption'
      if (s.kind === 'fineOnly') return 'fineOnly'
      return s.probationMonths != null && s.probationMonths > 0 ? 'probation' : 'custodial'
    }
  }
}

export interface LibraryDefendant {
  /** `<entry id>/<defendant id>` */
  key: string
  entryId: string
  /** the decision (co-defendants share it: never split across folds) */
  decisionId: string
  source: LibraryEntry['source']
  title: string
  /** the court or procuratorate that decided, where the source names it */
  court: string | null
  stage: LibraryEntry['matter']['matter']['stage']
  /** decision date (matter.asOf), else the source's decided/published date */
  decided: string | null
  province: string | null
  defendant: Defendant
  ageAtAct: number | null
  actual: LibraryActual
  outcome: OutcomeKind | null
}

function load(): { entries: LibraryEntry[]; errors: string[] } {
  const entries: LibraryEntry[] = []
  const errors: string[] = []
  const seen = new Set<string>()
  const add = (e: LibraryEntry): void => {
    const k = entryKey(e)
    if (seen.has(k)) return
    seen.add(k)
    entries.push(e)
  }
  for (const e of exampleEntries()) add(e)
  for (const [file, raw] of libraryFiles) {
    const r = parseLibraryEntry(raw, file)
    if (r.ok) add(r.entry)
    else errors.push(...r.errors)
  }
  return { entries, errors }
}

const loaded = load()
/** Every bundled entry that validates (examples first; an entry of the same decision is kept once). */
export const libraryEntries: readonly LibraryEntry[] = loaded.entries
/** Validation errors of bundled files (a test requires none). */
export const libraryErrors: readonly string[] = loaded.errors

export function defendantsOf(entries: readonly LibraryEntry[]): LibraryDefendant[] {
  const out: LibraryDefendant[] = []
  for (const e of entries) {
    for (const d of e.matter.defendants) {
      const a = e.actual[d.id]
      if (!a) continue
      out.push({
        key: `${e.id}/${d.id}`, entryId: e.id, decisionId: e.id, source: e.source, title: e.matter.matter.title,
        court: e.matter.matter.authority ?? null, stage: e.matter.matter.stage, decided: e.matter.matter.asOf ?? e.source.decided ?? e.source.published ?? null,
        province: e.province, defendant: d, ageAtAct: ageAtAct(d), actual: a, outcome: outcomeKindOf(a)
      })
    }
  }
  return out
}

let cache: LibraryDefendant[] | null = null
/** Every defendant of the bundled library with a recorded outcome. */
export function libraryDefendants(): LibraryDefendant[] {
  cache ??= defendantsOf(libraryEntries)
  return cache
}
