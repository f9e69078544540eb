// The hot path of CSV import: a byte-level scanner. GBK, GB18030 and UTF-8 never use the bytes of
// ',', '"', CR or LF inside a multibyte character (GBK trail bytes are 0x40–0xFE, UTF-8 continuation
// bytes 0x80–0xBF), so records and fields are found on the raw bytes without decoding the file.
// Amounts and times are parsed from the ASCII digits directly; text cells are interned by their bytes
// and each distinct value is decoded once. Anything unusual falls back to the general parsers in
// values.ts, so the fast path never changes a result, only the time it takes.
import { StatementError } from './errors'
import type { TextColumn } from './table'
import { daysOf, parseDateTime, parseFen, parseTimeOfDay, validDate } from './values'

/** One record's cells, read through either the byte scanner or an array of strings (spreadsheets). */
export interface RecordView {
  readonly count: number
  line: number
  blank(): boolean
  /** the cell as text (untrimmed); '' past the end */
  str(c: number): string
  /** amount in fen; null if empty; NaN if not a number */
  fen(c: number): number | null
  /** wall seconds of a date or date-time cell; NaN if not a date */
  dateTime(c: number): number
  /** seconds since midnight; 0 if empty; NaN if not a time */
  timeOfDay(c: number): number
  /** the trimmed cell interned in `col` */
  text(c: number, col: Interner): number
}

/** Interns cells of one text column: by their bytes on the fast path, by their string otherwise. */
export class Interner {
  private slots = new Int32Array(1 << 12)
  private starts = new Int32Array(1 << 11)
  private lens = new Int32Array(1 << 11)
  private ids = new Int32Array(1 << 11)
  private hashes = new Int32Array(1 << 11)
  private n = 0
  bytes: Uint8Array = new Uint8Array(0)
  constructor(readonly column: TextColumn, readonly normalise: (s: string) => string = (s) => s.trim()) {}

  /** forget the byte entries (they point into the previous file's bytes) */
  reset(bytes: Uint8Array): void {
    this.bytes = bytes
    this.slots.fill(0)
    this.n = 0
  }

  internString(s: string): number {
    return this.column.intern(this.normalise(s))
  }

  /** `hash`: the FNV-1a hash of bytes s..e when the caller already has it */
  internBytes(s: number, e: number, decode: (s: number, e: number) => string, hash?: number): number {
    const b = this.bytes
    let h = -2128831035 // FNV-1a offset basis as int32
    if (hash !== undefined) h = hash
    else for (let i = s; i < e; i++) h = Math.imul(h ^ (b[i] as number), 16777619)
    const slots = this.slots
    const mask = slots.length - 1
    let p = (h ^ (h >>> 15)) & mask
    const len = e - s
    for (;;) {
      const slot = slots[p] as number
      if (slot === 0) break
      const k = slot - 1
      if (this.hashes[k] === h && this.lens[k] === len) {
        const o = (this.starts[k] as number) - s
        let same = true
        for (let i = s; i < e; i++) if (b[i] !== b[i + o]) { same = false; break }
        if (same) return this.ids[k] as number
      }
      p = (p + 1) & mask
    }
    const id = this.column.intern(this.normalise(decode(s, e)))
    if (this.n === this.starts.length) {
      const grow = (a: Int32Array) => { const x = new Int32Array(a.length * 2); x.set(a); return x }
      this.starts = grow(this.starts)
      this.lens = grow(this.lens)
      this.ids = grow(this.ids)
      this.hashes = grow(this.hashes)
    }
    const k = this.n++
    this.hashes[k] = h
    this.starts[k] = s
    this.lens[k] = len
    this.ids[k] = id
    this.slots[p] = k + 1
    if (this.n * 2 > this.slots.length) this.rehash()
    return id
  }

  private rehash(): void {
    const size = this.slots.length * 2
    this.slots = new Int32Array(size)
    const mask = size - 1
    for (let k = 0; k < this.n; k++) {
      const h = this.hashes[k] as number
      let p = (h ^ (h >>> 15)) & mask
      while (this.slots[p] !== 0) p = (p + 1) & mask
      this.slots[p] = k + 1
    }
  }
}

const FALLBACK = -1

/** Record view over strings (spreadsheet rows). */
export class StringRecord implements RecordView {
  line = 0
  constructor(public fields: string[] = []) {}
  get count(): number { return this.fields.length }
  blank(): boolean { for (const f of this.fields) if (f.trim() !== '') return false; return true }
  str(c: number): string { return this.fields[c] ?? '' }
  fen(c: number): number | null { return parseFen(this.str(c)) }
  dateTime(c: number): number { return parseDateTime(this.str(c)) }
  timeOfDay(c: number): number { return parseTimeOfDay(this.str(c).trim()) }
  text(c: number, col: Interner): number { return col.internString(this.str(c)) }
}

