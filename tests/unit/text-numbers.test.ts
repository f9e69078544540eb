import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../core/text/normalize'
import { describeAmount, describeDate, parseAmount, parseCount, parseDate, parseNumber } from '../../core/text/numbers'

const amount = (s: string) => {
  const r = parseAmount(s)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

// An independent writer of Chinese numerals (the way 判决书 write them), to check the parser against.
const D = '零一二三四五六七八九'
function section(n: number): string {
  // 0 < n < 10000
  let out = ''
  let zero = false
  const units = [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const
  for (const [u, name] of units) {
    const d = Math.floor(n / u) % 10
    if (d === 0) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += (D[d] as string) + name
  }
  return out
}
function chinese(n: number): string {
  if (n === 0) return '零'
  const yi = Math.floor(n / 1e8)
  const wan = Math.floor((n % 1e8) / 1e4)
  const rest = n % 1e4
  let out = ''
  if (yi) out += `${section(yi)}亿`
  if (wan) out += `${yi && wan < 1000 ? '零' : ''}${section(wan)}万`
  if (rest) out += `${(yi || wan) && rest < 1000 ? '零' : ''}${section(rest)}`
  return out.replace(/^一十/, '十')
}
const fullWidth = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

describe('parseAmount: the forms of the issue', () => {
  it.each([
    ['4.2万', 42000, 'exact', null],
    ['4.2万元', 42000, 'exact', '万元'],
    ['42,000', 42000, 'exact', null],
    ['４２０００', 42000, 'exact', null],
    ['４２，０００元', 42000, 'exact', '元'],
    ['四万二千', 42000, 'exact', null],
    ['四万二', 42000, 'exact', null],
    ['二十三万余', 230000, 'lowerBound', null],
    ['一千九百余万', 19000000, 'lowerBound', null],
    ['1900余万元', 19000000, 'lowerBound', '万元'],
    ['人民币12万余元', 120000, 'lowerBound', '万元'],
    ['110余萬元', 1100000, 'lowerBound', '万元'],
    ['50多万元', 500000, 'lowerBound', '万元'],
    ['46000余元', 46000, 'lowerBound', '元'],
    ['约5万元', 50000, 'about', '万元'],
    ['5万元左右', 50000, 'about', '万元'],
    ['1.5亿元', 150000000, 'exact', '亿元'],
    ['壹万贰仟元整', 12000, 'exact', '元'],
    ['一万零二元', 10002, 'exact', '元'],
    ['三千五', 3500, 'exact', null],
    ['1,200 元', 1200, 'exact', '元'],
    ['0.07万', 700, 'exact', null],
    ['76283.26元', 76283.26, 'exact', '元']
  ] as const)('%s → %d yuan (%s)', (input, value, approximation, writtenUnit) => {
    const a = amount(input)
    expect(a.value).toBe(value)
    expect(a.unit).toBe('元')
    expect(a.approximation).toBe(approximation)
    expect(a.writtenUnit).toBe(writtenUnit)
  })

  it('says what 万 became, never changing the unit silently', () => {
    expect(describeAmount(amount('4.2万'))).toBe('42,000 元（即 4.2万元）')
    expect(describeAmount(amount('42000'))).toBe('42,000 元')
    expect(describeAmount(amount('二十三万余'))).toContain('下限')
    expect(describeAmount(amount('4.2万'), 'en')).toBe('42,000 yuan (4.2 wan yuan)')
    expect(describeAmount(amount('1.5亿'), 'en')).toBe('150,000,000 yuan (1.5 yi yuan)')
  })

  it.each(['', '   ', '上万元', '4.2.1', '十十', '万', '四二万万', '1,20,000', 'abc', '-5', '负五元', '0.001', '3五'])(
    'rejects %j with a Chinese-first message', (input) => {
      const r = parseAmount(input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(/^[\u4e00-\u9fa5]/)
    }
  )

  it('refuses foreign currency instead of reading it as yuan', () => {
    const r = parseAmount('5万美元')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain('人民币')
  })
})

describe('parseAmount: properties', () => {
  it('reads every integer written in Chinese numerals', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
      expect(amount(chinese(n)).value).toBe(n)
      expect(amount(`${chinese(n)}元`).value).toBe(n)
    }), { numRuns: 400 })
  })

  it('reads digits, thousands separators and full-width digits alike', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (n) => {
      const grouped = n.toLocaleString('en-US')
      expect(amount(String(n)).value).toBe(n)
      expect(amount(grouped).value).toBe(n)
      expect(amount(fullWidth(String(n))).value).toBe(n)
      expect(amount(`${fullWidth(grouped)}元`).value).toBe(n)
    }), { numRuns: 300 })
  })

  it('multiplies 万 and 亿 out exactly (no floating error)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
      // x万 with x having up to 6 decimals that still gives whole fen
      const yuan = cents / 100
      const wan = (cents / 1e6).toFixed(6).replace(/\.?0+$/, '')
      const a = amount(`${wan}万元`)
      expect(a.value).toBe(yuan)
      expect(a.writtenUnit).toBe('万元')
    }), { numRuns: 300 })
  })

  it('余 and 多 mark a lower bound and keep the figure', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('余', '多'), (n, mark) => {
      const a = amount(`${n}${mark}万元`)
      expect(a.value).toBe(n * 10_000)
      expect(a.approximation).toBe('lowerBound')
      const b = amount(`${chinese(n)}万${mark}元`)
      expect(b.value).toBe(n * 10_000)
      expect(b.approximation).toBe('lowerBound')
    }), { numRuns: 200 })
  })

  it('never throws and never returns a negative or non-finite value', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9零一二三四五六七八九十百千万亿余多.,元]{0,10}$/), (a, b) => {
      for (const s of [a, b]) {
        const r = parseAmount(s)
        if (r.ok) {
          expect(Number.isFinite(r.value.value)).toBe(true)
          expect(r.value.value).toBeGreaterThanOrEqual(0)
        } else {
          expect(r.error).toMatch(/^[\u4e00-\u9fa5]/)
        }
      }
    }), { numRuns: 500 })
  })
})

