// The one parser for amounts, counts and dates as Chinese legal text and its readers write them.
// Pure: no I/O, no clock. Used by the facts form (every amount and date field), the text extractor and the CLI.
//
//   amounts  42000 · 42,000 · ４２０００ · 4.2万 · 4.2万元 · 四万二千 · 四万二 · 二十三万余 · 一千九百余万 · 1900余万元 ·
//            人民币12万余元 · 1.5亿 · 壹万贰仟元
//   counts   36 · 三十六 · 36张 · 500余个
//   dates    2001年3月5日 · 2001.3.5 · 2001/03/05 · 2001-03-05 · 20010305 · 二〇〇一年三月五日 · 2021年3月 (month) ·
//            2019年11月初 (month, part) · 2021年 (year)
//
// Every result says what was read: the value in the field's own unit (元 for money), the magnitude the writer
// used (万元 …), and whether the figure is approximate (余/多/以上: a lower bound; 约/左右: about). A unit is never
// changed silently: "4.2万" is 42,000 元 and says so (see describeAmount). Invalid input → a Chinese-first error.
import { normalizeText } from './normalize'

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** How a written figure relates to the true one. */
export type Approximation = 'exact' | 'lowerBound' | 'about'

export interface ParsedNumber {
  value: number
  approximation: Approximation
  /** the largest multiplier the writer used: 1, 10, 100, 1000, 1e4 (万), 1e8 (亿), 1e12 (万亿) */
  magnitude: number
}

export interface ParsedAmount extends ParsedNumber {
  /** always yuan: the unit of every amount field of the matter format */
  unit: '元'
  /** how the writer expressed it: 元, 万元 or 亿元 (null when no unit was written) */
  writtenUnit: '元' | '万元' | '亿元' | null
}

export interface ParsedCount extends ParsedNumber {
  /** the measure word written after the number (张, 个, 套 …), null if none */
  measure: string | null
}

export type DatePrecision = 'day' | 'month' | 'year'
export type MonthPart = '初' | '上旬' | '中旬' | '下旬' | '底'

export interface ParsedDate {
  year: number
  month: number | null
  day: number | null
  precision: DatePrecision
  /** with month precision, the part of the month the writer named (2019年11月初), if any */
  part: MonthPart | null
  /**
   * The date as the matter format stores it (YYYY-MM-DD). With month precision it is the first day of the
   * month, with year precision the first of January: the reader must be told (precision ≠ 'day').
   */
  iso: string
}

// ---------------------------------------------------------------- shared tables
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 幺: 1
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const BIG_UNITS: Record<string, bigint> = { 万: 10_000n, 亿: 100_000_000n }

/** Characters that may appear inside a written number (after normalizeText). */
export const NUMBER_CHARS = '0-9.,零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟余多'

const SCALE = 1_000_000n // values are computed as integers in millionths, so 4.2万 is exactly 42000
const MAX_DECIMALS = 6

const err = (zh: string, en: string, input: string): { ok: false; error: string } => ({
  ok: false,
  error: `${zh}：“${input.length > 40 ? `${input.slice(0, 40)}…` : input}” / ${en}`
})

// ---------------------------------------------------------------- numbers
type Token = { kind: 'num'; micros: bigint; digit: boolean } | { kind: 'small'; unit: number } | { kind: 'big'; unit: bigint }

function arabicMicros(s: string): bigint | null {
  let t = s
  if (t.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return null
    t = t.replace(/,/g, '')
  }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t)
  if (!m) return null
  const frac = m[2] ?? ''
  if (frac.length > MAX_DECIMALS) return null
  return BigInt(m[1] as string) * SCALE + BigInt((frac + '000000').slice(0, MAX_DECIMALS))
}

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = []
  let i = 0
  while (i < s.length) {
    const ch = s[i] as string
    if (/[0-9]/.test(ch)) {
      const m = /^[0-9][0-9,]*(?:\.[0-9]+)?/.exec(s.slice(i))
      const text = (m as RegExpExecArray)[0]
      const micros = arabicMicros(text)
      if (micros === null) return null
      tokens.push({ kind: 'num', micros, digit: false })
      i += text.length
      continue
    }
    if (ch in DIGITS) tokens.push({ kind: 'num', micros: BigInt(DIGITS[ch] as number) * SCALE, digit: true })
    else if (ch in SMALL_UNITS) tokens.push({ kind: 'small', unit: SMALL_UNITS[ch] as number })
    else if (ch in BIG_UNITS) tokens.push({ kind: 'big', unit: BIG_UNITS[ch] as bigint })
    else return null
    i++
  }
  return tokens
}

