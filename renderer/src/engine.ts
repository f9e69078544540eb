// The analysis runs in the renderer: core/engine/analyze.ts is pure TypeScript.
// Loaded through import.meta.glob so that the UI still builds and says so when the engine is absent.
import type { AnalyzeOptions, MatterAnalysis } from '../../core/analysis/types'
import type { MatterDocument } from '../../core/matter/schema'

type AnalyzeFn = (doc: MatterDocument, opts?: AnalyzeOptions) => MatterAnalysis
interface EngineModule {
  analyzeMatter?: AnalyzeFn
  ENGINE_VERSION?: string
}

const modules = import.meta.glob<EngineModule>('../../core/engine/analyze.ts', { eager: true })
const engine: EngineModule | undefined = Object.values(modules)[0]

export const analyzeMatter: AnalyzeFn | null = engine?.analyzeMatter ?? null
export const engineVersion: string | null = engine?.ENGINE_VERSION ?? null

export type AnalysisOutcome = { ok: true; analysis: MatterAnalysis; ms: number } | { ok: false; error: string }

export function runAnalysis(doc: MatterDocument): AnalysisOutcome | null {
  if (!analyzeMatter) return null
  const t0 = performance.now()
  try {
    const analysis = analyzeMatter(doc)
    return { ok: true, analysis, ms: performance.now() - t0 }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}
