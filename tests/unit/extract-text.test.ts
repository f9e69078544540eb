import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkText, EXTRACT_MAX_CHARS, extractFacts, toMatterDefendants, type ExtractResult, type Proposal } from '../../core/extract/index'
import { fieldAccuracy, inventedRate } from '../../core/extract/score'
import { examples } from '../../core/examples/index'
import { parseAmount } from '../../core/text/numbers'
import { scoreBundled } from '../../scripts/bench/extract'

// A made-up 起诉书 in the usual layout: particulars, then the facts, then the law.
const INDICTMENT = [
  '某某市某某区人民检察院',
  '起诉书',
  '某检刑诉〔2023〕123号',
  '被告人王某某，男，2001年3月5日出生，汉族，某某大学在校学生，户籍地某某省某某县。因涉嫌帮助信息网络犯罪活动罪，于2023年4月2日被刑事拘留。',
  '被告人李某，女，1998年12月20日出生，汉族，无业。',
  '经依法审查查明：',
  '2022年3月至5月间，被告人王某某为赚取好处费，将其本人名下的2张银行卡及U盾出售给上线“阿强”，并将本人的1张手机卡一并出售。经查，上述银行卡流入资金共计人民币38万余元，其中经查证系诈骗资金4.2万元，涉及被害人3人。王某某从中获取好处费共计人民币1,200元。',
  '被告人李某于2022年4月至6月间，从他人处收购银行卡12张后出售给上线，违法所得人民币二万三千元。',
  '案发后，被告人王某某主动投案，如实供述自己的罪行，并退赃1200元。被告人李某到案后如实供述，自愿认罪认罚。',
  '本院认为，被告人王某某、李某明知他人利用信息网络实施犯罪，仍为其犯罪提供帮助，情节严重，其行为触犯了《中华人民共和国刑法》第二百八十七条之二第一款，应当以帮助信息网络犯罪活动罪追究其刑事责任。'
].join('\n')

const ok = (text: string): ExtractResult => {
  const r = extractFacts(text)
  if (!r.ok) throw new Error(r.error)
  return r.value
}
const find = (r: ExtractResult, id: string, path: string): Proposal[] => r.proposals.filter((p) => p.defendantId === id && p.path === path)
const one = (r: ExtractResult, id: string, path: string): unknown => {
  const ps = find(r, id, path)
  return ps.length === 1 ? ps[0]?.value : ps.length === 0 ? undefined : ps.map((p) => p.value)
}

