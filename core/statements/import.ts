// Import of one statement file into the normalised table: decode, find the header below any preamble,
// map the columns (preset or saved mapping), read every row, and ignore footer lines after the last
// transaction. Any bad row stops the import with an error naming the file and line: a file is imported
// whole or not at all.
import { ByteRecord, Interner, OpenQuote, scanRecord, StringRecord, type RecordView } from './bytes'
import { decodeText, detectEncoding } from './encoding'
import { guessSeparator, scanCsv, UnterminatedQuote } from './csv'
import { StatementError } from './errors'
import {
  detectLayout, DIRECTION_NONE, FAILED_STATUS, FIELD_LABELS, layoutProblems, type ColumnMapping, type Field, type ResolvedLayout
} from './layout'
import { DIR_IN, DIR_NONE, DIR_OUT, TextColumn, TransactionTable } from './table'

/** Largest statement file accepted (bytes). Larger exports must be split by period. */
export const MAX_STATEMENT_BYTES = 512 * 1024 * 1024
/** Records searched for the header line. */
const HEADER_SEARCH = 80

export interface ImportOptions {
  mapping?: ColumnMapping
  maxBytes?: number
  /** called with the fraction done, every 65,536 rows */
  onProgress?: (fraction: number) => void
  /** polled every 65,536 rows; returning true abandons the import */
  shouldCancel?: () => boolean
}

export interface ImportResult {
  table: TransactionTable
  layout: ResolvedLayout
}

export function checkSize(file: string, size: number, maxBytes = MAX_STATEMENT_BYTES): void {
  if (size === 0) throw new StatementError('empty', file, null, '文件为空', 'the file is empty')
  if (size > maxBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
    throw new StatementError('tooLarge', file, null, `文件过大（${mb(size)}，上限 ${mb(maxBytes)}），请按期间拆分后分别导入`,
      `the file is too large (${mb(size)}, limit ${mb(maxBytes)}); split it by period`)
  }
}

const PREAMBLE_ACCOUNT = /(?:账号|卡号|账户|帐号)\s*[:：]?\s*\[?\s*([0-9][0-9 *]{5,}[0-9*])/

/** Bytes decoded to find the header (the preamble and header must lie within them). */
const HEAD_BYTES = 256 * 1024

/** Import a CSV/TSV statement from its bytes (GBK, GB18030 or UTF-8 with or without BOM). */
export function importCsvBytes(file: string, input: Uint8Array, opts: ImportOptions = {}): ImportResult {
  checkSize(file, input.length, opts.maxBytes)
  // a plain Uint8Array view (a Node Buffer subclass is slower to index in the hot loops)
  const bytes = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.length)
  const encoding = detectEncoding(bytes)
  const bom = encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  // decode the head: whole lines only, unless the file is shorter
  let headEnd = Math.min(bytes.length, HEAD_BYTES)
  if (headEnd < bytes.length) { while (headEnd > 0 && bytes[headEnd - 1] !== 10) headEnd--; if (headEnd === 0) headEnd = Math.min(bytes.length, HEAD_BYTES) }
  let head: string
  try {
    head = decodeText(bytes.subarray(0, headEnd), file, encoding)
  } catch (e) {
    // a multibyte character cut at the very end: the file is truncated, not in another encoding
    if (e instanceof StatementError && e.code === 'encoding' && headEnd === bytes.length && bytes.length > 1) {
      let ok = false
      try { new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom, bytes.length - 1)); ok = true } catch { /* not that */ }
      if (ok) {
        let line = 1
        for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 10) line++
        throw new StatementError('truncated', file, line, '文件不完整（最后一个字符被截断），请重新导出', 'the file is truncated (its last character is cut); export it again')
      }
    }
    throw e
  }
  if (headEnd === bytes.length && head.trim() === '') throw new StatementError('empty', file, null, '文件为空（没有任何内容）', 'the file is empty')
  const sep = guessSeparator(head)
  const records: string[][] = []
  try {
    scanCsv(head, (f) => { records.push([...f]); return records.length < HEADER_SEARCH }, sep)
  } catch (e) {
    if (!(e instanceof UnterminatedQuote)) throw e
    if (headEnd === bytes.length) throw truncated(file, e.line)
  }
  const layout = resolve(file, records, opts.mapping, encoding)
  const b = new RowBuilder(file, layout, bytes.length, encoding, opts)
  b.findAccount(records.slice(0, layout.headerIndex))
  const r = new ByteRecord(bytes, encoding, file)
  r.hashMask = new Uint8Array(layout.headers.length + 1)
  for (const f of ['account', 'counterpartyName', 'counterpartyAccount', 'counterpartyBank', 'summary', 'channel', 'direction', 'status'] as const) {
    const col = layout.col[f]
    if (col !== undefined) r.hashMask[col] = 1
  }
  b.resetBytes(bytes)
  let pos = bom
  let line = 1
  let index = 0
  let lastEnded = true
  let lastCount = 0
  let lastLine = 0
  try {
    while (pos < bytes.length) {
      r.line = line
      pos = scanRecord(r, pos, sep)
      line += r.lines
      lastEnded = r.endedWithNewline
      if (index++ <= layout.headerIndex) continue
      lastCount = r.count
      lastLine = r.line
      b.add(r, pos)
    }
  } catch (e) {
    if (e instanceof OpenQuote) throw truncated(file, e.line)
    throw e
  }
  if (!lastEnded && lastLine > 0 && lastCount < layout.headers.length && b.lastDataLine === lastLine) throw truncated(file, lastLine)
  return { table: b.finish(), layout }
}

