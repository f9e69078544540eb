// One language per message: the UI shows the half of a “中文 / English” message in its own language.
import { describe, expect, it } from 'vitest'
import { inLanguage } from '../../renderer/src/i18n/language'

describe('inLanguage', () => {
  it('splits the bilingual messages of the schemas and the main process', () => {
    expect(inLanguage('金额不能为负数 / amount cannot be negative', 'zh')).toBe('金额不能为负数')
    expect(inLanguage('金额不能为负数 / amount cannot be negative', 'en')).toBe('amount cannot be negative')
    const conflict = '已有同名案件“甲案”：请选择替换现有案件，或保留两者（导入的案件标题将标注“导入副本”）/ a matter with this title is already there: replace it or keep both'
    expect(inLanguage(conflict, 'zh')).toMatch(/^已有同名案件.*导入副本”）$/)
    expect(inLanguage(conflict, 'en')).toBe('a matter with this title is already there: replace it or keep both')
    expect(inLanguage('脱敏后的案件未通过校验（程序错误）/ anonymised matter failed validation', 'en')).toBe('anonymised matter failed validation')
    // the English half may contain a slash of its own
    expect(inLanguage('格式错误 / expected YYYY-MM-DD / YYYYMMDD', 'en')).toBe('expected YYYY-MM-DD / YYYYMMDD')
  })

  it('leaves one-language messages and Chinese alternatives alone', () => {
    expect(inLanguage('出售、出租本人银行账户 / 支付账户', 'en')).toBe('出售、出租本人银行账户 / 支付账户')
    expect(inLanguage('网络错误', 'en')).toBe('网络错误')
    expect(inLanguage('network error', 'zh')).toBe('network error')
    expect(inLanguage('A / B', 'zh')).toBe('A / B')
  })
})