/** Evaluate tokens; null when they do not form a number. Returns [micros, magnitude]. */
function evaluate(tokens: Token[]): [bigint, number] | null {
  if (tokens.length === 0) return null
  // A run of bare Chinese digits without any unit (二〇二一, 一〇五) is read digit by digit.
  if (tokens.every((t) => t.kind === 'num' && t.digit) && tokens.length > 1) {
    let v = 0n
    for (const t of tokens) v = v * 10n + (t as { micros: bigint }).micros / SCALE
    return [v * SCALE, 1]
  }
  let total = 0n // completed 亿/万 groups
  let section = 0n // current group below 万
  let num: bigint | null = null
  let lastSmall = 0 // last small unit in the current section (they must descend: 千 > 百 > 十)
  let lastBig = 0n // last big unit (亿 then 万)
  let lastUnit = 0n // multiplier of the unit just before a trailing bare digit (四万二 = 42000)
  let magnitude = 1
  let zeroSeen = false
  let prev: Token | null = null
  for (const t of tokens) {
    if (t.kind === 'num') {
      if (prev?.kind === 'num') {
        // two numbers in a row: only "零" may precede a digit (一千零五)
        if (!(prev.digit && prev.micros === 0n && t.digit)) return null
      }
      if (t.digit && t.micros === 0n) zeroSeen = true
      num = t.micros
    } else if (t.kind === 'small') {
      if (lastSmall !== 0 && t.unit >= lastSmall) return null
      const n = num ?? (prev === null || (prev.kind === 'big') ? SCALE : null) // 十 alone = 10; 一万十 invalid-ish → 10
      if (n === null) return null
      section += n * BigInt(t.unit)
      lastSmall = t.unit
      lastUnit = BigInt(t.unit) / 10n
      magnitude = Math.max(magnitude, t.unit)
      num = null
      zeroSeen = false
    } else {
      if (lastBig !== 0n && t.unit >= lastBig) return null // 万 after 万, 亿 after 万
      const group = section + (num ?? 0n)
      if (group === 0n && num === null) return null // 万 with nothing before it
      total = t.unit === 100_000_000n ? (total + group) * t.unit : total + group * t.unit
      magnitude = Math.max(magnitude, Number(t.unit))
      section = 0n
      num = null
      lastSmall = 0
      lastBig = t.unit
      lastUnit = t.unit / 10n
      zeroSeen = false
    }
    prev = t
  }
  if (num !== null) {
    // a trailing digit right after a unit without 零: 四万二 = 4.2万, 三千五 = 3500, 一百二 = 120
    if (prev?.kind === 'num' && prev.digit && lastUnit > 0n && !zeroSeen && tokens.length >= 3) {
      const before = tokens[tokens.length - 2]
      if (before && before.kind !== 'num') {
        section += (num / SCALE) * lastUnit * SCALE
        num = null
      }
    }
    if (num !== null) section += num
  }
  return [total + section, magnitude]
}

function stripApproximation(s: string): { core: string; approximation: Approximation } | null {
  let core = s
  let approximation: Approximation = 'exact'
  const about = /^(?:约|大约|近)(.+)$/.exec(core) ?? /^(.+?)(?:左右)$/.exec(core)
  if (about) {
    core = about[1] as string
    approximation = 'about'
  }
  const lower = /^(.+?)(?:以上|余|多|许)$/.exec(core)
  if (lower) {
    core = lower[1] as string
    approximation = 'lowerBound'
  }
  // 余/多 between the figure and its magnitude: 1900余万, 二十三万余 handled above, 十余万, 50多万
  const inner = /^(.+?)[余多]([十百千万亿]+)$/.exec(core)
  if (inner) {
    core = `${inner[1] as string}${inner[2] as string}`
    approximation = 'lowerBound'
  }
  if (/[余多]/.test(core)) return null
  if (approximation === 'lowerBound' && /^(?:约|大约)/.test(s)) approximation = 'about'
  return { core, approximation }
}

function prepare(input: string): string {
  return normalizeText(input).replace(/[\s\u00a0]+/g, '').replace(/，/g, ',')
}

/** A plain number as people write it: digits, Chinese numerals, 万/亿, 余/多/约. */
export function parseNumber(input: string): Parsed<ParsedNumber> {
  const r = parseNumberExact(input)
  return r.ok ? { ok: true, value: { value: r.value.value, approximation: r.value.approximation, magnitude: r.value.magnitude } } : r
}

