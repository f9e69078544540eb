// What blocks the result: when the analysis cannot decide, which unknown facts would decide it. Each unknown fact
// read by an undetermined element of any candidate charge is tried with each answer it can take (a light analysis
// per answer). Listed first: facts whose every answer decides the matter; then those some answer decides; then, when
// several unknowns block it together, the facts whose answers settle the most open elements.
import type { DefendantAnalysis, OpenQuestion } from '../analysis/types'
import { FIELDS, isFactPath, valueAt, type FactPath } from '../matter/fields'
import type { Defendant } from '../matter/schema'
import { outcomeText } from './labels'

type Probe = (d: Defendant) => Pick<DefendantAnalysis, 'prevailingCharge' | 'disposition' | 'candidates'>

/** The undetermined elements of 帮信罪 (the charge every matter here is about), as `charge:element` keys. */
function openElements(a: Pick<DefendantAnalysis, 'candidates'>): Set<string> {
  const out = new Set<string>()
  for (const c of a.candidates) if (c.charge === 'art287-2') for (const e of c.elements) if (e.status === 'undetermined') out.add(`${c.charge}:${e.id}`)
  return out
}
const labelOf = (a: Pick<DefendantAnalysis, 'candidates'>, key: string): string => {
  const [charge, id] = key.split(':')
  return a.candidates.find((c) => c.charge === charge)?.elements.find((e) => e.id === id)?.label ?? key
}

/** A copy of the defendant with one fact set (paths are at most two deep). */
function withFact(d: Defendant, path: FactPath, value: unknown): Defendant {
  const [a, b] = path.split('.') as [string, string | undefined]
  if (b === undefined) return { ...d, [a]: value }
  const block = (d as unknown as Record<string, Record<string, unknown>>)[a] ?? {}
  return { ...d, [a]: { ...block, [b]: value } }
}

const LARGE = 1e9

/** The answers worth trying for an unknown fact of this kind (none for lists and text). */
function answers(path: FactPath): { value: unknown; label: string }[] {
  const f = FIELDS[path]
  switch (f.widget) {
    case 'tri': return [{ value: true, label: '是' }, { value: false, label: '否' }]
    case 'money': return [{ value: 0, label: '为零' }, { value: LARGE, label: '数额巨大' }]
    case 'count': return [{ value: 0, label: '为零' }, { value: 1000, label: '数量很大' }]
    case 'choice': return 'values' in f && f.values ? Object.entries(f.values).map(([v, bi]) => ({ value: v, label: bi.zh })) : []
    default: return []
  }
}

export function openQuestions(d: Defendant, base: DefendantAnalysis, probe: Probe, limit = 5): OpenQuestion[] {
  if (base.disposition !== 'undetermined') return []
  const facts = new Set<FactPath>()
  for (const c of base.candidates) {
    for (const e of c.elements) {
      if (e.status !== 'undetermined') continue
      for (const f of e.facts) if (isFactPath(f) && valueAt(d, f) === null) facts.add(f)
    }
  }
  const open = openElements(base)
  const scored: (OpenQuestion & { rank: number })[] = []
  for (const fact of facts) {
    const tried = answers(fact).map((a) => ({ a, r: probe(withFact(d, fact, a.value)) }))
    if (tried.length === 0) continue
    const deciding = tried.filter((t) => t.r.disposition !== 'undetermined')
    // a fact whose every answer leads to the same conclusion does not block it
    const outcomes = new Set(deciding.map((t) => `${t.r.prevailingCharge}|${t.r.disposition}`))
    if (deciding.length === tried.length && outcomes.size === 1) continue
    // how many open elements of 帮信 an answer settles: progress when several unknowns block together
    const settled = Math.max(...tried.map((t) => [...open].filter((k) => !openElements(t.r).has(k)).length))
    if (deciding.length === 0 && settled === 0) continue
    const effect = tried.map((t) => {
      if (t.r.disposition !== 'undetermined') return `若${t.a.label}：${outcomeText(t.r.prevailingCharge, t.r.disposition)}`
      const still = [...openElements(t.r)].map((k) => labelOf(t.r, k))
      return `若${t.a.label}：仍待查明${[...new Set(still)].join('、')}`
    }).join('；')
    const decidesAlone = deciding.length === tried.length
    scored.push({ fact, label: FIELDS[fact].label.zh, effect, decidesAlone, rank: (decidesAlone ? 2000 : deciding.length > 0 ? 1000 : 0) + settled })
  }
  scored.sort((x, y) => y.rank - x.rank)
  return scored.slice(0, limit).map(({ rank: _rank, ...q }) => q)
}
