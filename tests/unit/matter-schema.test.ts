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

  it('a missing section is named in Chinese, not in the library default English', () => {
    const doc = emptyMatter('x') as unknown as { defendants: Record<string, unknown>[] }
    delete doc.defendants[0]!.conduct
    const r = validateMatter(doc)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.find((i) => i.path === 'defendants.0.conduct')?.message).toMatch(/^缺少必填字段/)
  })
})
