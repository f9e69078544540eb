// The analysis is a pipeline of pure steps with the pivot search outside it: the competition module is evaluated
// once per analysis and never re-runs the analysis itself; the pivot search's probes are light analyses that never
// search pivots; and a step that throws is not swallowed into a warning.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CompetitionContext, CompetitionResult } from '../../core/engine/competition'

const calls = { count: 0, fail: false }

vi.mock('../../core/engine/competition', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../core/engine/competition')>()
  return {
    ...real,
    evaluateCompetition: (ctx: CompetitionContext): CompetitionResult => {
      calls.count++
      if (calls.fail) throw new Error('a bug in the competition module')
      return real.evaluateCompetition(ctx)
    }
  }
})

afterEach(() => {
  calls.count = 0
  calls.fail = false
})

describe('the analysis pipeline', () => {
  it('without pivots the competing charges are evaluated exactly once per defendant', async () => {
    const { analyzeMatter } = await import('../../core/engine/analyze')
    const { emptyMatter } = await import('../../core/matter/schema')
    analyzeMatter(emptyMatter('一次'), { today: '2026-01-01', pivots: false })
    expect(calls.count).toBe(1)
  })

  it('with pivots every probe is one light analysis: the number of evaluations is bounded', async () => {
    const { analyzeMatter } = await import('../../core/engine/analyze')
    const { loadCase } = await import('./bundled-cases')
    const a = analyzeMatter(loadCase('cn-xianyou-yan'))
    expect(a.defendants[0]!.pivots.length).toBeGreaterThan(0)
    expect(calls.count).toBeGreaterThan(1)
    expect(calls.count).toBeLessThan(80)
  })

  it('an error in a step fails the analysis instead of becoming a warning line', async () => {
    const { analyzeMatter } = await import('../../core/engine/analyze')
    const { emptyMatter } = await import('../../core/matter/schema')
    calls.fail = true
    expect(() => analyzeMatter(emptyMatter('出错'), { today: '2026-01-01', pivots: false })).toThrow('a bug in the competition module')
  })
})
