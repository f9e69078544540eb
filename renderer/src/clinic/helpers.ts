// Small helpers of the clinic pages.
import type { MatterAnalysis } from '../../../core/analysis/types'
import type { MatterDocument } from '../../../core/matter/schema'
import { runAnalysis } from '../engine'
import { translate } from '../i18n'
import { inLanguage, uiLanguage } from '../i18n/language'

export type Analyzed = { ok: true; analysis: MatterAnalysis } | { ok: false; error: string }

/** The engine's analysis of a matter (the answer key is always computed, never stored). */
export function analyze(doc: MatterDocument): Analyzed {
  const r = runAnalysis(doc)
  return r.ok ? { ok: true, analysis: r.analysis } : { ok: false, error: translate(uiLanguage(), 'ws.analysisFailed', { error: inLanguage(r.error) }) }
}

/** An analyze function for twists (throws when the analysis fails). */
export function analyzeOrThrow(doc: MatterDocument): MatterAnalysis {
  const r = analyze(doc)
  if (!r.ok) throw new Error(r.error)
  return r.analysis
}

export function newExerciseId(): string {
  const rand = Math.random().toString(36).slice(2, 8)
  return `ex-${Date.now().toString(36)}-${rand}`
}

export const fmtTime = (iso: string, lang: 'zh' | 'en' = 'zh'): string => {
  if (!iso) return '—'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false })
}

export const today = (): string => new Date().toISOString().slice(0, 10)

/** a student's answer to a twist is kept among the open answers under `twist:<twist id>` (the grading's key) */
export { TWIST_ANSWER_PREFIX as TWIST_KEY } from '../../../core/clinic/grading'