describe('extractFacts on an 起诉书', () => {
  const r = ok(INDICTMENT)
  const wang = r.defendants.find((d) => d.name === '王某某')
  const li = r.defendants.find((d) => d.name === '李某')

  it('names the document and each defendant once, in order', () => {
    expect(r.document).toBe('起诉书')
    expect(r.defendants.map((d) => d.name)).toEqual(['王某某', '李某'])
    expect(r.defendants.every((d) => d.kind === 'person')).toBe(true)
  })

  it('reads the particulars: sex, birth date, student', () => {
    expect(one(r, wang!.id, 'sex')).toBe('male')
    expect(one(r, li!.id, 'sex')).toBe('female')
    expect(one(r, wang!.id, 'birthDate')).toBe('2001-03-05')
    expect(one(r, li!.id, 'birthDate')).toBe('1998-12-20')
    expect(one(r, wang!.id, 'student')).toBe(true)
    expect(one(r, li!.id, 'student')).toBeUndefined()
    expect(one(r, wang!.id, 'custody')).toBe('detained')
    expect(one(r, li!.id, 'custody')).toBeUndefined()
  })

  it('attributes the act period to the defendant of each paragraph', () => {
    expect(one(r, wang!.id, 'actPeriod.from')).toBe('2022-03-01')
    expect(one(r, wang!.id, 'actPeriod.to')).toBe('2022-05-31')
    expect(find(r, wang!.id, 'actPeriod.from')[0]?.note).toContain('仅精确到月')
    expect(one(r, li!.id, 'actPeriod.from')).toBe('2022-04-01')
  })

  it('reads the cards: kind, count, owner, dealing', () => {
    const cards = find(r, wang!.id, 'conduct.cards').map((p) => p.value)
    expect(cards).toContainEqual({ kind: 'bankCard', count: 2, owner: 'self', dealing: 'sell' })
    expect(cards).toContainEqual({ kind: 'onlineBankingCertificate', count: null, owner: 'self', dealing: 'sell' })
    expect(cards).toContainEqual({ kind: 'phoneCard', count: 1, owner: 'self', dealing: 'sell' })
    const liCards = find(r, li!.id, 'conduct.cards').map((p) => p.value)
    expect(liCards).toContainEqual({ kind: 'bankCard', count: 12, owner: 'others', dealing: 'buy' })
    expect(liCards).toContainEqual({ kind: 'bankCard', count: 12, owner: 'others', dealing: 'sell' })
  })

  it('reads the amounts into the right fields, in yuan, with 余 noted', () => {
    expect(one(r, wang!.id, 'amounts.oneWayInflow')).toBe(380000)
    expect(find(r, wang!.id, 'amounts.oneWayInflow')[0]?.note).toContain('下限')
    expect(one(r, wang!.id, 'amounts.verifiedFraudFunds')).toBe(42000)
    expect(one(r, wang!.id, 'amounts.illegalGain')).toBe(1200)
    expect(one(r, wang!.id, 'mitigation.restitution')).toBe(1200)
    expect(one(r, li!.id, 'amounts.illegalGain')).toBe(23000)
    expect(one(r, li!.id, 'amounts.oneWayInflow')).toBeUndefined()
  })

  it('reads the mitigating circumstances of each defendant, and only theirs', () => {
    expect(one(r, wang!.id, 'mitigation.surrendered')).toBe(true)
    expect(one(r, wang!.id, 'mitigation.truthfulConfession')).toBe(true)
    expect(one(r, li!.id, 'mitigation.truthfulConfession')).toBe(true)
    expect(one(r, li!.id, 'mitigation.pleaAgreement')).toBe(true)
    expect(one(r, wang!.id, 'mitigation.pleaAgreement')).toBeUndefined()
    expect(one(r, li!.id, 'mitigation.surrendered')).toBeUndefined()
  })

  it('reads the charge alleged; an 起诉书 alleges 明知, it does not find it', () => {
    expect(one(r, wang!.id, 'charge')).toBe('art287-2')
    expect(r.charge?.value).toBe('art287-2')
    expect(one(r, wang!.id, 'knowledge.finding')).toBeUndefined()
    expect(one(r, wang!.id, 'helped.crimeType')).toBe('fraud')
  })

  it('every span points at the words the proposal came from', () => {
    for (const p of r.proposals) {
      expect(p.span[0]).toBeGreaterThanOrEqual(0)
      expect(p.span[1]).toBeGreaterThan(p.span[0])
      expect(p.span[1]).toBeLessThanOrEqual(INDICTMENT.length)
    }
    const gain = find(r, wang!.id, 'amounts.illegalGain')[0]!
    expect(INDICTMENT.slice(...gain.span)).toBe('人民币1,200元')
    const plea = find(r, li!.id, 'mitigation.pleaAgreement')[0]!
    expect(INDICTMENT.slice(...plea.span)).toBe('认罪认罚')
    for (const d of r.defendants) expect(INDICTMENT.slice(...d.span)).toBe(d.name)
  })

  it('as matter-format defendants: only the stated facts, and a span for each', () => {
    const m = toMatterDefendants(r)
    const w = m.defendants[0]!
    expect(w.amounts).toEqual({ oneWayInflow: 380000, verifiedFraudFunds: 42000, illegalGain: 1200 })
    expect(w.amounts && 'paymentSettlement' in w.amounts).toBe(false)
    expect(w.conduct?.cards?.length).toBe(3)
    expect(m.spans[`${w.id}.amounts.illegalGain`]).toEqual(find(r, w.id, 'amounts.illegalGain')[0]!.span)
    expect(m.spans[`${w.id}.conduct.cards.0`]).toBeDefined()
    expect('charge' in w).toBe(false)
  })
})

