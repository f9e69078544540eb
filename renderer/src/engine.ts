// The analysis runs in the renderer: core/engine/analyze.ts is pure TypeScript. It runs once per change and only
// where something changed: each defendant's analysis is kept for its (immutable) facts object and the matter's
// information, so a keystroke in one defendant re-analyses that defendant alone; the keystroke path runs without
// the pivot search and the similar-cases search, which run when the browser is idle (active defendant first) and
// stream in.
import { addPivots, analysisDate, analysisFingerprint, analyzeDefendantCore, ENGINE_VERSION, withCoDefendants, withOutcome } from '../../core/engine/analyze'
import { coDefendantsKey } from '../../core/engine/co-defendants'
import { LAW_LIBRARY_VERSION } from '../../core/law'
import type { DefendantAnalysis, MatterAnalysis } from '../../core/analysis/types'
import { validateMatter, type Defendant, type MatterDocument, type MatterInfo } from '../../core/matter/schema'

export type AnalysisOutcome =
  | { ok: true; analysis: MatterAnalysis; ms: number; /** false while some defendant's pivot search is pending */ complete: boolean }
  | { ok: false; error: string }

interface Cached {
  /** the core analysis (the pivot search compares against it) */
  core: DefendantAnalysis
  /** with the outcome ladder: what the panel shows until the idle search is done */
  shown: DefendantAnalysis
  /** with pivots and similar cases */
  full: DefendantAnalysis | null
  /** the 同案人关系 over `full ?? shown`, for the matter-wide key they were derived under (they depend on the other
   *  defendants too, so a change to another defendant's links, role or cards derives them again) */
  linked: { key: string; base: DefendantAnalysis; value: DefendantAnalysis } | null
}
/** per matter information (stage, asOf, province…): the analysis of each defendant facts object */
const cache = new WeakMap<MatterInfo, WeakMap<Defendant, Cached>>()

function cacheFor(doc: MatterDocument): WeakMap<Defendant, Cached> {
  let m = cache.get(doc.matter)
  if (!m) {
    m = new WeakMap()
    cache.set(doc.matter, m)
  }
  return m
}

/** How many defendants of `doc` runAnalysis would analyse anew (not in the cache): 1 after a keystroke in one
 *  defendant, all of them after a change to the matter's information. */
export function uncachedDefendants(doc: MatterDocument): number {
  const m = cache.get(doc.matter)
  if (!m) return doc.defendants.length
  let n = 0
  for (const d of doc.defendants) if (!m.has(d)) n++
  return n
}

/** The keystroke path: every defendant's analysis, from the cache where its facts did not change. */
export function runAnalysis(doc: MatterDocument): AnalysisOutcome {
  const t0 = performance.now()
  try {
    const asOf = analysisDate(doc)
    const m = cacheFor(doc)
    const key = coDefendantsKey(doc, asOf)
    let complete = true
    const defendants = doc.defendants.map((d) => {
      let c = m.get(d)
      if (!c) {
        const core = analyzeDefendantCore(doc, d)
        c = { core, shown: withOutcome(doc, d, core, asOf, false), full: null, linked: null }
        m.set(d, c)
      }
      if (!c.full) complete = false
      const base = c.full ?? c.shown
      if (!c.linked || c.linked.key !== key || c.linked.base !== base) c.linked = { key, base, value: withCoDefendants(doc, d, base, asOf) }
      return c.linked.value
    })
    const analysis: MatterAnalysis = { engineVersion: ENGINE_VERSION, lawLibraryVersion: LAW_LIBRARY_VERSION, asOf, defendants }
    // a complete analysis says what it was computed from, so that the memo service can reuse it (the matter as
    // the schema reads it, exactly as main will read it)
    if (complete) {
      const parsed = validateMatter(doc)
      if (parsed.ok) analysis.fingerprint = analysisFingerprint(parsed.value, asOf)
    }
    return { ok: true, analysis, ms: performance.now() - t0, complete }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}

type Idle = (cb: () => void) => number
const whenIdle: Idle = (cb) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 500 }) : (setTimeout(cb, 0) as unknown as number)
const cancelIdle = (h: number): void => {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(h)
  else clearTimeout(h)
}

/**
 * Search the pivots and the similar cases of every defendant of `doc` still without them, one defendant per idle
 * period, `first` first; `onProgress` is called after each. Returns a cancel function (call it when the matter changes).
 */
export function searchPivotsWhenIdle(doc: MatterDocument, first: string | null, onProgress: () => void): () => void {
  const asOf = analysisDate(doc)
  const m = cacheFor(doc)
  const queue = [...doc.defendants].sort((a, b) => (a.id === first ? -1 : b.id === first ? 1 : 0))
  let handle: number | null = null
  let cancelled = false
  const step = (): void => {
    handle = null
    if (cancelled) return
    const d = queue.shift()
    if (!d) return
    const c = m.get(d)
    if (c && !c.full) {
      try {
        c.full = withOutcome(doc, d, addPivots(d, c.core, asOf, { province: doc.matter.province ?? null }), asOf, true)
      } catch {
        c.full = c.shown // the keystroke analysis already shows the error, if any
      }
      onProgress()
    }
    if (queue.length) handle = whenIdle(step)
  }
  handle = whenIdle(step)
  return () => {
    cancelled = true
    if (handle !== null) cancelIdle(handle)
  }
}