/** Record view over the bytes of a CSV file, filled by `scanRecord`. */
export class ByteRecord implements RecordView {
  line = 0
  count = 0
  /** line breaks consumed by the last scan, and whether it ended at one */
  lines = 0
  endedWithNewline = false
  fs = new Int32Array(256)
  fe = new Int32Array(256)
  /** 1 when the cell was quoted and holds an escaped quote ("") */
  fq = new Uint8Array(256)
  /** FNV-1a hash of each unquoted cell of a column marked in `hashMask` */
  fh = new Int32Array(256)
  /** 1 for the columns whose cells are interned as text (set by the importer) */
  hashMask: Uint8Array = new Uint8Array(0)
  private readonly decoder: InstanceType<typeof TextDecoder>
  constructor(readonly bytes: Uint8Array, encoding: string, readonly file: string) {
    this.decoder = new TextDecoder(encoding, { fatal: true })
  }

  decode = (s: number, e: number): string => {
    try {
      return this.decoder.decode(this.bytes.subarray(s, e))
    } catch {
      throw new StatementError('encoding', this.file, this.line, '此行含有无法按文件编码解读的字节（文件编码有误或文件已损坏）',
        'this line holds bytes invalid in the file\'s encoding (wrong encoding or a damaged file)')
    }
  }

  blank(): boolean {
    const b = this.bytes
    for (let c = 0; c < this.count; c++) for (let i = this.fs[c] as number; i < (this.fe[c] as number); i++) if (b[i] !== 32 && b[i] !== 9) return false
    return true
  }

  str(c: number): string {
    if (c >= this.count) return ''
    const s = this.decode(this.fs[c] as number, this.fe[c] as number)
    return this.fq[c] ? s.replace(/""/g, '"') : s
  }

  fen(c: number): number | null {
    if (c >= this.count) return null
    const b = this.bytes
    let i = this.fs[c] as number
    let e = this.fe[c] as number
    while (i < e && b[i] === 32) i++
    while (e > i && b[e - 1] === 32) e--
    if (i === e) return null
    let neg = false
    if (b[i] === 45) { neg = true; i++ } else if (b[i] === 43) i++
    let v = 0
    let digits = 0
    let frac = -1
    for (; i < e; i++) {
      const x = b[i] as number
      if (x >= 48 && x <= 57) {
        if (frac >= 0) { if (frac === 2) return this.slowFen(c); frac++ }
        v = v * 10 + (x - 48)
        digits++
      } else if (x === 44 && frac < 0) continue
      else if (x === 46 && frac < 0) frac = 0
      else return this.slowFen(c)
    }
    if (digits === 0 || digits > 15) return this.slowFen(c)
    if (frac <= 0) v *= 100
    else if (frac === 1) v *= 10
    return neg ? -v : v
  }

  private slowFen(c: number): number | null {
    return parseFen(this.str(c))
  }

  /** digits at i..i+n as a number, or -1 */
  private num(i: number, n: number): number {
    const b = this.bytes
    let v = 0
    for (let k = 0; k < n; k++) {
      const x = (b[i + k] as number) - 48
      if (x < 0 || x > 9) return FALLBACK
      v = v * 10 + x
    }
    return v
  }

  /** time of day at i..e: HH:MM:SS, HH:MM or HHMMSS; FALLBACK when another form */
  private tod(i: number, e: number): number {
    const b = this.bytes
    const len = e - i
    let h: number, m: number, s: number
    if (len === 8 && b[i + 2] === 58 && b[i + 5] === 58) { h = this.num(i, 2); m = this.num(i + 3, 2); s = this.num(i + 6, 2) }
    else if (len === 6) { h = this.num(i, 2); m = this.num(i + 2, 2); s = this.num(i + 4, 2) }
    else if (len === 5 && b[i + 2] === 58) { h = this.num(i, 2); m = this.num(i + 3, 2); s = 0 }
    else return FALLBACK
    if (h < 0 || m < 0 || s < 0 || h > 23 || m > 59 || s > 59) return FALLBACK
    return h * 3600 + m * 60 + s
  }