describe('co-defendants in a 判决书', () => {
  const JUDGMENT = [
    '刑事判决书',
    '被告人周某，男，1985年2月3日出生，汉族，无业。',
    '被告人吴某某，男，2004年8月9日出生，某某大学在校学生。',
    '2022年10月至2023年1月，被告人周某先后从吴某某等多人处收购银行卡共计20张。吴某某将其本人名下的银行卡4张出售给周某，获利2000元。被告人周某获利人民币三万元。',
    '本院认为，被告人周某、吴某某明知他人利用信息网络实施犯罪，仍为其犯罪提供帮助，其行为均已构成帮助信息网络犯罪活动罪。被告人周某曾因犯盗窃罪被判处有期徒刑一年，系累犯。被告人吴某某无前科。'
  ].join('\n')
  const r = ok(JUDGMENT)
  const [zhou, wu] = r.defendants

  it('the seller a defendant bought from is not the buyer, and the buyer is not the seller', () => {
    expect(r.defendants.map((d) => d.name)).toEqual(['周某', '吴某某'])
    expect(find(r, zhou!.id, 'conduct.cards').map((p) => p.value)).toEqual([{ kind: 'bankCard', count: 20, owner: 'others', dealing: 'buy' }])
    expect(find(r, wu!.id, 'conduct.cards').map((p) => p.value)).toEqual([{ kind: 'bankCard', count: 4, owner: 'self', dealing: 'sell' }])
    expect(one(r, zhou!.id, 'amounts.illegalGain')).toBe(30000)
    expect(one(r, wu!.id, 'amounts.illegalGain')).toBe(2000)
    expect(one(r, zhou!.id, 'actPeriod.from')).toBe('2022-10-01')
    expect(one(r, wu!.id, 'actPeriod.from')).toBeUndefined()
  })

  it('a court finds 明知 and the charge; prior record and 累犯 stay with their defendant', () => {
    expect(one(r, zhou!.id, 'knowledge.finding')).toBe('proven')
    expect(one(r, wu!.id, 'charge')).toBe('art287-2')
    expect(one(r, zhou!.id, 'history.recidivist')).toBe(true)
    expect(one(r, zhou!.id, 'history.priorCriminalRecord')).toBe(true)
    expect(one(r, wu!.id, 'history.priorCriminalRecord')).toBe(false)
    expect(one(r, wu!.id, 'history.recidivist')).toBeUndefined()
  })
})

describe('an 起诉意见书 with two suspects', () => {
  const OPINION = [
    '起诉意见书',
    '犯罪嫌疑人张某某、李某某涉嫌帮助信息网络犯罪活动罪一案，现已侦查终结。',
    '经依法侦查查明：2023年1月至3月，犯罪嫌疑人张某某、李某某明知他人利用信息网络实施犯罪，仍将各自名下的银行卡出租给他人使用。其中张某某获利3000元，李某某获利2000元。',
    '案发后，犯罪嫌疑人张某某主动退缴违法所得3000元；犯罪嫌疑人李某某违法所得2000元已全部退缴。'
  ].join('\n')
  const r = ok(OPINION)
  const [zhang, li] = r.defendants

  it('each clause\'s figure goes to the suspect it names; restitution however the sentence runs', () => {
    expect(r.document).toBe('起诉意见书')
    expect(one(r, zhang!.id, 'amounts.illegalGain')).toBe(3000)
    expect(one(r, li!.id, 'amounts.illegalGain')).toBe(2000)
    expect(one(r, zhang!.id, 'mitigation.restitution')).toBe(3000)
    expect(one(r, li!.id, 'mitigation.restitution')).toBe(2000)
    expect(find(r, li!.id, 'conduct.cards').map((p) => p.value)).toEqual([{ kind: 'bankCard', count: null, owner: 'self', dealing: 'rent' }])
    expect(one(r, zhang!.id, 'knowledge.finding')).toBeUndefined()
    expect(one(r, zhang!.id, 'charge')).toBe('art287-2')
  })
})

