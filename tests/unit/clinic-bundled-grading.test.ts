// Every bundled exercise against the real engine: the answer key can be computed, an answer that repeats the
// analysis earns every point, a contrary answer loses exactly the rubric's points, and every twist re-runs.
import { describe, expect, it } from 'vitest'
import type { MatterAnalysis, Status } from '../../core/analysis/types'
import {
  ANSWER_KIND, CLINIC_FORMAT_VERSION, ELEMENT_IDS, RUBRIC, buildWorksheet, bundledExercises, evaluateTwists, gradeAnswer,
  type Exercise, type StudentAnswer
} from '../../core/clinic'
import { analyzeMatter } from '../../core/engine/analyze'

const analyses = new Map<string, MatterAnalysis>()
const analysisOf = (ex: Exercise): MatterAnalysis => {
  let a = analyses.get(ex.id)
  if (!a) {
    a = analyzeMatter(ex.document)
    analyses.set(ex.id, a)
  }
  return a
}

/** The answer a student would give who agrees with the analysis on everything. */
function echo(ex: Exercise, a: MatterAnalysis): StudentAnswer {
  const d = a.defendants.find((x) => x.id === ex.defendantId)!
  const elements: StudentAnswer['elements'] = {}
  for (const id of ELEMENT_IDS) {
    const e = d.elements.find((x) => x.id === id)
    if (e) elements[id] = { status: e.status, reason: '依据在案事实与相关规定' }
  }
  return {
    kind: ANSWER_KIND, version: CLINIC_FORMAT_VERSION, exerciseId: ex.id, defendantId: ex.defendantId, student: { name: '测试', number: null },
    elements, charge: d.prevailingCharge, seriousGrounds: [...d.seriousCircumstances.basis],
    sentence: d.sentencing ? { minMonths: d.sentencing.rangeMonths.min, maxMonths: d.sentencing.rangeMonths.max } : null,
    submittedAt: '2026-11-22T00:00:00.000Z'
  }
}

const flip: Record<Status, Status> = { met: 'notMet', notMet: 'met', undetermined: 'met' }

describe('bundled exercises graded against the engine', () => {
  const list = bundledExercises()

  it('the analysis gives every element the student is asked about', () => {
    for (const ex of list) {
      const d = analysisOf(ex).defendants.find((x) => x.id === ex.defendantId)
      expect(d, ex.id).toBeDefined()
      for (const id of ELEMENT_IDS) expect(d!.elements.some((e) => e.id === id), `${ex.id}: ${id}`).toBe(true)
    }
  })

  it('an answer that repeats the analysis earns every point, and every row cites a clause', () => {
    for (const ex of list) {
      const g = gradeAnswer(ex, analysisOf(ex), echo(ex, analysisOf(ex)))
      expect(g.score.total, ex.id).toBe(g.score.max)
      expect(g.comparison.rows.every((r) => r.verdict === 'agree'), ex.id).toBe(true)
      for (const r of g.comparison.rows.filter((x) => x.item === 'element' || x.item === 'charge')) {
        expect(r.deciding.length, `${ex.id}: ${r.label}`).toBeGreaterThan(0)
      }
    }
  })

  it('a contrary answer on every element loses exactly the status points of the elements', () => {
    for (const ex of list) {
      const a = echo(ex, analysisOf(ex))
      for (const id of ELEMENT_IDS) {
        const e = a.elements[id]
        if (e) a.elements[id] = { ...e, status: flip[e.status] }
      }
      const g = gradeAnswer(ex, analysisOf(ex), a)
      expect(g.score.max - g.score.total, ex.id).toBe(ELEMENT_IDS.length * RUBRIC.elementStatus)
    }
  })

  it('every twist re-runs the engine on valid changed facts, and the worksheet carries the outcomes', () => {
    for (const ex of list) {
      const out = evaluateTwists(ex, analysisOf(ex), (doc) => analyzeMatter(doc))
      expect(out.map((t) => t.ok), ex.id).toEqual(ex.twists.map(() => true))
      const ws = buildWorksheet(ex, analysisOf(ex), { answer: echo(ex, analysisOf(ex)), twists: out })
      expect(ws.twists).toHaveLength(ex.twists.length)
      expect(ws.score?.total).toBe(ws.score?.max)
      expect(ws.actual).not.toBeNull()
    }
  })
})