  dateTime(c: number): number {
    if (c >= this.count) return NaN
    const b = this.bytes
    let i = this.fs[c] as number
    let e = this.fe[c] as number
    while (i < e && b[i] === 32) i++
    while (e > i && b[e - 1] === 32) e--
    let y: number, mo: number, d: number, rest: number
    const sep = b[i + 4]
    if (e - i >= 10 && (sep === 45 || sep === 47) && b[i + 7] === sep) {
      y = this.num(i, 4); mo = this.num(i + 5, 2); d = this.num(i + 8, 2); rest = i + 10
    } else if (e - i >= 8 && sep !== undefined && sep >= 48 && sep <= 57) {
      y = this.num(i, 4); mo = this.num(i + 4, 2); d = this.num(i + 6, 2); rest = i + 8
    } else return parseDateTime(this.str(c))
    if (y < 0 || mo < 0 || d < 0 || !validDate(y, mo, d)) return parseDateTime(this.str(c))
    let t = 0
    if (rest < e) {
      if (b[rest] === 32 || b[rest] === 84) rest++
      t = this.tod(rest, e)
      if (t === FALLBACK) return parseDateTime(this.str(c))
    }
    return daysOf(y, mo, d) * 86400 + t
  }

  timeOfDay(c: number): number {
    if (c >= this.count) return 0
    const b = this.bytes
    let i = this.fs[c] as number
    let e = this.fe[c] as number
    while (i < e && b[i] === 32) i++
    while (e > i && b[e - 1] === 32) e--
    if (i === e) return 0
    const t = this.tod(i, e)
    return t === FALLBACK ? parseTimeOfDay(this.str(c).trim()) : t
  }

  text(c: number, col: Interner): number {
    if (c >= this.count) return 0
    if (this.fq[c]) return col.internString(this.str(c))
    const b = this.bytes
    const s0 = this.fs[c] as number
    const e0 = this.fe[c] as number
    let i = s0
    let e = e0
    while (i < e && (b[i] === 32 || b[i] === 9)) i++
    while (e > i && (b[e - 1] === 32 || b[e - 1] === 9)) e--
    if (i === e) return 0
    const hashed = i === s0 && e === e0 && c < this.hashMask.length && this.hashMask[c] === 1
    return hashed ? col.internBytes(i, e, this.decode, this.fh[c] as number) : col.internBytes(i, e, this.decode)
  }
}

export class OpenQuote extends Error {
  constructor(readonly line: number) {
    super('unterminated quote')
  }
}

/**
 * Scan one record starting at byte `pos` into `r`; returns the position after it (after its line end).
 * Sets `r.lines` to the line breaks consumed and `r.endedWithNewline`.
 */
export function scanRecord(r: ByteRecord, pos: number, sep: number): number {
  const b = r.bytes
  const n = b.length
  let c = 0
  let lines = 0
  let i = pos
  for (;;) {
    if (c === r.fs.length) {
      const g = (a: Int32Array) => { const x = new Int32Array(a.length * 2); x.set(a); return x }
      r.fs = g(r.fs)
      r.fe = g(r.fe)
      r.fh = g(r.fh)
      const q = new Uint8Array(r.fq.length * 2)
      q.set(r.fq)
      r.fq = q
    }
    if (b[i] === 34) {
      let j = i + 1
      let esc = 0
      for (;;) {
        if (j >= n) throw new OpenQuote(r.line)
        const x = b[j]
        if (x === 34) {
          if (b[j + 1] === 34) { esc = 1; j += 2; continue }
          break
        }
        if (x === 10) lines++
        j++
      }
      r.fs[c] = i + 1
      r.fe[c] = j
      r.fq[c] = esc
      j++
      // text after the closing quote up to the separator is ignored unless it is not blank
      while (j < n) { const x = b[j]; if (x === sep || x === 10 || x === 13) break; j++ }
      i = j
    } else if (c < r.hashMask.length && r.hashMask[c] === 1) {
      // a text cell: its FNV-1a hash is taken on the way (the interner then need not read it again)
      let j = i
      let h = -2128831035
      while (j < n) { const x = b[j] as number; if (x === sep || x === 10 || x === 13) break; h = Math.imul(h ^ x, 16777619); j++ }
      r.fs[c] = i
      r.fe[c] = j
      r.fq[c] = 0
      r.fh[c] = h
      i = j
    } else {
      let j = i
      while (j < n) { const x = b[j]; if (x === sep || x === 10 || x === 13) break; j++ }
      r.fs[c] = i
      r.fe[c] = j
      r.fq[c] = 0
      i = j
    }
    c++
    if (i >= n) { r.count = c; r.lines = lines; r.endedWithNewline = false; return n }
    const x = b[i]
    if (x === sep) {
      i++
      if (i >= n) { r.fs[c] = n; r.fe[c] = n; r.fq[c] = 0; r.count = c + 1; r.lines = lines; r.endedWithNewline = false; return n }
      continue
    }
    if (x === 13) { i++; if (b[i] === 10) i++ } else i++
    r.count = c
    r.lines = lines + 1
    r.endedWithNewline = true
    return i
  }
}