describe('names', () => {
  it.each([
    ['被告人张三于2021年3月将银行卡出售给他人。', ['张三']],
    ['被告人王小明明知他人利用信息网络实施犯罪。', ['王小明']],
    ['被告人欧阳某某犯帮助信息网络犯罪活动罪。', ['欧阳某某']],
    ['被告人李四、王五和赵某某出售银行卡。', ['李四', '王五', '赵某某']],
    ['上诉人（原审被告人）陈某某，男，1999年1月2日出生。', ['陈某某']],
    ['被告人王某三次出售银行卡。', ['王某']],
    ['王某等三人犯帮助信息网络犯罪活动罪。', ['王某']],
    ['经查，邬某系在校大学生。法院以帮助信息网络犯罪活动罪判处邬某有期徒刑一年。', ['邬某']],
    ['被告人钱某妨害信用卡管理罪一案。', ['钱某']],
    ['本院认为，被告人陈某某应当以帮助信息网络犯罪活动罪追究其刑事责任。', ['陈某某']],
    ['被害人林某某被骗10万元，向王某、孙某等多人收购银行卡的人未查明。', []]
  ])('%s → %j', (text, names) => {
    expect(ok(text).defendants.map((d) => d.name)).toEqual(names)
  })

  it('a unit defendant and its responsible person', () => {
    const r = ok('被告单位深圳市某某科技有限公司及其直接负责的主管人员刘某某犯帮助信息网络犯罪活动罪。')
    expect(r.defendants.map((d) => [d.name, d.kind])).toEqual([['深圳市某某科技有限公司', 'unit'], ['刘某某', 'person']])
  })
})

describe('a 不起诉决定书', () => {
  const DECISION = [
    '某某市某某区人民检察院',
    '不起诉决定书',
    '被不起诉人刘某某，女，2003年6月12日出生，系某某职业技术学院学生。2023年5月1日被取保候审。',
    '经本院依法审查查明：2022年6月，被不起诉人刘某某在明知他人利用信息网络实施犯罪的情况下，仍将本人名下的银行卡1张、微信账户1个出租给他人使用，获利800元。经查，该银行卡流入资金共计人民币12.6万元，其中被害人张某被骗资金3万元转入该卡。',
    '本院认为，刘某某具有坦白、认罪认罚等情节，决定对刘某某不起诉。'
  ].join('\n')
  const r = ok(DECISION)
  const id = r.defendants[0]!.id

  it('reads the person, the measure, the act month, the accounts and the money', () => {
    expect(r.document).toBe('不起诉决定书')
    expect(r.defendants.map((d) => d.name)).toEqual(['刘某某'])
    expect(one(r, id, 'custody')).toBe('bail')
    expect(one(r, id, 'student')).toBe(true)
    expect(one(r, id, 'actPeriod.from')).toBe('2022-06-01')
    expect(one(r, id, 'actPeriod.to')).toBeUndefined()
    expect(find(r, id, 'conduct.cards').map((p) => p.value)).toEqual([
      { kind: 'bankCard', count: 1, owner: 'self', dealing: 'rent' },
      { kind: 'paymentAccount', count: 1, owner: 'self', dealing: 'rent' }
    ])
    expect(one(r, id, 'amounts.illegalGain')).toBe(800)
    expect(one(r, id, 'amounts.oneWayInflow')).toBe(126000)
    expect(one(r, id, 'amounts.verifiedFraudFunds')).toBe(30000)
    expect(one(r, id, 'mitigation.truthfulConfession')).toBe(true)
    expect(one(r, id, 'mitigation.pleaAgreement')).toBe(true)
  })

  it('a news account (no document kind) does not date the act from an opening date', () => {
    const news = ok('2023年2月，被告人陈某因犯帮助信息网络犯罪活动罪被判处有期徒刑一年。')
    expect(one(news, news.defendants[0]!.id, 'actPeriod.from')).toBeUndefined()
  })
})

