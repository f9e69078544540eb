// Each competing charge's elements and tiers, and each pair of competing charges (从一重).
import { describe, expect, it } from 'vitest'
import { cand, cardSeller, el, run } from './competition-helpers'

describe('掩隐 (刑法312条) vs 帮信', () => {
  it('断卡纪要: a card that merely received fraud money (no transfer, no cash-out, no face verification) is not 掩隐, even knowing the money is proceeds', () => {
    const d = cardSeller()
    d.knowledge.knewProceeds = true
    const r = run(d)
    const c = cand(r, 'art312')
    expect(c.established).toBe(false)
    expect(el(c, 'concealmentConduct').status).toBe('notMet')
    expect(el(c, 'concealmentConduct').citations).toEqual(expect.arrayContaining(['minutes2022-4', 'minutes2022-5-3']))
    expect(r.prevailingCharge).toBe('art287-2')
  })

  it('transfer after the sale, knowing the money is crime proceeds → 掩隐 prevails over 帮信 (equal base range, 断卡纪要第五条第（2）项)', () => {
    const d = cardSeller()
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.amounts.concealedProceeds = 50000
    const r = run(d)
    const c = cand(r, 'art312')
    expect(c.established).toBe(true)
    expect(c.tier).toBe('基本档')
    expect(c.statutoryRange).toMatchObject({ minMonths: 0, maxMonths: 36 })
    expect(r.prevailingCharge).toBe('art312')
    expect(r.competition.text).toContain('法定刑幅度相同')
    expect(r.competition.citations).toEqual(expect.arrayContaining(['crimlaw-a287-2-p3', 'crimlaw-a312-p1', 'minutes2022-5-2']))
  })

  it('掩隐 情节严重 from 10万元 (法释〔2015〕11号第三条) → 3–7 years, the comparison is in the trace', () => {
    const d = cardSeller()
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.amounts.concealedProceeds = 100000
    const r = run(d)
    const c = cand(r, 'art312')
    expect(c.tier).toBe('情节严重')
    expect(c.statutoryRange).toMatchObject({ minMonths: 36, maxMonths: 84 })
    expect(c.citations).toContain('conceal2015-3-1')
    const cmp = r.trace.find((s) => s.rule === 'competition.compare')
    expect(cmp?.text).toMatch(/掩隐罪.*＞.*帮信罪/)
    expect(cmp?.citations).toEqual(expect.arrayContaining(['crimlaw-a287-2-p3', 'crimlaw-a312-p1', 'crimlaw-a287-2-p1']))
    d.amounts.concealedProceeds = 99999.99
    expect(cand(run(d), 'art312').tier).toBe('基本档')
  })

  it('face verification under mere 概括明知 (knewProceeds false) stays 帮信', () => {
    const d = cardSeller()
    d.conduct.faceVerificationForOthers = true
    const r = run(d)
    expect(el(cand(r, 'art312'), 'concealmentConduct').status).toBe('met')
    expect(el(cand(r, 'art312'), 'proceedsKnowledge').status).toBe('notMet')
    expect(cand(r, 'art312').established).toBe(false)
    expect(r.prevailingCharge).toBe('art287-2')
  })

  it('face verification knowing the money is proceeds is 掩隐', () => {
    const d = cardSeller()
    d.conduct.faceVerificationForOthers = true
    d.knowledge.knewProceeds = true
    expect(run(d).prevailingCharge).toBe('art312')
  })

  it('knewProceeds null with transfers → 312 undetermined (null is unknown, never notMet); 帮信 prevails with a warning', () => {
    const d = cardSeller()
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = null
    const r = run(d)
    expect(el(cand(r, 'art312'), 'proceedsKnowledge').status).toBe('undetermined')
    expect(cand(r, 'art312').established).toBeNull()
    expect(r.prevailingCharge).toBe('art287-2')
    expect(r.warnings.join()).toContain('掩饰、隐瞒犯罪所得、犯罪所得收益罪能否成立尚无法确定')
  })

  it('a disputed 明知 finding leaves 明知是犯罪所得 undetermined', () => {
    const d = cardSeller()
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.knowledge.finding = 'disputed'
    expect(el(cand(run(d), 'art312'), 'proceedsKnowledge').status).toBe('undetermined')
  })

  it('upstream crime not provable → not 犯罪所得 (法释〔2015〕11号第八条)', () => {
    const d = cardSeller()
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.helped.crimeEstablished = 'unprovable'
    const c = cand(run(d), 'art312')
    expect(el(c, 'upstreamCrime').status).toBe('notMet')
    expect(el(c, 'upstreamCrime').citations).toContain('conceal2015-8')
    expect(c.established).toBe(false)
  })

  it('under 16 at the act: no 312 liability', () => {
    const d = cardSeller()
    d.ageAtAct = 15
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    expect(cand(run(d, { helpInfo: () => false }), 'art312').established).toBe(false)
  })
})