/** Import rows already split into cells (a spreadsheet's first sheet). `lines[i]` is the sheet row of `records[i]`. */
export function importRecords(file: string, records: string[][], size: number, opts: ImportOptions = {}, lines?: number[]): ImportResult {
  if (records.every((r) => r.every((c) => c.trim() === ''))) throw new StatementError('empty', file, null, '表格为空（没有任何内容）', 'the sheet is empty')
  const layout = resolve(file, records.slice(0, HEADER_SEARCH), opts.mapping, 'xlsx')
  const b = new RowBuilder(file, layout, records.length, 'xlsx', opts)
  const meta = b.table.files[0]
  if (meta) meta.size = size
  b.findAccount(records.slice(0, layout.headerIndex))
  const view = new StringRecord()
  for (let i = layout.headerIndex + 1; i < records.length; i++) {
    view.fields = records[i] as string[]
    view.line = lines?.[i] ?? i + 1
    b.add(view, i)
  }
  return { table: b.finish(), layout }
}

/** The first records of a CSV file as text (for the column-mapping step); at most `n` records. */
export function previewCsv(bytes: Uint8Array, n = 30): string[][] {
  const end = Math.min(bytes.length, HEAD_BYTES)
  let text: string
  try {
    text = new TextDecoder(detectEncoding(bytes)).decode(bytes.subarray(0, end))
  } catch {
    return []
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const out: string[][] = []
  try { scanCsv(text, (f) => { out.push([...f]); return out.length < n }) } catch { /* an open quote in the sample: keep what was read */ }
  return out
}

/**
 * Import with a fallback: the automatic layout first; when no header is found and a mapping is given, the mapping.
 * `records` set = a spreadsheet's cells, otherwise CSV bytes.
 */
export function importWithFallback(file: string, input: { bytes?: Uint8Array; records?: string[][]; lines?: number[]; size: number },
  opts: ImportOptions = {}): ImportResult {
  const run = (o: ImportOptions) => input.records
    ? importRecords(file, input.records, input.size, o, input.lines)
    : importCsvBytes(file, input.bytes as Uint8Array, o)
  if (!opts.mapping) return run(opts)
  const { mapping, ...auto } = opts
  try {
    return run(auto)
  } catch (e) {
    if (e instanceof StatementError && e.code === 'layout') return run({ ...auto, mapping })
    throw e
  }
}

function truncated(file: string, line: number): StatementError {
  return new StatementError('truncated', file, line, '文件不完整（此行被截断或引号未闭合），请重新导出', 'the file is truncated here (a cut row or an open quote); export it again')
}

function resolve(file: string, head: string[][], mapping: ColumnMapping | undefined, encoding: string): ResolvedLayout {
  const layout = detectLayout(head, mapping)
  if (!layout) {
    const hint = encoding === 'xlsx' ? '' : '；若表头为乱码，可能是文件编码不是 UTF-8/GBK'
    throw new StatementError('layout', file, null, `未找到表头（交易时间、金额等列名），请选择列映射${hint}`,
      'no header row found (交易时间, 金额, …); choose a column mapping (or the encoding is wrong)')
  }
  const problems = layoutProblems(layout)
  if (problems.length) throw new StatementError('layout', file, layout.headerIndex + 1, `表头缺少必需的列：${problems.join('；')}`, 'the header lacks required columns')
  return layout
}

const trim = (s: string) => s.trim()
const account = (s: string) => s.replace(/\s/g, '')

class RowBuilder {
  readonly table: TransactionTable
  /** line of the last transaction row */
  lastDataLine = 0
  private pending: StatementError[] = []
  private fileAccount = ''
  private fileAccountId = 0
  private readonly c: Partial<Record<Field, number>>
  private readonly emptyMeansNone: boolean
  private readonly width: number
  private readonly maxCol: number
  private readonly iAccount: Interner
  private readonly iName: Interner
  private readonly iCp: Interner
  private readonly iBank: Interner
  private readonly iSummary: Interner
  private readonly iChannel: Interner
  private readonly iFlag = new Interner(new TextColumn(16))
  private readonly iStatus = new Interner(new TextColumn(16))
  private readonly flagDir: number[] = []
  private readonly statusFailed: boolean[] = []
  private nextTick = 0

  constructor(private readonly file: string, private readonly layout: ResolvedLayout, private readonly size: number,
    encoding: string, private readonly opts: ImportOptions) {
    // rows are rarely under 60 bytes: start near the final size instead of growing from small
    this.table = new TransactionTable(encoding === 'xlsx' ? Math.max(16, size) : Math.min(1 << 24, Math.max(4096, Math.ceil(size / 80))))
    this.c = layout.col
    this.emptyMeansNone = layout.preset === 'alipay' || layout.preset === 'wechat'
    this.width = layout.headers.length
    this.maxCol = Math.max(...(Object.values(this.c) as number[]))
    const t = this.table
    this.iAccount = new Interner(t.account, account)
    this.iName = new Interner(t.counterpartyName, trim)
    this.iCp = new Interner(t.counterpartyAccount, account)
    this.iBank = new Interner(t.counterpartyBank, trim)
    this.iSummary = new Interner(t.summary, trim)
    this.iChannel = new Interner(t.channel, trim)
    t.files.push({ name: file, size, encoding, preset: layout.preset, headerLine: layout.headerIndex + 1, rows: 0, account: null })
    if (opts.mapping?.account) this.setAccount(opts.mapping.account)
  }

  private setAccount(a: string): void {
    this.fileAccount = account(a)
    this.fileAccountId = this.table.account.intern(this.fileAccount)
  }

  resetBytes(bytes: Uint8Array): void {
    for (const i of [this.iAccount, this.iName, this.iCp, this.iBank, this.iSummary, this.iChannel, this.iFlag, this.iStatus]) i.reset(bytes)
  }

  findAccount(preamble: string[][]): void {
    if (this.fileAccount) return
    for (const r of preamble) {
      const m = PREAMBLE_ACCOUNT.exec(r.join(' '))
      if (m) { this.setAccount(m[1] as string); return }
    }
  }

  private err(line: number, zh: string, en: string, code: 'number' | 'date' = 'number'): StatementError {
    return new StatementError(code, this.file, line, zh, en)
  }

  /** `progress` = bytes (CSV) or records (sheet) consumed so far */
  add(r: RecordView, progress: number): void {
    if (progress >= this.nextTick) {
      this.nextTick = progress + Math.max(1, Math.floor(this.size / 64))
      if (this.opts.shouldCancel?.()) throw new StatementError('cancelled', this.file, r.line, '导入已取消', 'import cancelled')
      this.opts.onProgress?.(Math.min(1, progress / Math.max(1, this.size)))
    }
    if (r.blank()) return
    const c = this.c
    const line = r.line
    // time
    let t: number
    if (c.dateTime !== undefined) t = r.dateTime(c.dateTime)
    else {
      t = r.dateTime(c.date as number)
      if (!Number.isNaN(t) && c.time !== undefined) {
        const tod = r.timeOfDay(c.time)
        if (Number.isNaN(tod)) {
          const full = r.dateTime(c.time)
          if (!Number.isNaN(full)) t = full
          else { this.defer(this.err(line, `交易时间“${r.str(c.time).trim()}”无法识别`, `time "${r.str(c.time).trim()}" is not a time`, 'date')); return }
        } else t += tod
      }
    }
    if (Number.isNaN(t)) {
      const shown = r.str((c.dateTime ?? c.date) as number).trim()
      this.defer(this.err(line, `交易日期“${shown}”无法识别`, `date "${shown}" is not a date`, 'date'))
      return
    }
    // a data row after rows that were not: those rows were not a footer after all
    if (this.pending.length) throw this.pending[0] as StatementError
    // a CSV row with fewer cells than the mapped columns is malformed; a spreadsheet simply omits empty trailing cells
    if (r.count <= this.maxCol && !(r instanceof StringRecord)) {
      throw this.err(line, `列数不足（${r.count} 列，表头有 ${this.width} 列）`, `too few cells (${r.count}, the header has ${this.width})`)
    }
    // amount and direction
    let amount: number
    let dir: number
    if (c.inAmount !== undefined || c.outAmount !== undefined) {
      const inV = this.fen(r, 'inAmount')
      const outV = this.fen(r, 'outAmount')
      if (inV && outV) throw this.err(line, '同一行收入（贷方）与支出（借方）均有金额', 'both the credit and the debit cell hold an amount')
      if (inV) { amount = Math.abs(inV); dir = inV > 0 ? DIR_IN : DIR_OUT }
      else if (outV) { amount = Math.abs(outV); dir = outV > 0 ? DIR_OUT : DIR_IN }
      else if (c.amount !== undefined) { const a = this.fen(r, 'amount') ?? 0; amount = Math.abs(a); dir = this.flag(r, a) }
      else { amount = 0; dir = DIR_NONE }
    } else {
      const a = this.fen(r, 'amount')
      if (a === null) throw this.err(line, `${FIELD_LABELS.amount}为空`, 'the amount cell is empty')
      amount = Math.abs(a)
      dir = this.flag(r, a)
    }
    if (c.status !== undefined && dir !== DIR_NONE) {
      const id = r.text(c.status, this.iStatus)
      let failed = this.statusFailed[id]
      if (failed === undefined) {
        const s = this.iStatus.column.dict[id] as string
        failed = s === '否' || FAILED_STATUS.some((w) => w !== '否' && s.includes(w))
        this.statusFailed[id] = failed
      }
      if (failed) dir = DIR_NONE
    }
    const bal = c.balance !== undefined ? this.fen(r, 'balance') : null
    let acc = this.fileAccountId
    if (c.account !== undefined) { const id = r.text(c.account, this.iAccount); if (id !== 0) acc = id }
    this.table.push(t, amount, dir, bal ?? NaN, acc,
      c.counterpartyName !== undefined ? r.text(c.counterpartyName, this.iName) : 0,
      c.counterpartyAccount !== undefined ? r.text(c.counterpartyAccount, this.iCp) : 0,
      c.counterpartyBank !== undefined ? r.text(c.counterpartyBank, this.iBank) : 0,
      c.summary !== undefined ? r.text(c.summary, this.iSummary) : 0,
      c.channel !== undefined ? r.text(c.channel, this.iChannel) : 0, 0, line)
    this.lastDataLine = line
  }

  private defer(reason: StatementError): void {
    // before any transaction a row without a date is an error at once; after, it may be a footer line
    if (this.table.length === 0) throw reason
    this.pending.push(reason)
  }

  private fen(r: RecordView, f: Field): number | null {
    const col = this.c[f]
    if (col === undefined) return null
    const v = r.fen(col)
    if (v !== null && Number.isNaN(v)) {
      const raw = r.str(col).trim()
      throw this.err(r.line, `${FIELD_LABELS[f]}“${raw}”不是有效金额（第 ${col + 1} 列“${this.layout.headers[col]}”）`,
        `${f} "${raw}" is not a number (column ${col + 1})`)
    }
    return v
  }

  private flag(r: RecordView, signed: number): number {
    const sign = signed > 0 ? DIR_IN : signed < 0 ? DIR_OUT : DIR_NONE
    if (this.c.direction === undefined) return sign
    const id = r.text(this.c.direction, this.iFlag)
    let d = this.flagDir[id]
    if (d === undefined) {
      const raw = this.iFlag.column.dict[id] as string
      const v = raw.toUpperCase()
      if (this.layout.directionIn.has(v)) d = DIR_IN
      else if (this.layout.directionOut.has(v)) d = DIR_OUT
      else if (v === '') d = -1
      else if (DIRECTION_NONE.includes(raw)) d = DIR_NONE
      else throw this.err(r.line, `借贷/收支标志“${raw}”无法识别（应为 借/贷、收/支、进/出、转入/转出 之一）`, `direction flag "${raw}" is not recognised`)
      this.flagDir[id] = d
    }
    if (d === -1) return this.emptyMeansNone ? DIR_NONE : sign
    return d
  }

  finish(): TransactionTable {
    const f = this.table.files[0]
    if (f) { f.rows = this.table.length; f.account = this.fileAccount || (this.table.length ? this.table.account.get(0) || null : null) }
    if (this.table.length === 0) throw new StatementError('empty', this.file, null, '文件中没有交易记录（只有表头或说明行）', 'the file holds no transactions')
    this.opts.onProgress?.(1)
    return this.table
  }
}
