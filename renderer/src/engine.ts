// The analysis runs in the renderer: core/engine/analyze.ts is pure TypeScript.
import { analyzeMatter } from '../../core/engine/analyze'
import type { MatterAnalysis } from '../../core/analysis/types'
import type { MatterDocument } from '../../core/matter/schema'

export type AnalysisOutcome = { ok: true; analysis: MatterAnalysis; ms: number } | { ok: false; error: string }

export function runAnalysis(doc: MatterDocument): AnalysisOutcome {
  const t0 = performance.now()
  try {
    const analysis = analyzeMatter(doc)
    return { ok: true, analysis, ms: performance.now() - t0 }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}