describe('掩隐: which interpretation governs (从旧兼从轻)', () => {
  const transferor = (from: string, to: string, amount: number | null) => {
    const d = cardSeller()
    d.actPeriod = { from, to }
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.amounts.concealedProceeds = amount
    return d
  }

  it('act after 2025-08-26: 法释〔2025〕13号第五条, 50万 for a fraud upstream (PARTLY, said), at and below the edge', () => {
    const at = cand(run(transferor('2025-09-01', '2025-10-01', 500000), { asOf: '2026-01-10' }), 'art312')
    expect(at.established).toBe(true)
    expect(at.tier).toBe('情节严重')
    expect(at.statutoryRange).toMatchObject({ minMonths: 36, maxMonths: 84 })
    expect(at.citations).toContain('conceal2025-5')
    expect(at.warnings.join()).toContain('法释〔2025〕13号 第五条（PARTLY）')
    const below = run(transferor('2025-09-01', '2025-10-01', 499999), { asOf: '2026-01-10' })
    const b = cand(below, 'art312')
    expect(b.tier).toBe('基本档')
    expect(b.statutoryRange).toMatchObject({ minMonths: 0, maxMonths: 36 })
    expect(below.trace.some((s) => s.rule === 'art312.regime.c2025')).toBe(true)
    expect(below.trace.find((s) => s.rule === 'art312.tier.base')?.text).toContain('数额以外的情形原文未取得')
  })

  it('法释〔2025〕13号: where the upstream crime is not recorded, 50万–500万 cannot be placed; 500万 and above can', () => {
    const mid = transferor('2025-09-01', '2025-10-01', 800000)
    mid.helped.crimeType = null
    const c = cand(run(mid, { asOf: '2026-01-10' }), 'art312')
    expect(c.tier).toMatch(/^无法确认/)
    expect(c.tier).toContain('上游犯罪')
    expect(c.statutoryRange).toMatchObject({ minMonths: 0, maxMonths: 84 })
    const big = transferor('2025-09-01', '2025-10-01', 5000000)
    big.helped.crimeType = 'other'
    expect(cand(run(big, { asOf: '2026-01-10' }), 'art312').tier).toBe('情节严重')
  })

  it('act before 2025-08-26, decided after: 时间效力规定第三条 — the new interpretation where it favours the defendant', () => {
    // 20万: 情节严重 under the old 10万 line, 基本档 under the new 50万 → the new one applies
    const r = run(transferor('2024-01-01', '2024-02-01', 200000), { asOf: '2026-01-10' })
    const c = cand(r, 'art312')
    expect(c.tier).toBe('基本档')
    const why = r.trace.find((s) => s.rule === 'art312.regime.c2025')?.text ?? ''
    expect(why).toContain('对被告人有利')
    expect(r.trace.find((s) => s.rule === 'art312.regime.c2025')?.citations).toContain('temporal2001-3')
    // 60万: 情节严重 under both → the act-time interpretation
    const r2 = run(transferor('2024-01-01', '2024-02-01', 600000), { asOf: '2026-01-10' })
    expect(cand(r2, 'art312').tier).toBe('情节严重')
    expect(r2.trace.find((s) => s.rule === 'art312.regime.c2021')?.text).toContain('档次相同')
    // decided before the new interpretation: the old one, whatever the amount
    const r3 = run(transferor('2024-01-01', '2024-02-01', 200000), { asOf: '2025-06-01' })
    expect(cand(r3, 'art312').tier).toBe('情节严重')
  })

  it('act continuing past 2025-08-26 is judged under the new interpretation', () => {
    expect(cand(run(transferor('2025-06-01', '2025-09-10', 200000), { asOf: '2026-01-10' }), 'art312').tier).toBe('基本档')
  })

  it('act before the 2021 决定: the original 3,000–10,000元 entry threshold (more lenient) still applies', () => {
    const opts = { asOf: '2022-01-01' }
    expect(cand(run(transferor('2020-05-01', '2020-06-01', 2000), opts), 'art312').established).toBe(false)
    expect(el(cand(run(transferor('2020-05-01', '2020-06-01', 5000), opts), 'art312'), 'entryAmount').status).toBe('undetermined')
    expect(cand(run(transferor('2020-05-01', '2020-06-01', 10000), opts), 'art312').established).toBe(true)
    // after the 决定 there is no amount threshold for entry
    const later = cand(run(transferor('2021-05-01', '2021-06-01', 2000), opts), 'art312')
    expect(later.established).toBe(true)
    expect(later.elements.some((e) => e.id === 'entryAmount')).toBe(false)
  })

  it('unknown 掩隐 amount under the old interpretation: tier cannot be confirmed', () => {
    const c = cand(run(transferor('2023-01-01', '2023-02-01', null)), 'art312')
    expect(c.established).toBe(true)
    expect(c.tier).toContain('数额未知')
  })
})

