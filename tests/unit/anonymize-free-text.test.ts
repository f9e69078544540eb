// 脱敏: identifiers in free text anywhere in the matter are gone; structured facts and amounts are kept.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anonymizeMatter, MASKS } from '../../core/clinic'
import { examples } from '../../core/examples'
import { emptyDefendant, emptyMatter, validateMatter, type Defendant, type MatterDocument } from '../../core/matter/schema'

const ID_1 = '110105199003071234'
const ID_2 = '44030619851231002X'
const MOBILE_1 = '13812345678'
const MOBILE_2 = '159 8765 4321'
const LANDLINE = '010-87654321'
const CARD_1 = '6222021234567890123'
const CARD_2 = '6217 0012 3456 7890'
const CARD_3 = '6228-4800-1234-5678-910'
const CARD_MASKED = '622202******1234'
const CASE_NO_1 = '(2023)京0105刑初123号'
const CASE_NO_2 = '（2022）苏0682刑初456号'
const ADDRESS = '北京市朝阳区建国路88号3单元502室'
const COMPANY = '深圳市恒通网络科技有限公司'
const STUDIO = '星辰传媒工作室'

function matter(): MatterDocument {
  const doc = emptyMatter('张三丰、李四帮助信息网络犯罪活动案')
  doc.matter.caseNumber = CASE_NO_1
  doc.matter.authority = '北京市朝阳区人民法院'
  doc.matter.counsel = '北京某某律师事务所 王律师 电话13900001111'
  doc.matter.notes =
    `被告人张三丰（公民身份号码${ID_1}，手机${MOBILE_1}，住${ADDRESS}）于2021年3月起，将其名下银行卡${CARD_1}及${CARD_2}出售给李四。` +
    `李四另用卡号${CARD_3}、${CARD_MASKED}接收资金，联系电话${LANDLINE}。同案人赵小明供述称${COMPANY}与${STUDIO}参与跑分。参见${CASE_NO_2}判决及法释〔2019〕15号第十二条。` +
    `张三丰获利76283.26元，流水20920292.32元，出售银行卡4张。`
  const d1: Defendant = { ...emptyDefendant('d1', '张三丰') }
  d1.birthDate = '1990-03-07'
  d1.actPeriod = { from: '2021-03-01', to: '2021-05-01' }
  d1.conduct.cards = [{ kind: 'bankCard', count: 4, owner: 'self', dealing: 'sell' }]
  d1.conduct.otherHelp = `张三丰通过微信号：zsf_2021 联系上家，又以${MOBILE_2}与李四联络，在${COMPANY}楼下交付银行卡。`
  d1.knowledge.admitted = true
  d1.knowledge.indicators = ['abnormalPriceOrMethod']
  d1.knowledge.counterEvidence = `李四称张三丰（身份证${ID_1}）不知情`
  d1.amounts.illegalGain = 76283.26
  d1.amounts.oneWayInflow = 20920292.32
  d1.amounts.verifiedFraudFunds = 230000
  d1.helped = { objectCount: 3, crimeType: 'fraud', crimeEstablished: 'yes', consequence: null }
  d1.mitigation.restitution = 5000
  d1.mitigation.truthfulConfession = true
  d1.evidence = [
    { id: 'e1', title: `${CARD_1}账户流水`, supports: ['amounts.oneWayInflow'], status: 'verified', note: `调取自${COMPANY}，经办人手机${MOBILE_1}` },
    { id: 'e2', title: '张三丰供述', supports: ['knowledge.admitted'] }
  ]
  d1.idNumber = ID_1
  d1.phone = MOBILE_1
  d1.address = ADDRESS
  const d2: Defendant = { ...emptyDefendant('d2', '李四') }
  d2.idNumber = ID_2
  d2.conduct.otherHelp = `李四（${ID_2}）收购张三丰的银行卡后转卖`
  doc.defendants = [d1, d2]
  return doc
}

const IDENTIFIERS = [
  ID_1, ID_2, MOBILE_1, MOBILE_2, LANDLINE, CARD_1, CARD_2, CARD_3, CARD_MASKED, CASE_NO_1, CASE_NO_2, ADDRESS, COMPANY, STUDIO,
  '张三丰', '李四', '赵小明', '13900001111', 'zsf_2021', '建国路'
]

/** every digit run of 7+ digits in the original identifiers (a partial leak would keep one) */
const digitRuns = (s: string) => s.replace(/[\s-]/g, '').match(/\d{7,}/g) ?? []

/** a matter without its free text: what must survive bit for bit */
function structure(doc: MatterDocument): unknown {
  return doc.defendants.map((d) => {
    const { name: _n, idNumber: _i, phone: _p, address: _a, ...rest } = d
    return {
      ...rest,
      conduct: { ...rest.conduct, otherHelp: rest.conduct.otherHelp === null },
      knowledge: { ...rest.knowledge, counterEvidence: rest.knowledge.counterEvidence === null },
      evidence: rest.evidence?.map((e) => ({ id: e.id, supports: e.supports, status: e.status }))
    }
  })
}

