import { describe, expect, it } from 'vitest'
import { applyProposals, isApplicable } from '../../core/extract/apply'
import { extractFacts } from '../../core/extract/index'
import { emptyMatter, validateMatter } from '../../core/matter/schema'

const TEXT = [
  '起诉书',
  '被告人王某某，男，2001年3月5日出生，某某大学在校学生。',
  '2022年3月至5月间，被告人王某某将其本人名下的2张银行卡出售给他人，获取好处费共计人民币1,200元。经查，上述银行卡流入资金38万余元，其中经查证系诈骗资金4.2万元。',
  '被告人李某于2022年4月至6月间，从他人处收购银行卡12张，违法所得人民币二万三千元。被告人李某到案后如实供述，自愿认罪认罚。'
].join('\n')

describe('applyProposals', () => {
  const r = extractFacts(TEXT)
  if (!r.ok) throw new Error(r.error)
  const [wang, li] = r.value.defendants

  it('applies accepted proposals to the chosen defendants, adds new ones, and the result is a valid matter', () => {
    const doc = emptyMatter('测试案')
    const before = JSON.stringify(doc)
    const accepted = r.value.proposals.map((p) => ({ proposal: p, value: p.value }))
    const out = applyProposals(doc, [
      { extractedId: wang!.id, target: 0, name: wang!.name },
      { extractedId: li!.id, target: 'new', name: li!.name }
    ], accepted)
    expect(JSON.stringify(doc)).toBe(before)
    expect(out.doc.defendants).toHaveLength(2)
    const [a, b] = out.doc.defendants
    expect(a!.name).toBe('被告人甲') // the name of an existing defendant is not a proposal
    expect(a!.birthDate).toBe('2001-03-05')
    expect(a!.student).toBe(true)
    expect(a!.actPeriod).toEqual({ from: '2022-03-01', to: '2022-05-31' })
    expect(a!.conduct.cards).toEqual([{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'sell' }])
    expect(a!.amounts).toMatchObject({ illegalGain: 1200, oneWayInflow: 380000, verifiedFraudFunds: 42000, paymentSettlement: null })
    expect(b!.id).toBe('d2')
    expect(b!.name).toBe('李某')
    expect(b!.amounts.illegalGain).toBe(23000)
    expect(b!.mitigation).toMatchObject({ truthfulConfession: true, pleaAgreement: true, surrendered: null })
    expect(a!.sex).toBe('male')
    expect(out.skipped.map((s) => s.proposal.path)).toEqual(r.value.proposals.filter((p) => p.path === 'charge').map((p) => p.path))
    expect(out.applied + out.skipped.length).toBe(accepted.length)
    const v = validateMatter(out.doc)
    expect(v.ok ? [] : v.issues).toEqual([])
  })

  it('a correction replaces the proposed value; an unaccepted proposal changes nothing', () => {
    const doc = emptyMatter('测试案')
    const gain = r.value.proposals.find((p) => p.defendantId === wang!.id && p.path === 'amounts.illegalGain')!
    const out = applyProposals(doc, [{ extractedId: wang!.id, target: 0, name: wang!.name }], [{ proposal: gain, value: 1500 }])
    expect(out.doc.defendants[0]!.amounts.illegalGain).toBe(1500)
    expect(out.doc.defendants[0]!.amounts.oneWayInflow).toBeNull()
    expect(out.applied).toBe(1)
  })

  it('a card line replaces the line of the same kind and dealing; other lines stay', () => {
    const doc = emptyMatter('测试案')
    doc.defendants[0]!.conduct.cards = [{ kind: 'bankCard', count: 9, owner: null, dealing: 'sell' }, { kind: 'phoneCard', count: 1, owner: 'self', dealing: 'rent' }]
    const card = r.value.proposals.find((p) => p.defendantId === wang!.id && p.path === 'conduct.cards')!
    const out = applyProposals(doc, [{ extractedId: wang!.id, target: 0, name: wang!.name }], [{ proposal: card, value: card.value }])
    expect(out.doc.defendants[0]!.conduct.cards).toEqual([
      { kind: 'phoneCard', count: 1, owner: 'self', dealing: 'rent' },
      { kind: 'bankCard', count: 2, owner: 'self', dealing: 'sell' }
    ])
  })

  it('the document and its charge go to matter.accusation; what is there already is kept', () => {
    const doc = emptyMatter('测试案')
    doc.matter.accusation = { document: null, number: '某检刑诉〔2023〕1号', charge: null, facts: null, sentenceProposal: null }
    const out = applyProposals(doc, [], [], { document: '起诉书', charge: 'art287-2' })
    expect(out.doc.matter.accusation).toEqual({ document: '起诉书', number: '某检刑诉〔2023〕1号', charge: 'art287-2', facts: null, sentenceProposal: null })
    expect(out.applied).toBe(2)
    expect(validateMatter(out.doc).ok).toBe(true)
  })

  it('knows which fields the format has', () => {
    expect(isApplicable('amounts.illegalGain')).toBe(true)
    expect(isApplicable('actPeriod.from')).toBe(true)
    expect(isApplicable('history.recidivist')).toBe(true)
    expect(isApplicable('sex')).toBe(true)
    expect(isApplicable('charge')).toBe(false)
    expect(isApplicable('amounts.nonsense')).toBe(false)
  })
})