describe('诈骗罪共犯 (266) vs 帮信 and vs 掩隐', () => {
  it('事前通谋 → 诈骗共犯; tier by the attributable amount (3,000 / 3万 / 50万元)', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = true
    const tiers: [number, boolean, string | null, number, number][] = [
      [2999, false, null, 0, 0],
      [3000, true, '数额较大', 0, 36],
      [29999, true, '数额较大', 0, 36],
      [30000, true, '数额巨大', 36, 120],
      [499999.99, true, '数额巨大', 36, 120],
      [500000, true, '数额特别巨大', 120, 180]
    ]
    for (const [amount, established, tier, min, max] of tiers) {
      d.amounts.attributableFraudLoss = amount
      const c = cand(run(d), 'art266-accomplice')
      expect(c.established, String(amount)).toBe(established)
      expect(c.tier).toBe(tier)
      if (established) expect(c.statutoryRange).toMatchObject({ minMonths: min, maxMonths: max })
    }
    expect(cand(run(d), 'art266-accomplice').statutoryRange?.label).toContain('无期徒刑')
    expect(run(d).prevailingCharge).toBe('art266-accomplice')
  })

  it('no 通谋 and no stable cooperation → not 诈骗共犯', () => {
    const r = run(cardSeller())
    expect(cand(r, 'art266-accomplice').established).toBe(false)
    expect(el(cand(r, 'art266-accomplice'), 'conspiracy').status).toBe('notMet')
  })

  it('较为稳定配合关系 (2025 帮信意见) → 诈骗共犯; before the 意见 the 2016 意见四（三） is cited too', () => {
    const d = cardSeller()
    d.conduct.stableCooperation = true
    d.amounts.attributableFraudLoss = 40000
    const r = run(d)
    expect(r.prevailingCharge).toBe('art266-accomplice')
    expect(el(cand(r, 'art266-accomplice'), 'conspiracy').citations).toEqual(expect.arrayContaining(['opinion2025-8', 'fraud2016-4-3']))
    d.actPeriod = { from: '2025-09-01', to: '2025-10-01' }
    const later = el(cand(run(d, { asOf: '2026-01-01' }), 'art266-accomplice'), 'conspiracy')
    expect(later.citations).toContain('opinion2025-8')
    expect(later.citations).not.toContain('fraud2016-4-3')
  })

  it('unknown conspiracy stays undetermined, not notMet', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = null
    d.conduct.stableCooperation = null
    expect(cand(run(d), 'art266-accomplice').established).toBeNull()
  })

  it('falls back to verified fraud funds, with a warning, when the attributable loss is not entered', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = true
    d.amounts.verifiedFraudFunds = 40000
    const c = cand(run(d), 'art266-accomplice')
    expect(c.tier).toBe('数额巨大')
    expect(c.warnings.join()).toContain('以经查证涉诈资金代替')
  })

  it('gambling, not fraud → no 诈骗共犯', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = true
    d.helped.crimeType = 'gambling'
    d.amounts.attributableFraudLoss = 100000
    expect(cand(run(d), 'art266-accomplice').established).toBe(false)
  })

  it('诈骗 数额较大 vs 掩隐 基本档: equal ranges, 诈骗共犯 prevails; vs 掩隐 情节严重: 掩隐 prevails', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = true
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.amounts.attributableFraudLoss = 20000
    d.amounts.concealedProceeds = 20000
    expect(run(d).prevailingCharge).toBe('art266-accomplice')
    d.amounts.concealedProceeds = 150000
    const r = run(d)
    expect(r.prevailingCharge).toBe('art312')
    expect(r.competition.text).toContain('掩隐罪法定刑最重')
    d.amounts.attributableFraudLoss = 600000
    expect(run(d).prevailingCharge).toBe('art266-accomplice')
  })

  it('accomplice role is a sentencing note, not a bar', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = true
    d.amounts.attributableFraudLoss = 5000
    d.mitigation.role = 'accessory'
    const r = run(d)
    expect(cand(r, 'art266-accomplice').established).toBe(true)
    expect(r.trace.some((s) => s.rule === 'art266.role.accessory' && s.citations.includes('crimlaw-a27'))).toBe(true)
  })
})

