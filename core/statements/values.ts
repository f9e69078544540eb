// Cell values of statements: amounts (to integer fen, exactly — never through floating point
// arithmetic on yuan), dates and times in the layouts banks, Alipay, WeChat and police replies use.

/** Parse an amount cell to integer fen. Returns null for an empty cell, NaN when it is not a number. */
export function parseFen(cell: string): number | null {
  let s = cell.trim()
  if (s === '' || s === '-' || s === '--' || s === '/') return null
  let neg = false
  // (1,234.56) and （1,234.56） are negative in accounting layouts
  if ((s.startsWith('(') && s.endsWith(')')) || (s.startsWith('（') && s.endsWith('）'))) { neg = true; s = s.slice(1, -1).trim() }
  let i = 0
  const n = s.length
  let c = s.charCodeAt(0)
  if (c === 43 /* + */) i++
  else if (c === 45 /* - */) { neg = !neg; i++ }
  let intPart = 0
  let frac = 0
  let fracDigits = 0
  let digits = 0
  let dot = false
  for (; i < n; i++) {
    c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      if (dot) {
        if (fracDigits < 2) { frac = frac * 10 + (c - 48); fracDigits++ }
        else if (c !== 48) return NaN // more than two decimals that are not zeros
      } else {
        intPart = intPart * 10 + (c - 48)
      }
      digits++
    } else if (c === 46 /* . */ && !dot) dot = true
    else if (c === 44 /* , */ || c === 0xff0c /* ， */ || c === 32 || c === 0xa5 /* ¥ */ || c === 0xffe5 /* ￥ */ || c === 0x5143 /* 元 */ || c === 0x3000) continue
    else if ((c === 45 || c === 43) && i === 1 && (s.charCodeAt(0) === 0xa5 || s.charCodeAt(0) === 0xffe5)) { if (c === 45) neg = !neg }
    else return NaN
  }
  if (digits === 0) return NaN
  if (fracDigits === 1) frac *= 10
  const fen = intPart * 100 + frac
  if (!Number.isSafeInteger(fen)) return NaN
  return neg ? -fen : fen
}

export const fenToYuan = (fen: number): number => fen / 100

/** Format fen as yuan with two decimals and thousands separators (for tables and annexes). */
export function formatYuan(fen: number): string {
  const neg = fen < 0
  const a = Math.abs(fen)
  const y = Math.floor(a / 100)
  const f = a % 100
  return `${neg ? '-' : ''}${y.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f.toString().padStart(2, '0')}`
}

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const DIM = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** True for a real calendar date between 1900 and 2200. */
export function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > (DIM[mo - 1] as number)) return false
  return !(mo === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0))
}

export const daysOf = (y: number, mo: number, d: number): number => daysFromCivil(y, mo, d)

/**
 * Seconds of a wall-clock time counted as if it were UTC (statements carry Beijing time without a zone;
 * every computation compares times within the same statements, so no zone conversion is needed).
 */
export function wallSeconds(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s
}

/** YYYY-MM-DD HH:MM:SS of wall-clock seconds. */
export function formatWall(sec: number, withTime = true): string {
  const days = Math.floor(sec / 86400)
  let rem = sec - days * 86400
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  const p = (n: number) => n.toString().padStart(2, '0')
  const date = `${y}-${p(m)}-${p(d)}`
  if (!withTime) return date
  const h = Math.floor(rem / 3600)
  rem -= h * 3600
  const mi = Math.floor(rem / 60)
  return `${date} ${p(h)}:${p(mi)}:${p(rem - mi * 60)}`
}

/** Read up to `max` digits from s at i; returns [value, nextIndex, count]. */
function digitsAt(s: string, i: number, max: number): [number, number, number] {
  let v = 0
  let k = 0
  while (k < max && i < s.length) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) break
    v = v * 10 + (c - 48)
    i++
    k++
  }
  return [v, i, k]
}

/**
 * Parse a date, a date and time, or (with `dateOnly` false and no date) nothing. Accepts
 * 2024-03-05, 2024/3/5, 2024.03.05, 20240305, 2024年3月5日, each optionally followed by a time
 * 14:22, 14:22:10, 142210, 14时22分10秒, or an ISO "T"; fractional seconds are dropped.
 * Returns wall seconds, or NaN when the cell is not such a date.
 */
export function parseDateTime(cell: string): number {
  const s = cell.trim()
  let [y, i, k] = digitsAt(s, 0, 8)
  let mo: number
  let d: number
  if (k === 8) {
    d = y % 100
    mo = Math.floor(y / 100) % 100
    y = Math.floor(y / 10000)
  } else if (k === 4) {
    const sep = s.charCodeAt(i)
    if (!(sep === 45 || sep === 47 || sep === 46 || sep === 0x5e74 /* 年 */)) return NaN
    ;[mo, i, k] = digitsAt(s, i + 1, 2)
    if (k === 0) return NaN
    const sep2 = s.charCodeAt(i)
    if (!(sep2 === 45 || sep2 === 47 || sep2 === 46 || sep2 === 0x6708 /* 月 */)) return NaN
    ;[d, i, k] = digitsAt(s, i + 1, 2)
    if (k === 0) return NaN
    if (s.charCodeAt(i) === 0x65e5 /* 日 */) i++
  } else return NaN
  if (!validDate(y, mo, d)) return NaN
  const t = parseTimeOfDay(s.slice(i))
  if (Number.isNaN(t)) return NaN
  return daysFromCivil(y, mo, d) * 86400 + t
}

/** Seconds since midnight of "14:22:10", "14:22", "142210", "14时22分10秒"; "" → 0; NaN if not a time. */
export function parseTimeOfDay(cell: string): number {
  let i = 0
  const s = cell
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 84 /* T */ || s.charCodeAt(i) === 9)) i++
  if (i >= s.length) return 0
  let [h, j, k] = digitsAt(s, i, 6)
  let mi: number
  let se = 0
  if (k === 6) { se = h % 100; mi = Math.floor(h / 100) % 100; h = Math.floor(h / 10000) }
  else if (k === 4 && j >= s.length) { mi = h % 100; h = Math.floor(h / 100) }
  else if (k >= 1 && k <= 2) {
    const sep = s.charCodeAt(j)
    if (sep === 58 || sep === 0x65f6 /* 时 */ || sep === 0xff1a) {
      ;[mi, j, k] = digitsAt(s, j + 1, 2)
      if (k === 0) return NaN
      const sep2 = s.charCodeAt(j)
      if (sep2 === 58 || sep2 === 0x5206 /* 分 */ || sep2 === 0xff1a) {
        ;[se, j] = digitsAt(s, j + 1, 2)
        if (s.charCodeAt(j) === 0x79d2 /* 秒 */) j++
      }
    } else return NaN
  } else return NaN
  // fractional seconds or a trailing zone marker are ignored
  if (j < s.length) {
    const c = s.charCodeAt(j)
    if (!(c === 46 || c === 32 || c === 90 || c === 43)) return NaN
  }
  if (h > 23 || mi > 59 || se > 59) return NaN
  return h * 3600 + mi * 60 + se
}
