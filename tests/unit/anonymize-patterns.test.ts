// 脱敏, pattern by pattern: what must be masked and what must stay (dates, amounts, counts, legal citations, courts).
import { describe, expect, it } from 'vitest'
import { anonymizeMatter, MASKS } from '../../core/clinic'
import { emptyMatter } from '../../core/matter/schema'

/** Anonymise one free-text field (the defendant's 其他帮助行为) of a matter whose defendant is 甲某. */
function scrub(text: string): string {
  const doc = emptyMatter('练习')
  doc.defendants[0]!.name = '某甲'
  doc.defendants[0]!.conduct.otherHelp = text
  return anonymizeMatter(doc).document.defendants[0]!.conduct.otherHelp ?? ''
}

describe('masked', () => {
  it.each([
    ['身份证号码110105199003071234，', '110105199003071234', MASKS.idNumber],
    ['身份证44030619851231002x。', '44030619851231002x', MASKS.idNumber],
    ['手机13812345678联系', '13812345678', MASKS.phone],
    ['手机号+86 138 1234 5678', '138 1234 5678', MASKS.phone],
    ['手机138-1234-5678', '138-1234-5678', MASKS.phone],
    ['手机138****5678', '138****5678', MASKS.phone],
    ['座机0755-12345678', '0755-12345678', MASKS.phone],
    ['电话（0755）12345678', '12345678', MASKS.phone],
    ['卡号6222021234567890123', '6222021234567890123', MASKS.bankCard],
    ['卡号6217 0012 3456 7890', '6217 0012 3456 7890', MASKS.bankCard],
    ['卡号6228-4800-1234-5678-910', '6228-4800-1234-5678-910', MASKS.bankCard],
    ['卡号622202******1234', '622202******1234', MASKS.bankCard],
    ['邮箱zhang.san@example.com', 'zhang.san@example.com', MASKS.email],
    ['微信号：wxid_abc123', 'wxid_abc123', MASKS.account],
    ['QQ 12345678', '12345678', MASKS.account],
    ['账号123456789012345', '123456789012345', MASKS.number],
    ['见(2023)京0105刑初123号判决', '(2023)京0105刑初123号', MASKS.caseNumber],
    ['见（2020）沪01刑终56号', '（2020）沪01刑终56号', MASKS.caseNumber],
    ['见〔2021〕浙0110刑初1234号之一', '〔2021〕浙0110刑初1234号之一', MASKS.caseNumber],
    ['京朝检刑不诉〔2022〕Z12号决定', '京朝检刑不诉〔2022〕Z12号', MASKS.caseNumber],
    ['住浙江省杭州市西湖区文三路100号', '浙江省杭州市西湖区文三路100号', MASKS.address],
    ['在上海市浦东新区张江镇科苑路88号5楼', '上海市浦东新区张江镇科苑路88号5楼', MASKS.address],
    ['家住某某县某某镇石桥村', '石桥村', MASKS.address],
    ['在建国路88号3单元502室租房', '建国路88号3单元502室', MASKS.address]
  ])('%s', (text, secret, mask) => {
    const out = scrub(text)
    expect(out).not.toContain(secret)
    expect(out).toContain(mask)
  })

  it('names: X某, X某某, X某Y, role-word names, consistently', () => {
    const out = scrub('受张某某安排，与李某、王某林等人及证人赵小明联系；张某某再次联系李某。')
    for (const n of ['张某某', '李某', '王某林', '赵小明']) expect(out).not.toContain(n)
    expect(out).toBe('受乙安排，与丙、丁等人及证人戊联系；乙再次联系丙。')
  })

  it('companies, also preceded by words, with one pseudonym per company', () => {
    const out = scrub('调取自深圳市恒通网络科技有限公司的流水；恒通网络科技有限公司另称；在星辰传媒工作室任职')
    expect(out).not.toMatch(/恒通|星辰/)
    // the same company with and without its city is one pseudonym
    const m = /调取自(?:深圳市)?([A-Z])有限公司的流水；([A-Z])有限公司另称；在([A-Z])工作室任职/.exec(out)
    expect(m).not.toBeNull()
    expect(m![1]).toBe(m![2])
    expect(m![3]).not.toBe(m![1])
  })
})

describe('kept', () => {
  it.each([
    '获利76283.26元，流水20920292.32元',
    '2021年3月1日至2021-05-01期间',
    '出售银行卡4张、手机卡25张',
    '依据法释〔2019〕15号第十二条第一款第（二）项',
    '依据法发〔2025〕12号第六条',
    '按流水2‰至10.5‰或每天300-500元获取报酬',
    '共解封微信账号26203个',
    '在北京市朝阳区活动',
    '通过“纸飞机”APP联系',
    '于某日将卡交出',
    '构成某罪与否',
    '向某诈骗团伙提供银行卡',
    '浙江某科技公司'
  ])('%s', (text) => {
    const out = scrub(text)
    if (text === '浙江某科技公司') {
      // a company: replaced, but never treated as a person (no 甲/乙 inside)
      expect(out).toMatch(/^[A-Z]公司$/)
      return
    }
    expect(out).toBe(text)
  })

  it('keeps a court, masks counsel, clears the case number field', () => {
    const doc = emptyMatter('甲案')
    doc.defendants[0]!.name = '甲'
    doc.matter.authority = '福建省仙游县人民法院'
    doc.matter.counsel = '某某律师事务所 王律师'
    doc.matter.caseNumber = '(2022)闽0322刑初100号'
    const out = anonymizeMatter(doc).document.matter
    expect(out.authority).toBe('福建省仙游县人民法院')
    expect(out.counsel).toBe(MASKS.counsel)
    expect(out.caseNumber).toBeNull()
  })

  it('an authority that is not a public institution is scrubbed like any text', () => {
    const doc = emptyMatter('甲案')
    doc.defendants[0]!.name = '甲'
    doc.matter.authority = '深圳市恒通网络科技有限公司法务部 电话13812345678'
    const out = anonymizeMatter(doc).document.matter.authority ?? ''
    expect(out).not.toMatch(/恒通|13812345678/)
  })

  it('a draft with field errors is anonymised too, and keeps its errors for the user to fix', () => {
    const doc = emptyMatter('张三丰帮助信息网络犯罪活动案')
    doc.defendants[0]!.name = '' // the field error the draft still has
    doc.matter.notes = '张三丰电话13812345678'
    const out = anonymizeMatter(doc).document
    expect(out.defendants[0]!.name).toBe('')
    expect(out.matter.notes).toBe(`甲电话${MASKS.phone}`)
  })
})

describe('ids', () => {
  it('renumbers a defendant or evidence id that carries an identifier, and leaves plain ids alone', () => {
    const doc = emptyMatter('张三丰帮助信息网络犯罪活动案')
    doc.defendants[0]!.id = '张三丰'
    doc.defendants[0]!.name = '张三丰'
    doc.defendants[0]!.evidence = [
      { id: 'e1', title: '流水', supports: [] },
      { id: '卡6222021234567890123流水', title: '流水', supports: [] }
    ]
    const out = anonymizeMatter(doc).document
    expect(out.defendants[0]!.id).toBe('d1')
    expect(out.defendants[0]!.evidence!.map((e) => e.id)).toEqual(['e1', 'e2'])
    expect(JSON.stringify(out)).not.toMatch(/张三丰|6222021234567890123/)
  })
})
