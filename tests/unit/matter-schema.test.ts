// The matter schema: factories produce valid documents; unknown (null) is kept apart from 0 and false;
// every error names the field path, Chinese first.
import { describe, expect, it } from 'vitest'
import { emptyDefendant, emptyMatter, validateMatter } from '../../core/matter/schema'

describe('matter schema', () => {
  it('a blank matter is valid as created (its defendant has a placeholder name)', () => {
    const doc = emptyMatter('新案件')
    const r = validateMatter(doc)
    expect(r.ok).toBe(true)
    expect(doc.defendants[0]?.name).toBe('被告人甲')
  })

  it('a defendant without a name is rejected at defendants.0.name', () => {
    const doc = emptyMatter('新案件')
    doc.defendants = [emptyDefendant('d1', '')]
    const r = validateMatter(doc)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('defendants.0.name')
  })

  it('null, 0 and false are all accepted and stay distinct', () => {
    const doc = emptyMatter('x')
    const d = doc.defendants[0]!
    d.amounts.illegalGain = 0
    d.conduct.advertising = false
    const r = validateMatter(doc)
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.defendants[0]!.amounts.illegalGain).toBe(0)
      expect(r.value.defendants[0]!.amounts.paymentSettlement).toBeNull()
      expect(r.value.defendants[0]!.conduct.advertising).toBe(false)
      expect(r.value.defendants[0]!.conduct.paymentSettlement).toBeNull()
    }
  })

  it('bad values are reported with their path and a Chinese-first message', () => {
    const doc = emptyMatter('x') as unknown as { defendants: { amounts: Record<string, unknown>; birthDate: unknown }[] }
    doc.defendants[0]!.amounts.paymentSettlement = -5
    doc.defendants[0]!.amounts.illegalGain = 1.234
    doc.defendants[0]!.birthDate = '2021-02-30'
    const r = validateMatter(doc)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, i.message]))
    expect(byPath['defendants.0.amounts.paymentSettlement']).toMatch(/^金额不能为负数/)
    expect(byPath['defendants.0.amounts.illegalGain']).toMatch(/^金额最多保留两位小数/)
    expect(byPath['defendants.0.birthDate']).toMatch(/^日期无效/)
  })

  it('a missing required key is named in Chinese, not in the library default English', () => {
    const doc = emptyMatter('x') as unknown as Record<string, unknown>
    delete doc.matter
    const r = validateMatter(doc)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.find((i) => i.path === 'matter')?.message).toMatch(/^缺少必填字段/)
  })

  it('a missing fact reads as null, a missing list as [], a missing section as a section of nulls (format v2)', () => {
    const doc = emptyMatter('x') as unknown as { defendants: Record<string, unknown>[] }
    const d0 = doc.defendants[0]!
    delete d0.conduct
    delete (d0.knowledge as Record<string, unknown>).finding
    delete (d0.knowledge as Record<string, unknown>).counterEvidence
    delete d0.birthDate
    const r = validateMatter(doc)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const d = r.value.defendants[0]!
    expect(d.conduct.cards).toEqual([])
    expect(d.conduct.techSupport).toEqual([])
    expect(d.conduct.paymentSettlement).toBeNull()
    expect(d.knowledge.finding).toBeNull()
    expect(d.knowledge.counterEvidence).toBeNull()
    expect(d.birthDate).toBeNull()
  })

  it('the version 2 fields are checked: accusation charge, sex, custody', () => {
    const doc = emptyMatter('x') as unknown as { matter: Record<string, unknown>; defendants: Record<string, unknown>[] }
    doc.matter.accusation = { document: '起诉书', charge: 'art999' }
    doc.defendants[0]!.sex = 'm'
    doc.defendants[0]!.custody = 'bail'
    const r = validateMatter(doc)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = r.issues.map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['matter.accusation.charge', 'defendants.0.sex']))
    expect(paths).not.toContain('defendants.0.custody')
    expect(r.issues.find((i) => i.path === 'defendants.0.sex')?.message).toMatch(/^性别应为以下之一/)
  })
})