describe('precision: nothing the text does not state', () => {
  it('a negated circumstance is not proposed', () => {
    const r = ok('被告人张某某到案后未如实供述，不认罪认罚，亦未取得被害人谅解。')
    const id = r.defendants[0]!.id
    expect(one(r, id, 'mitigation.truthfulConfession')).toBeUndefined()
    expect(one(r, id, 'mitigation.pleaAgreement')).toBeUndefined()
    expect(one(r, id, 'mitigation.victimForgiveness')).toBe(false)
    const s = ok('被告人李某某未能取得被害人谅解，其到案经过不能认定为自首。')
    const sid = s.defendants[0]!.id
    expect(one(s, sid, 'mitigation.victimForgiveness')).toBe(false)
    expect(one(s, sid, 'mitigation.surrendered')).toBeUndefined()
  })

  it('fines, prices and wages are not amounts of the case', () => {
    const r = ok('被告人赵某以每张500元的价格出售银行卡，日薪300元。法院判处赵某有期徒刑六个月，并处罚金人民币一万元。')
    const id = r.defendants[0]!.id
    expect(r.proposals.filter((p) => p.defendantId === id && (p.path.startsWith('amounts.') || p.path === 'mitigation.restitution'))).toEqual([])
  })

  it('two different figures for the same field cancel out', () => {
    const r = ok('被告人钱某违法所得人民币5000元。被告人钱某违法所得人民币8000元。')
    expect(one(r, r.defendants[0]!.id, 'amounts.illegalGain')).toBeUndefined()
  })

  it('a victim or a contact is never a defendant, and what they did is not the defendant\'s', () => {
    const r = ok('被告人孙某出售本人银行卡3张。2021年8月26日至27日，被害人殷某某被他人诈骗人民币59930元。')
    expect(r.defendants.map((d) => d.name)).toEqual(['孙某'])
    expect(one(r, r.defendants[0]!.id, 'actPeriod.from')).toBeUndefined()
  })

  it('text without a defendant proposes nothing', () => {
    const r = ok('本院认为，帮助信息网络犯罪活动罪的认定应坚持主客观相一致原则。')
    expect(r.defendants).toEqual([])
    expect(r.proposals).toEqual([])
  })

  it('reads traditional script and full-width digits, keeping offsets', () => {
    const text = '被告人李某涉案的本人4張銀行卡涉及流水１１０余萬元，其中涉及電信詐騙金額4500元。'
    const r = ok(text)
    const id = r.defendants[0]!.id
    expect(one(r, id, 'amounts.paymentSettlement')).toBe(1_100_000)
    expect(one(r, id, 'amounts.verifiedFraudFunds')).toBe(4500)
    expect(text.slice(...find(r, id, 'amounts.paymentSettlement')[0]!.span)).toBe('１１０余萬元')
  })

  it('never throws; every span lies inside the text', () => {
    const alphabet = fc.constantFrom(...'被告人王某张某某李某出售出租收购银行卡手机卡U盾违法所得流入流水结算诈骗资金万余元2021年3月至5月，。、0123456789一二三十自首认罪认罚如实供述'.split(''))
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (s) => {
      const r = extractFacts(s)
      if (!r.ok) return
      for (const p of r.value.proposals) {
        expect(p.span[0]).toBeGreaterThanOrEqual(0)
        expect(p.span[1]).toBeLessThanOrEqual(s.length)
        expect(r.value.defendants.some((d) => d.id === p.defendantId)).toBe(true)
      }
    }), { numRuns: 300 })
  })
})

