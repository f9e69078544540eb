// Pivot facts: the minimal fact changes that flip the prevailing charge, found by re-analysis.
import { describe, expect, it } from 'vitest'
import { evaluateCompetition, findChargePivots } from '../../core/engine/competition'
import { cardSeller, makeCtx, makeReanalyze, run } from './competition-helpers'

describe('pivot facts', () => {
  it('掩隐 by cash-out: without the cash-out, or without knowing the money is proceeds, only 帮信', () => {
    const d = cardSeller()
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    const r = run(d)
    expect(r.prevailingCharge).toBe('art312')
    const byFact = new Map(r.pivots.map((p) => [p.fact, p]))
    expect(byFact.get('conduct.transferredForOthers')?.text).toBe('若无代为转账、套现、取现行为，则仅构成帮助信息网络犯罪活动罪')
    expect(byFact.get('conduct.transferredForOthers')?.resultingCharge).toBe('art287-2')
    expect(byFact.get('knowledge.knewProceeds')?.resultingCharge).toBe('art287-2')
    expect(byFact.get('conduct.priorConspiracy')?.text).toBe('若能证明与诈骗分子事前通谋，则构成诈骗罪（共犯）')
    // a change that does not flip the charge is not a pivot
    expect(byFact.has('conduct.faceVerificationForOthers')).toBe(false)
    expect(r.trace.some((s) => s.rule === 'competition.pivot')).toBe(true)
  })

  it('帮信 card seller: 事前通谋 flips to 诈骗共犯; knowledge of proceeds flips only together with a transfer (a pair)', () => {
    const r = run(cardSeller())
    expect(r.prevailingCharge).toBe('art287-2')
    const facts = r.pivots.map((p) => p.fact)
    expect(facts).toContain('conduct.priorConspiracy')
    expect(facts).toContain('conduct.stableCooperation')
    expect(facts).not.toContain('knowledge.knewProceeds')
    const pair = r.pivots.find((p) => p.fact === 'conduct.transferredForOthers,knowledge.knewProceeds')
    expect(pair?.resultingCharge).toBe('art312')
    expect(pair?.text).toBe('若有代为转账、套现、取现行为，且能证明明知经手资金系犯罪所得，则构成掩饰、隐瞒犯罪所得、犯罪所得收益罪')
    // minimality: no pair contains a change that flips on its own
    for (const p of r.pivots.filter((x) => x.fact.includes(','))) {
      expect(p.fact).not.toContain('conduct.priorConspiracy')
      expect(p.fact).not.toContain('conduct.stableCooperation')
    }
  })

  it('face verification under 概括明知 (帮信): proving knowledge of proceeds flips to 掩隐', () => {
    const d = cardSeller()
    d.conduct.faceVerificationForOthers = true
    const r = run(d)
    expect(r.pivots.find((p) => p.fact === 'knowledge.knewProceeds')?.text).toBe('若能证明明知经手资金系犯罪所得，则构成掩饰、隐瞒犯罪所得、犯罪所得收益罪')
  })

  it('amount pivots: 掩隐 情节严重 below 10万元 loses to 诈骗 数额巨大', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = true
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.amounts.attributableFraudLoss = 20000
    d.amounts.concealedProceeds = 150000
    const r = run(d)
    expect(r.prevailingCharge).toBe('art312')
    const amountPivots = r.pivots.filter((p) => p.fact.startsWith('amounts.'))
    expect(amountPivots.map((p) => p.text)).toEqual(
      expect.arrayContaining(['若掩饰、隐瞒数额不足10万元，则构成诈骗罪（共犯）', '若可归责诈骗数额达到3万元，则构成诈骗罪（共犯）'])
    )
  })

  it('card pivots: fewer than 5 others\' cards, or unknown counts found to reach 5', () => {
    const d = cardSeller()
    d.conduct.cards = [{ kind: 'bankCard', count: 60, owner: 'others', dealing: 'buy' }]
    const r = run(d)
    expect(r.prevailingCharge).toBe('art177-1')
    expect(r.pivots.find((p) => p.fact === 'conduct.cards')?.text).toBe('若他人名下银行卡不足5张，则仅构成帮助信息网络犯罪活动罪')
    d.conduct.cards = [{ kind: 'bankCard', count: null, owner: 'others', dealing: 'buy' }]
    const r2 = run(d, { helpInfo: () => false })
    expect(r2.prevailingCharge).toBe('none')
    expect(r2.pivots.find((p) => p.fact === 'conduct.cards')?.resultingCharge).toBe('art177-1')
  })

  it('pivot search does not recurse: probes search no pivots, and the number of probes is bounded', () => {
    const counter = { calls: 0 }
    const pivots = findChargePivots(cardSeller(), 'art287-2', makeReanalyze({}, counter))
    expect(pivots.length).toBeGreaterThan(0)
    expect(counter.calls).toBeGreaterThan(5)
    expect(counter.calls).toBeLessThan(40)
  })
})

describe('the pivot search is outside the competition module', () => {
  it('evaluating the competing charges re-runs nothing and returns no pivots', () => {
    const r = evaluateCompetition(makeCtx(cardSeller()))
    expect('pivots' in r).toBe(false)
    expect(r.trace.some((s) => s.rule === 'competition.pivot')).toBe(false)
  })

  it('a probe that does not reproduce the unchanged result (a stub) yields no pivots and one call only', () => {
    let calls = 0
    const r = findChargePivots(cardSeller(), 'art287-2', () => { calls++; return { prevailingCharge: 'none' as const, disposition: 'undetermined' as const } })
    expect(r).toEqual([])
    expect(calls).toBe(1)
  })

})
