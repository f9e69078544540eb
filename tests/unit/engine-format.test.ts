// Amounts in reasons are the defendant's own figures: they are never rounded up to a threshold.
import { describe, expect, it } from 'vitest'
import { yuan } from '../../core/engine/format'
import { analyzeMatter } from '../../core/engine/analyze'
import { emptyMatter } from '../../core/matter/schema'

describe('amounts in analysis texts', () => {
  it('keeps the exact figure in 万元', () => {
    expect(yuan(185000)).toBe('18.5 万元')
    expect(yuan(3000)).toBe('3000 元')
    expect(yuan(99999)).toBe('9.9999 万元')
    expect(yuan(99999.5)).toBe('9.99995 万元')
    expect(yuan(199999.99)).toBe('19.999999 万元')
  })

  it('an amount just under 10 万元 is not written as 10 万元, in the threshold text or the sentencing basis', () => {
    const doc = emptyMatter('x')
    const d = doc.defendants[0]!
    doc.matter.asOf = '2023-06-01'
    d.actPeriod = { from: '2022-05-01', to: '2022-06-01' }
    d.knowledge.admitted = true
    d.conduct.cards = [{ kind: 'bankCard', count: 1, owner: 'self', dealing: 'sell' }]
    d.helped = { objectCount: 1, crimeType: 'fraud', crimeEstablished: 'yes', consequence: 'none' }
    d.amounts.illegalGain = 99999.5
    const da = analyzeMatter(doc, { pivots: false }).defendants[0]!
    const gain = da.thresholds.find((m) => m.groundId === 'interp2019-12-1-4')
    expect(gain?.reached).toBe(true)
    expect(gain?.text).toContain('9.99995 万元')
    const sentencing = JSON.stringify(da.sentencing)
    expect(sentencing).toContain('9.99995 万元')
    expect(sentencing).not.toMatch(/[^.\d]10 ?万元/)
  })
})