describe('money in, money in and out, and month ends', () => {
  const text = (body: string) => ['起诉书', '被告人赵某，男，1999年1月1日出生。', '经依法审查查明：', body].join('\n')
  const idOf = (r: ExtractResult) => r.defendants.find((d) => d.name === '赵某')?.id ?? 'x'

  it('入账流水 / 进账流水 is the inflow, not a settlement amount', () => {
    const r = ok(text('2021年1月至2月，被告人赵某将本人名下银行卡3张出租给他人，上述银行卡入账流水共计179万余元。'))
    expect(one(r, idOf(r), 'amounts.oneWayInflow')).toBe(1790000)
    expect(one(r, idOf(r), 'amounts.paymentSettlement')).toBeUndefined()
  })

  it('a total of money in and out (总流水) is proposed as neither', () => {
    const r = ok(text('2023年5月，被告人赵某将公司对公账户交予上家使用，该账户支付结算总流水达18.4亿元，非法获利2000元。'))
    expect(one(r, idOf(r), 'amounts.paymentSettlement')).toBeUndefined()
    expect(one(r, idOf(r), 'amounts.oneWayInflow')).toBeUndefined()
    expect(one(r, idOf(r), 'amounts.illegalGain')).toBe(2000)
  })

  it('a period ending in a month ends on its last day (29 February in a leap year), said in the note', () => {
    const r = ok(text('2024年1月至2月间，被告人赵某将本人名下银行卡2张出售给他人，获利800元。'))
    expect(one(r, idOf(r), 'actPeriod.from')).toBe('2024-01-01')
    expect(one(r, idOf(r), 'actPeriod.to')).toBe('2024-02-29')
    expect(find(r, idOf(r), 'actPeriod.to')[0]?.note).toContain('仅精确到月')
  })
})

describe('spans agree with values', () => {
  it('every amount proposed is what its span reads as, on every bundled excerpt and the documents above', () => {
    const texts = [INDICTMENT, ...examples.map((e) => e.source.excerpt ?? '').filter(Boolean)]
    let checked = 0
    for (const text of texts) {
      const r = ok(text)
      for (const p of r.proposals) {
        if (!(p.path.startsWith('amounts.') || p.path === 'mitigation.restitution')) continue
        const read = parseAmount(text.slice(...p.span))
        expect(read.ok && read.value.value, `${p.path} ← ${text.slice(...p.span)}`).toBe(p.value)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(20)
  })
})

describe('bad input', () => {
  it.each([
    ['', '文本为空'],
    ['   \n  ', '文本为空'],
    ['被告人\u0000王某', '二进制'],
    ['x'.repeat(EXTRACT_MAX_CHARS + 1), '文本过长']
  ])('%#: a clear Chinese-first message', (text, words) => {
    const r = extractFacts(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error).toContain(words)
      expect(r.error).toMatch(/^[\u4e00-\u9fa5]/)
    }
  })

  it('a 5 MB paste is refused by its length, before anything is read', () => {
    const big = '被告人王某出售银行卡。'.repeat(500_000)
    expect(checkText(big)).toContain('文本过长')
    const r = extractFacts(big)
    expect(r.ok).toBe(false)
  })

  it('mojibake (many replacement characters) is refused', () => {
    expect(checkText('\ufffd\ufffd被告人'.repeat(200))).toContain('乱码')
  })
})

describe('measured on the bundled published cases', () => {
  it('meets the targets: field accuracy ≥ 90 %, invented ≤ 5 %', () => {
    const { total, perCase } = scoreBundled()
    expect(perCase.length).toBeGreaterThanOrEqual(20)
    expect(total.correct + total.wrong + total.invented).toBeGreaterThanOrEqual(50)
    expect(fieldAccuracy(total)).toBeGreaterThanOrEqual(0.9)
    expect(inventedRate(total)).toBeLessThanOrEqual(0.05)
  })
})