describe('妨害信用卡管理罪 (177条之一) vs 帮信', () => {
  const dealer = (lines: { count: number | null; dealing: 'buy' | 'sell' | 'rent' | 'lend' | null; owner?: 'self' | 'others' | null; kind?: 'bankCard' | 'phoneCard' | 'bankAccount' }[]) => {
    const d = cardSeller()
    d.conduct.cards = lines.map((l) => ({ kind: l.kind ?? 'bankCard', count: l.count, owner: l.owner === undefined ? 'others' : l.owner, dealing: l.dealing }))
    return d
  }

  it('holding 5 or more of others\' bank cards is 数量较大 (法释〔2009〕19号第二条), 4 is not', () => {
    expect(cand(run(dealer([{ count: 5, dealing: 'buy' }])), 'art177-1').established).toBe(true)
    expect(cand(run(dealer([{ count: 5, dealing: 'buy' }])), 'art177-1').statutoryRange).toMatchObject({ minMonths: 0, maxMonths: 36 })
    expect(cand(run(dealer([{ count: 4, dealing: 'buy' }])), 'art177-1').established).toBe(false)
  })

  it('own cards, phone cards and bare accounts do not count', () => {
    expect(cand(run(dealer([{ count: 50, dealing: 'sell', owner: 'self' }])), 'art177-1').established).toBe(false)
    expect(cand(run(dealer([{ count: 50, dealing: 'buy', kind: 'phoneCard' }])), 'art177-1').established).toBe(false)
    expect(cand(run(dealer([{ count: 50, dealing: 'buy', kind: 'bankAccount' }])), 'art177-1').established).toBe(false)
  })

  it('bought-then-sold cards are not counted twice; sold others\' cards were held', () => {
    const r = cand(run(dealer([{ count: 3, dealing: 'buy' }, { count: 3, dealing: 'sell' }])), 'art177-1')
    expect(r.established).toBeNull() // at least 3, at most 6
    expect(cand(run(dealer([{ count: 6, dealing: 'sell' }])), 'art177-1').established).toBe(true)
    // rented out or lent: possession not certain (卡头 organising owners), so undetermined, never counted as held
    expect(cand(run(dealer([{ count: 6, dealing: 'rent' }])), 'art177-1').established).toBeNull()
    expect(cand(run(dealer([{ count: 4, dealing: 'lend' }])), 'art177-1').established).toBe(false)
  })

  it('unknown count or owner → undetermined', () => {
    expect(cand(run(dealer([{ count: null, dealing: 'buy' }])), 'art177-1').established).toBeNull()
    expect(cand(run(dealer([{ count: 10, dealing: 'buy', owner: null }])), 'art177-1').established).toBeNull()
  })

  it('50张以上 数量巨大 is an UNVERIFIED recollection: applied, and flagged', () => {
    const r = run(dealer([{ count: 60, dealing: 'buy' }]))
    const c = cand(r, 'art177-1')
    expect(c.statutoryRange).toMatchObject({ minMonths: 36, maxMonths: 120 })
    expect(c.tier).toContain('未经核实')
    expect(c.warnings.join()).toContain('未经核实')
    expect(r.prevailingCharge).toBe('art177-1')
    expect(r.warnings.join()).toContain('未经核实')
  })

  it('数量较大 vs 帮信: equal ranges, 帮信 prevails (order of decision-guide §3)', () => {
    const r = run(dealer([{ count: 10, dealing: 'buy' }]))
    expect(cand(r, 'art177-1').established).toBe(true)
    expect(r.prevailingCharge).toBe('art287-2')
  })

  it('数量较大 without 帮信 (no helped crime): 177条之一 alone', () => {
    const r = run(dealer([{ count: 10, dealing: 'buy' }]), { helpInfo: () => false })
    expect(r.prevailingCharge).toBe('art177-1')
    expect(r.competition.text).toContain('仅')
  })
})