function parseNumberExact(input: string): Parsed<ParsedNumber & { micros: bigint }> {
  const s = prepare(input)
  if (s === '') return err('未填写数字', 'empty number', input)
  if (s.startsWith('-') || s.startsWith('负')) return err('不能为负数', 'cannot be negative', input)
  const a = stripApproximation(s)
  if (!a) return err('无法识别的数字', 'not a recognisable number', input)
  const tokens = tokenize(a.core)
  if (!tokens) return err('无法识别的数字', 'not a recognisable number', input)
  const r = evaluate(tokens)
  if (!r) return err('无法识别的数字', 'not a recognisable number', input)
  const [micros, magnitude] = r
  if (micros > 1_000_000_000_000_000n * SCALE) return err('数字过大', 'number too large', input)
  // whole part and fraction separately, so that large figures stay exact
  const value = Number(micros / SCALE) + Number(micros % SCALE) / 1e6
  return { ok: true, value: { value, approximation: a.approximation, magnitude, micros } }
}

const FOREIGN_CURRENCY = /(美元|美金|港币|港元|欧元|日元|英镑|澳门元|新台币|泰铢|USDT|USD|HKD|EUR|比特币|泰达币)/i

/** An amount of money in yuan. A bare number is yuan; 万/万元/亿元 are multiplied out and reported. */
export function parseAmount(input: string): Parsed<ParsedAmount> {
  let s = prepare(input)
  if (s === '') return err('未填写金额', 'empty amount', input)
  if (FOREIGN_CURRENCY.test(s)) return err('仅支持人民币金额（元），外币请先折算', 'only amounts in yuan (RMB); convert foreign currency first', input)
  s = s.replace(/^(?:人民币|RMB|CNY|¥|￥)/i, '').replace(/^(?:共计|合计|总计|计)/, '')
  let writtenUnit: ParsedAmount['writtenUnit'] = null
  const unit = /^(.+?)(元|块|圆)(?:整|钱)?(左右|以上|余|多)?$/.exec(s)
  if (unit) {
    s = `${unit[1] as string}${unit[3] ?? ''}`
    writtenUnit = '元'
  }
  // 余/多/以上 may follow the unit (12万元余 is rare; 12万余元 common) — both read by parseNumber
  const n = parseNumberExact(s)
  if (!n.ok) return err('无法识别的金额', 'not a recognisable amount', input)
  const { value, approximation, magnitude } = n.value
  if (writtenUnit === '元') {
    const core = s.replace(/(?:以上|余|多|许|左右)+$/, '')
    if (/亿$/.test(core)) writtenUnit = '亿元'
    else if (/万$/.test(core)) writtenUnit = '万元'
  }
  if (n.value.micros % 10_000n !== 0n) return err('金额最多精确到分（两位小数）', 'an amount has at most 2 decimals (fen)', input)
  return { ok: true, value: { value, approximation, magnitude, unit: '元', writtenUnit } }
}

const MEASURES = '张|个|套|部|条|户|人|名|次|台|件|笔|家|起|组|枚|块|只'

/** A count: a whole number, optionally with a measure word (36张, 三十六个, 500余个). */
export function parseCount(input: string): Parsed<ParsedCount> {
  let s = prepare(input)
  if (s === '') return err('未填写数量', 'empty count', input)
  let measure: string | null = null
  const m = new RegExp(`^(.+?)(${MEASURES})$`).exec(s)
  if (m) {
    s = m[1] as string
    measure = m[2] as string
  }
  const n = parseNumber(s)
  if (!n.ok) return err('无法识别的数量', 'not a recognisable count', input)
  if (!Number.isInteger(n.value.value)) return err('数量应为整数', 'a count must be a whole number', input)
  return { ok: true, value: { ...n.value, measure } }
}

// ---------------------------------------------------------------- dates
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Chinese year digits (二〇二一) or Arabic. */
function yearOf(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s)
  if (/^[零〇一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => DIGITS[c]).join(''))
  return null
}

/** Month or day: Arabic (03, 3) or Chinese (三, 十二, 二十五, 三十一). */
function smallOf(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s)
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null
  const t = tokenize(s)
  const r = t && evaluate(t)
  return r ? Number(r[0] / SCALE) : null
}

const PARTS: MonthPart[] = ['初', '上旬', '中旬', '下旬', '底']

