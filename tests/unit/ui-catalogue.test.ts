// English complete where English is chosen: the English catalogue has a string for every key, with the same
// placeholders as the Chinese one and no Chinese in it (Chinese legal text is shown from the data, marked
// lang="zh-CN", never from the catalogue); numbers with units follow the UI language.
import { afterEach, describe, expect, it } from 'vitest'
import { zh } from '../../renderer/src/i18n/zh'
import { en } from '../../renderer/src/i18n/en'
import { translate } from '../../renderer/src/i18n'
import { setUiLanguage } from '../../renderer/src/i18n/language'
import { wan, yuanText } from '../../renderer/src/paths'

const CJK = /[\u3400-\u9fff]/
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort()

describe('the catalogues', () => {
  it('English mirrors every Chinese key, with a non-empty string', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    const empty = Object.entries(en).filter(([, v]) => !v.trim()).map(([k]) => k)
    expect(empty).toEqual([])
  })

  it('English strings contain no Chinese', () => {
    const chinese = Object.entries(en).filter(([, v]) => CJK.test(v)).map(([k, v]) => `${k}: ${v}`)
    expect(chinese).toEqual([])
  })

  it('each English string has the placeholders of its Chinese one', () => {
    const differ = Object.keys(zh)
      .filter((k) => placeholders(zh[k as keyof typeof zh]).join() !== placeholders(en[k as keyof typeof en]).join())
    expect(differ).toEqual([])
  })

  it('translate fills the placeholders', () => {
    expect(translate('en', 'clinic.packExported', { n: 3 })).toBe('Pack exported (3 exercises)')
    expect(translate('zh', 'clinic.packExported', { n: 3 })).toBe('已导出练习包（3 个练习）')
  })
})

describe('amounts in the UI language', () => {
  afterEach(() => setUiLanguage('zh'))
  it('Chinese: 万元 and 元', () => {
    setUiLanguage('zh')
    expect(wan(400_000)).toBe('40 万元')
    expect(yuanText(1234.5)).toBe('1,234.5 元')
  })
  it('English: yuan, no Chinese', () => {
    setUiLanguage('en')
    expect(wan(400_000)).toBe('400,000 yuan')
    expect(yuanText(1234.5)).toBe('1,234.5 yuan')
    expect(CJK.test(wan(12_345_678))).toBe(false)
  })
})