describe('非法利用信息网络罪 (287条之一) vs 帮信', () => {
  it('own illegal site with 违法所得 ≥ 1万元 is established; equal range with 帮信, which prevails', () => {
    const d = cardSeller()
    d.conduct.ownIllegalSiteOrGroup = true
    d.amounts.illegalGain = 20000
    const r = run(d)
    expect(cand(r, 'art287-1').established).toBe(true)
    expect(cand(r, 'art287-1').statutoryRange).toMatchObject({ minMonths: 0, maxMonths: 36 })
    expect(r.prevailingCharge).toBe('art287-2')
    expect(run(d, { helpInfo: () => false }).prevailingCharge).toBe('art287-1')
  })

  it('a built website without the fact of own illegal site stays undetermined; nothing at all is notMet', () => {
    const d = cardSeller()
    d.conduct.techSupport = ['websiteOrApp']
    expect(el(cand(run(d), 'art287-1'), 'networkAbuse').status).toBe('undetermined')
    expect(cand(run(cardSeller()), 'art287-1').established).toBe(false)
  })

  it('own illegal site but counts not entered and gain small → undetermined (第十条 other items not in the facts)', () => {
    const d = cardSeller()
    d.conduct.ownIllegalSiteOrGroup = true
    d.amounts.illegalGain = 500
    expect(cand(run(d), 'art287-1').established).toBeNull()
    d.history.adminPenaltyWithin2Years = true
    expect(cand(run(d), 'art287-1').established).toBe(true)
  })
})

describe('洗钱罪 is not a candidate for fraud proceeds', () => {
  it('the trace says so, with 刑法191条 and 法释〔2024〕10号', () => {
    const d = cardSeller()
    d.conduct.transferredForOthers = true
    const r = run(d)
    const note = r.trace.find((s) => s.rule === 'competition.moneyLaundering.notCandidate')
    expect(note?.citations).toEqual(expect.arrayContaining(['crimlaw-a191', 'aml2024-6']))
    expect(r.candidates.map((c) => c.charge)).toEqual(['art287-2', 'art312', 'art266-accomplice', 'art177-1', 'art287-1'])
  })
})

describe('nothing established', () => {
  it('prevailing charge is none and the text says why', () => {
    const d = cardSeller()
    d.conduct.priorConspiracy = null
    const r = run(d, { helpInfo: () => null })
    expect(r.prevailingCharge).toBe('none')
    expect(r.competition.text).toContain('尚无法确定')
  })
})

describe('unit defendants (单位犯罪)', () => {
  it('a unit can commit 掩隐 (312条第二款) but not 诈骗 or 177条之一, whose articles have no unit paragraph', () => {
    const d = cardSeller()
    d.kind = 'unit'
    d.ageAtAct = null
    d.conduct.transferredForOthers = true
    d.knowledge.knewProceeds = true
    d.conduct.priorConspiracy = true
    d.amounts.attributableFraudLoss = 100000
    d.conduct.cards = [{ kind: 'bankCard', count: 10, owner: 'others', dealing: 'buy' }]
    const r = run(d)
    expect(cand(r, 'art312').established).toBe(true)
    expect(el(cand(r, 'art266-accomplice'), 'subject').status).toBe('notMet')
    expect(cand(r, 'art266-accomplice').established).toBe(false)
    expect(cand(r, 'art177-1').established).toBe(false)
    expect(r.prevailingCharge).toBe('art312')
  })
})

describe('诈骗共犯: time of the stable-cooperation rule', () => {
  it('before the 2016 意见, stable cooperation alone does not settle 共同故意', () => {
    const d = cardSeller()
    d.actPeriod = { from: '2016-03-01', to: '2016-06-01' }
    d.conduct.stableCooperation = true
    d.amounts.attributableFraudLoss = 50000
    const c = cand(run(d, { asOf: '2017-05-01' }), 'art266-accomplice')
    expect(el(c, 'conspiracy').status).toBe('undetermined')
    expect(c.established).toBeNull()
    d.conduct.priorConspiracy = true
    expect(cand(run(d, { asOf: '2017-05-01' }), 'art266-accomplice').established).toBe(true)
  })
})