function buildDate(year: number, month: number | null, day: number | null, part: MonthPart | null, input: string): Parsed<ParsedDate> {
  if (year < 1900 || year > 2100) return err('年份超出范围（1900—2100）', 'year out of range (1900–2100)', input)
  if (month !== null && (month < 1 || month > 12)) return err('月份无效（应为1—12）', 'invalid month (1–12)', input)
  if (day !== null && month !== null && (day < 1 || day > daysIn(year, month))) {
    return err(`日期无效：${year}年${month}月没有${day}日`, `invalid date: ${year}-${pad(month)} has no day ${day}`, input)
  }
  const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year'
  const iso = `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`
  return { ok: true, value: { year, month, day, precision, part, iso } }
}

/** A date as people write it; see the header. Month and year precision are reported, never widened silently. */
export function parseDate(input: string): Parsed<ParsedDate> {
  const s = prepare(input).replace(/^(?:于|在)/, '')
  if (s === '') return err('未填写日期', 'empty date', input)
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (m) return buildDate(Number(m[1]), Number(m[2]), Number(m[3]), null, input)
  m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(s)
  if (m) return buildDate(Number(m[1]), Number(m[2]), Number(m[3]), null, input)
  m = /^(\d{4})[-./](\d{1,2})$/.exec(s)
  if (m) return buildDate(Number(m[1]), Number(m[2]), null, null, input)
  m = /^([0-9零〇一二三四五六七八九]{4})年(?:([0-9一二三四五六七八九十]{1,3})月(?:份)?(?:([0-9一二三四五六七八九十]{1,3})[日号]|(初|上旬|中旬|下旬|底|末))?)?$/.exec(s)
  if (m) {
    const year = yearOf(m[1] as string)
    if (year === null) return err('无法识别的年份', 'unrecognised year', input)
    const month = m[2] !== undefined ? smallOf(m[2]) : null
    if (m[2] !== undefined && month === null) return err('无法识别的月份', 'unrecognised month', input)
    const day = m[3] !== undefined ? smallOf(m[3]) : null
    if (m[3] !== undefined && day === null) return err('无法识别的日', 'unrecognised day', input)
    const partRaw = m[4] === '末' ? '底' : (m[4] as MonthPart | undefined)
    const part = partRaw && PARTS.includes(partRaw) ? partRaw : null
    return buildDate(year, month, day, part, input)
  }
  return err('无法识别的日期，可写作 2001年3月5日、2001.3.5、2001/03/05 或 20010305', 'unrecognised date; write e.g. 2001-03-05', input)
}

// ---------------------------------------------------------------- display
const groupDigits = (v: number): string => {
  const [i, f] = String(v).split('.')
  return `${(i as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${f ? `.${f}` : ''}`
}

const APPROX: Record<'zh' | 'en', Record<Approximation, string>> = {
  zh: { exact: '', lowerBound: '（余：为下限，约数）', about: '（约数）' },
  en: { exact: '', lowerBound: ' (a lower bound: "余/多")', about: ' (approximate)' }
}
const PARTS_EN: Record<MonthPart, string> = { 初: ' (early)', 上旬: ' (first ten days)', 中旬: ' (middle ten days)', 下旬: ' (last ten days)', 底: ' (end)' }

/** What an amount reads as, for showing before it is taken: "42,000 元（即 4.2万元）（余：为下限，约数）". */
export function describeAmount(a: ParsedAmount, lang: 'zh' | 'en' = 'zh'): string {
  const big = a.magnitude >= 1e8
  const inUnit = groupDigits(a.value / (big ? 1e8 : 1e4))
  const shown = a.magnitude >= 10_000 && a.writtenUnit !== '元'
  if (lang === 'en') {
    return `${groupDigits(a.value)} yuan${shown ? ` (${inUnit} ${big ? 'yi' : 'wan'} yuan)` : ''}${APPROX.en[a.approximation]}`
  }
  return `${groupDigits(a.value)} 元${shown ? `（即 ${inUnit}${big ? '亿' : '万'}元）` : ''}${APPROX.zh[a.approximation]}`
}

/** What a date reads as: "2001-03-05", or "2021-03（仅精确到月，按 2021-03-01 记）". */
export function describeDate(d: ParsedDate, lang: 'zh' | 'en' = 'zh'): string {
  if (d.precision === 'day') return d.iso
  if (lang === 'en') {
    return d.precision === 'month'
      ? `${pad(d.year, 4)}-${pad(d.month as number)}${d.part ? PARTS_EN[d.part] : ''} (month only; stored as ${d.iso})`
      : `${pad(d.year, 4)} (year only; stored as ${d.iso})`
  }
  if (d.precision === 'month') return `${pad(d.year, 4)}-${pad(d.month as number)}${d.part ? d.part : ''}（仅精确到月，按 ${d.iso} 记）`
  return `${pad(d.year, 4)}年（仅精确到年，按 ${d.iso} 记）`
}