describe('anonymizeMatter over free text', () => {
  const original = matter()
  const snapshot = JSON.stringify(original)
  const { document: out, replacements } = anonymizeMatter(original)
  const text = JSON.stringify(out)

  it('leaves nothing of the original identifiers anywhere in the matter', () => {
    for (const id of IDENTIFIERS) expect(text, id).not.toContain(id)
    for (const run of IDENTIFIERS.flatMap(digitRuns)) expect(text, run).not.toContain(run)
    expect(text).toContain(MASKS.idNumber)
    expect(text).toContain(MASKS.phone)
    expect(text).toContain(MASKS.bankCard)
    expect(text).toContain(MASKS.caseNumber)
    expect(text).toContain(MASKS.address)
  })

  it('keeps the structured facts and amounts bit for bit, and the amounts told in the text', () => {
    expect(structure(out)).toEqual(structure(original))
    expect(out.defendants[0]!.amounts).toEqual(original.defendants[0]!.amounts)
    expect(out.defendants[0]!.birthDate).toBe('1990-03-07')
    expect(out.matter.notes).toContain('76283.26元')
    expect(out.matter.notes).toContain('20920292.32元')
    expect(out.matter.notes).toContain('出售银行卡4张')
    expect(out.matter.notes).toContain('法释〔2019〕15号第十二条')
    expect(out.matter.stage).toBe(original.matter.stage)
  })

  it('replaces names consistently (the same person is the same pseudonym everywhere)', () => {
    expect(out.defendants.map((d) => d.name)).toEqual(['甲', '乙'])
    expect(out.matter.title).toBe('甲、乙帮助信息网络犯罪活动案')
    expect(out.matter.notes).toMatch(/^被告人甲（/)
    expect(out.defendants[1]!.conduct.otherHelp).toMatch(/^乙（.*）收购甲的银行卡后转卖$/)
    expect(out.defendants[0]!.evidence![1]!.title).toBe('甲供述')
    const company = replacements.find((r) => r.from === COMPANY)!
    expect(company.kind).toBe('company')
    // the same company, mentioned in three fields, is one pseudonym
    expect(out.matter.notes).toContain(company.to)
    expect(out.defendants[0]!.conduct.otherHelp).toContain(company.to)
    expect(out.defendants[0]!.evidence![0]!.note).toContain(company.to)
  })

  it('clears the identifying fields, drops the case number, masks counsel, keeps the court', () => {
    expect(out.defendants[0]!.idNumber).toBeNull()
    expect(out.defendants[0]!.phone).toBeNull()
    expect(out.defendants[0]!.address).toBeNull()
    expect(out.defendants[1]!.idNumber).toBeNull()
    expect('phone' in out.defendants[1]!).toBe(false)
    expect(out.matter.caseNumber).toBeNull()
    expect(out.matter.counsel).toBe(MASKS.counsel)
    expect(out.matter.authority).toBe('北京市朝阳区人民法院')
  })

  it('produces a valid matter and leaves the input untouched', () => {
    expect(validateMatter(out).ok).toBe(true)
    expect(JSON.stringify(original)).toBe(snapshot)
  })

  it('is stable: anonymising the result again changes nothing', () => {
    expect(anonymizeMatter(out).document).toEqual(out)
  })

  it('uses a caller-supplied pseudonym map before the generated sequence', () => {
    const r = anonymizeMatter(matter(), { pseudonyms: { 张三丰: '被告人A' } })
    expect(r.document.defendants.map((d) => d.name)).toEqual(['被告人A', '甲'])
    expect(JSON.stringify(r.document)).not.toContain('张三丰')
  })
})

describe('anonymizeMatter on random text (property)', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))
  const idNumber = fc
    .tuple(fc.integer({ min: 110000, max: 659999 }), fc.integer({ min: 1950, max: 2008 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), digits(3), fc.constantFrom('0', '5', '9', 'X'))
    .map(([area, y, m, d, seq, check]) => `${area}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}${check}`)
  const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([b, rest]) => `1${b}${rest}`)
  const card = fc.tuple(fc.constantFrom('62', '43', '52'), fc.integer({ min: 14, max: 17 })).chain(([p, n]) => digits(n).map((r) => p + r))
  const groupedCard = digits(16).map((s) => s.replace(/(\d{4})(?=\d)/g, '$1 '))
  const amount = fc.tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 99 })).map(([y, f]) => `${y}.${String(f).padStart(2, '0')}元`)
  const filler = fc.constantFrom('，', '。', '被告人', '出售银行卡', '于2021年3月', '获利', '联系方式', '；', '账号为', ' ', '转入', '（', '）')

  it('no ID, mobile or card number survives; amounts in yuan do', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(idNumber, mobile, card, groupedCard), { minLength: 1, maxLength: 6 }), fc.array(amount, { minLength: 1, maxLength: 3 }), fc.array(filler, { minLength: 6, maxLength: 6 }), (secrets, amounts, glue) => {
        const parts: string[] = []
        secrets.forEach((s, i) => parts.push(glue[i % glue.length]!, s))
        amounts.forEach((a, i) => parts.push(glue[(i + 3) % glue.length]!, a))
        const doc = emptyMatter('练习')
        doc.defendants[0]!.name = '某甲'
        doc.defendants[0]!.conduct.otherHelp = parts.join('')
        const out = anonymizeMatter(doc).document.defendants[0]!.conduct.otherHelp!
        for (const s of secrets) expect(out).not.toContain(s)
        for (const s of secrets) for (const run of digitRuns(s)) expect(out).not.toContain(run)
        for (const a of amounts) expect(out).toContain(a)
      }),
      { numRuns: 300 }
    )
  })
})

describe('anonymizeMatter on the bundled published cases', () => {
  it('removes every defendant name and keeps every structured fact, for every case', () => {
    for (const ex of examples) {
      const { document: out } = anonymizeMatter(ex.document)
      const text = JSON.stringify(out)
      for (const d of ex.document.defendants) {
        const bare = d.name.replace(/[（(].*[）)]$/, '')
        expect(text, `${ex.id}: ${bare}`).not.toContain(bare)
      }
      expect(validateMatter(out).ok, ex.id).toBe(true)
      expect(structure(out), ex.id).toEqual(structure(ex.document))
      if (ex.document.matter.authority && /(法院|检察院)$/.test(ex.document.matter.authority)) expect(out.matter.authority).toBe(ex.document.matter.authority)
    }
  })
})
