// Chinese formatting for memos: numbering, amounts (人民币 … 元 / 万元), terms, dates.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (0–9999). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n)
  if (n < 10) return DIGITS[n] ?? String(n)
  if (n < 20) return '十' + (n % 10 === 0 ? '' : DIGITS[n % 10])
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : DIGITS[n % 10])
  if (n < 1000) {
    const rest = n % 100
    return DIGITS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest))
  }
  const rest = n % 1000
  return DIGITS[Math.floor(n / 1000)] + '千' + (rest === 0 ? '' : rest < 100 ? '零' + chineseNumber(rest) : chineseNumber(rest))
}

/** The literal numbering of a heading level: 一、 （一） 1. （1）. */
export function headingNumber(level: 1 | 2 | 3 | 4, n: number): string {
  switch (level) {
    case 1: return `${chineseNumber(n)}、`
    case 2: return `（${chineseNumber(n)}）`
    case 3: return `${n}.`
    case 4: return `（${n}）`
  }
}

const trimZeros = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s)

/** `2460.61` → `2,460.61` (thousands separators in the integer part). */
export function grouped(s: string): string {
  const [int, dec] = s.split('.')
  const g = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return dec !== undefined ? `${g}.${dec}` : g
}

/**
 * An amount in yuan as practitioners write it: `4,880元`, `3,000元`; from ten thousand in 万元 with at
 * most two decimals: `56万元`, `2,460.61万元`; where the 万元 figure would have to be rounded it is cut
 * and marked 余 (`56.12万余元` for 561,234.5元), so an amount is never written larger than it is.
 */
export function yuan(v: number): string {
  if (Math.abs(v) < 10000) return `${grouped(trimZeros(v.toFixed(2)))}元`
  const cents = Math.round(v * 100)
  // 万元 with two decimals is exact when the amount is a whole multiple of 100 yuan
  if (cents % 10000 === 0) return `${grouped(trimZeros((cents / 1000000).toFixed(2)))}万元`
  const cut = Math.floor(cents / 10000) / 100
  return `${grouped(trimZeros(cut.toFixed(2)))}万余元`
}

/** A plain count or amount for a table cell: `18.5万元`, `3000元`, `5张`. */
export function quantity(v: number, unit: 'yuan' | 'count', countWord = '个'): string {
  if (unit === 'count') return `${v}${countWord}`
  return yuan(v)
}

/** 14 months → `一年二个月`; 6 → `六个月`; 24 → `二年`. */
export function months(m: number): string {
  const total = Math.round(m)
  const y = Math.floor(total / 12)
  const r = total % 12
  if (total === 0) return '零个月'
  const yText = y > 0 ? `${chineseNumber(y)}年` : ''
  const mText = r > 0 ? `${chineseNumber(r)}个月` : ''
  return yText + mText
}

/** `2026-11-22` → `2026年11月22日` (GB/T 9704: Arabic numerals, year/month/day in full). */
export function dateZh(iso: string | null | undefined): string {
  if (!iso) return '（日期不详）'
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`
}

/** `a、b和c` */
export function joinZh(items: readonly string[], last = '和'): string {
  if (items.length === 0) return ''
  if (items.length === 1) return items[0] ?? ''
  return items.slice(0, -1).join('、') + last + items[items.length - 1]
}

/** Ends a Chinese sentence with `。` unless it already ends with punctuation. */
export function sentence(s: string): string {
  const t = s.trim()
  if (t === '') return t
  return /[。！？；：]$/.test(t) ? t : t + '。'
}

/** Strips the final `。` (to embed a sentence in another). */
export function clause(s: string): string {
  return s.trim().replace(/[。；]+$/, '')
}
