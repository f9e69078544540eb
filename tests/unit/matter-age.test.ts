// Age at the act has one definition (core/matter/age.ts): the birth date decides when known, `ageAtAct` only
// when it is not (matter-format.md). The engine and the sentencing input behind the UI's sliders must agree.
import { loadCase } from './bundled-cases'
import { describe, expect, it } from 'vitest'
import { ageAtAct, ageOn } from '../../core/matter/age'
import { emptyDefendant } from '../../core/matter/schema'
import { analyzeMatter } from '../../core/engine/analyze'
import { inputForAnalysis } from '../../core/sentencing/index'

describe('age at the act', () => {
  it('counts full years (周岁): the birthday itself is the day the year is reached', () => {
    expect(ageOn('2004-06-10', '2022-06-09')).toBe(17)
    expect(ageOn('2004-06-10', '2022-06-10')).toBe(18)
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17)
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18)
  })

  it('the birth date decides over a recorded ageAtAct; ageAtAct is used only without one', () => {
    const d = emptyDefendant('d1', '甲')
    d.actPeriod = { from: '2022-06-09', to: null }
    d.ageAtAct = 30
    expect(ageAtAct(d)).toBe(30)
    d.birthDate = '2004-06-10'
    expect(ageAtAct(d)).toBe(17)
  })

  it('uses the end of the act when its start is unknown, and null when nothing is known', () => {
    const d = emptyDefendant('d1', '甲')
    d.birthDate = '2004-06-10'
    d.actPeriod = { from: null, to: '2023-01-01' }
    expect(ageAtAct(d)).toBe(18)
    d.actPeriod = null
    expect(ageAtAct(d)).toBeNull()
  })

  it('the sentencing input behind the sliders sees the same age as the engine', () => {
    const doc = loadCase('cn-xianyou-yan')
    const d = doc.defendants[0]!
    d.birthDate = '2003-01-15' // 17 at the start of the act (2020-11-01)
    d.ageAtAct = 30 // contradicts the birth date: the birth date decides
    const a = analyzeMatter(doc, { pivots: false })
    const da = a.defendants[0]!
    expect(da.prevailingCharge).toBe('art287-2')
    expect(da.sentencing?.adjustments.some((x) => x.factor === 'minor')).toBe(true)
    expect(inputForAnalysis(d, da, a)?.ageAtAct).toBe(17)
  })
})