describe('parseCount and parseNumber', () => {
  it.each([['36', 36], ['三十六张', 36], ['500余个', 500], ['５张', 5], ['两套', 2], ['十', 10]] as const)('%s → %d', (s, n) => {
    const r = parseCount(s)
    expect(r.ok && r.value.value).toBe(n)
  })
  it('a count must be whole', () => {
    expect(parseCount('3.5').ok).toBe(false)
    expect(parseCount('三张半').ok).toBe(false)
  })
  it('reads Chinese year digits one by one', () => {
    const r = parseNumber('二〇二一')
    expect(r.ok && r.value.value).toBe(2021)
  })
})

describe('parseDate', () => {
  it.each([
    ['2001年3月5日', '2001-03-05'], ['2001.3.5', '2001-03-05'], ['2001/03/05', '2001-03-05'], ['2001-03-05', '2001-03-05'],
    ['20010305', '2001-03-05'], ['二〇〇一年三月五日', '2001-03-05'], ['２００１年３月５日', '2001-03-05'], ['2001年3月5号', '2001-03-05'],
    ['二〇二一年十二月三十一日', '2021-12-31'], ['2024年2月29日', '2024-02-29']
  ])('%s → %s (day precision)', (s, iso) => {
    const r = parseDate(s)
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.iso).toBe(iso)
      expect(r.value.precision).toBe('day')
    }
  })

  it('flags month precision and names the day it is stored as', () => {
    const r = parseDate('2021年3月')
    expect(r.ok && r.value.precision).toBe('month')
    expect(r.ok && r.value.iso).toBe('2021-03-01')
    if (r.ok) expect(describeDate(r.value)).toContain('仅精确到月')
    const p = parseDate('2019年11月初')
    expect(p.ok && p.value.part).toBe('初')
    const y = parseDate('2021年')
    expect(y.ok && y.value.precision).toBe('year')
  })

  it.each(['2021年2月29日', '2021年13月1日', '20211301', '2021/4/31', '3月5日', '2001年3月5', 'yesterday', '', '1800年1月1日'])(
    'rejects %j with a Chinese-first message', (s) => {
      const r = parseDate(s)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(/^[\u4e00-\u9fa5]/)
    }
  )

  it('every real day reads the same in all written forms; impossible days are refused', () => {
    fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (d) => {
      const y = d.getUTCFullYear()
      const m = d.getUTCMonth() + 1
      const day = d.getUTCDate()
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      const yz = [...String(y)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('')
      for (const s of [`${y}年${m}月${day}日`, `${y}.${m}.${day}`, `${y}/${m}/${day}`, iso.replace(/-/g, ''), `${yz}年${chinese(m)}月${chinese(day)}日`, fullWidth(iso)]) {
        const r = parseDate(s)
        expect(r.ok ? r.value.iso : r.error).toBe(iso)
      }
      const bad = parseDate(`${y}年${m}月${new Date(Date.UTC(y, m, 0)).getUTCDate() + 1}日`)
      expect(bad.ok).toBe(false)
    }), { numRuns: 300 })
  })
})

describe('normalizeText', () => {
  it('keeps every offset: one character for one', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
      expect(normalizeText(s).length).toBe(s.length)
    }))
    expect(normalizeText('幫助信息網絡犯罪活動罪，流水110余萬元')).toBe('帮助信息网络犯罪活动罪，流水110余万元')
    expect(normalizeText('４２０００')).toBe('42000')
  })
})
