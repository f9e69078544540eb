// Spreadsheets: reading a statement's first sheet (.xlsx) into rows of cells for importRecords, and
// writing the annotated rows back out as .xlsx. Both use exceljs (maintained, MIT, no native code,
// reads from and writes to memory, so this module needs no file system). Legacy .xls (BIFF) files are
// refused with a message asking for .xlsx or CSV: the parsers that read BIFF and are published on npm
// carry known, unpatched vulnerabilities when reading crafted files.
import ExcelJS from 'exceljs'
import { StatementError } from './errors'
import { checkSize, importWithFallback, type ImportOptions, type ImportResult } from './import'
import type { StatementAnalysis } from './compute'
import { DIRECTION_NAMES, type TransactionTable } from './table'
import { formatWall } from './values'

const p2 = (n: number) => n.toString().padStart(2, '0')

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (v instanceof Date) {
    // exceljs gives the sheet's wall-clock time as a UTC instant; a time-only cell is a time on 1899-12-30
    const time = `${p2(v.getUTCHours())}:${p2(v.getUTCMinutes())}:${p2(v.getUTCSeconds())}`
    if (v.getUTCFullYear() === 1899 && v.getUTCMonth() === 11 && v.getUTCDate() >= 30) return time
    const s = `${v.getUTCFullYear()}-${p2(v.getUTCMonth() + 1)}-${p2(v.getUTCDate())}`
    const t = v.getUTCHours() * 3600 + v.getUTCMinutes() * 60 + v.getUTCSeconds()
    return t === 0 ? s : `${s} ${time}`
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null)
    if ('text' in v) return String((v as { text: unknown }).text)
    if ('error' in v) return String((v as { error: unknown }).error)
  }
  return String(v)
}

export type FileKind = 'xlsx' | 'xls' | 'text'

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls'
  return 'text'
}

/** Rows of the first non-empty sheet, as text cells, with their 1-based sheet row numbers. */
export async function readXlsxRecords(file: string, bytes: Uint8Array): Promise<{ records: string[][]; lines: number[] }> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (e) {
    throw new StatementError('spreadsheet', file, null, `无法读取 .xlsx 文件（文件损坏或不完整）：${(e as Error).message}`, `cannot read the .xlsx file (damaged or truncated)`)
  }
  const sheet = wb.worksheets.find((w) => w.actualRowCount > 0)
  if (!sheet) throw new StatementError('empty', file, null, '表格为空（没有任何内容）', 'the workbook is empty')
  const records: string[][] = []
  const lines: number[] = []
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: string[] = []
    const vals = row.values as ExcelJS.CellValue[]
    for (let c = 1; c < vals.length; c++) cells.push(cellText(vals[c] ?? null))
    records.push(cells)
    lines.push(n)
  })
  return { records, lines }
}

/** Import any supported statement file from its bytes: CSV/TSV text or .xlsx (a mapping is used when the layout is not recognised). */
export async function importStatement(file: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  checkSize(file, bytes.length, opts.maxBytes)
  const kind = fileKind(bytes)
  if (kind === 'xls') {
    throw new StatementError('spreadsheet', file, null, '不支持旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 或 CSV 后导入',
      'legacy .xls is not supported; save it as .xlsx or CSV')
  }
  if (kind === 'xlsx') {
    const { records, lines } = await readXlsxRecords(file, bytes)
    return importWithFallback(file, { records, lines, size: bytes.length }, opts)
  }
  return importWithFallback(file, { bytes, size: bytes.length }, opts)
}

export const ANNOTATED_HEADERS = [
  '序号', '来源文件', '来源行', '本方账号', '交易时间', '方向', '金额（元）', '余额（元）', '对方户名', '对方账号', '对方开户行', '摘要', '渠道',
  '匹配被害人', '扣除理由', '计入支付结算'
] as const

/** The merged rows with their annotations (matched victim, deduction reason, settlement) as an .xlsx workbook. */
export async function annotatedWorkbook(table: TransactionTable, a: StatementAnalysis): Promise<Uint8Array> {
  const victimOf = new Map<number, string>()
  for (const m of a.victims) if (m.row !== null) victimOf.set(m.row, m.victim.name)
  const reasonOf = new Map(a.deductionReasons.map((r) => [r.row, r.reason]))
  const settle = new Set(a.settlement.rows)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('流水明细')
  ws.addRow([...ANNOTATED_HEADERS])
  ws.getRow(1).font = { bold: true }
  const dirName = { in: '流入', out: '流出', none: '不计收支' } as const
  for (let i = 0; i < table.length; i++) {
    const b = table.balance[i] as number
    ws.addRow([
      i + 1, table.fileName(i), table.line[i], table.account.get(i), formatWall(table.time[i] as number),
      dirName[DIRECTION_NAMES[table.direction[i] as number] ?? 'none'], (table.amount[i] as number) / 100, Number.isNaN(b) ? null : b / 100,
      table.counterpartyName.get(i), table.counterpartyAccount.get(i), table.counterpartyBank.get(i), table.summary.get(i), table.channel.get(i),
      victimOf.get(i) ?? '', reasonOf.get(i) ?? '', settle.has(i) ? '是' : ''
    ])
  }
  ws.getColumn(7).numFmt = '#,##0.00'
  ws.getColumn(8).numFmt = '#,##0.00'
  const buf = await wb.xlsx.writeBuffer()
  return new Uint8Array(buf as ArrayBuffer)
}

/** A sheet of rows (first row = header) as .xlsx bytes; used to build test statements and annex exports. */
export async function rowsToXlsx(rows: (string | number | null)[][], sheetName = 'Sheet1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheetName)
  for (const r of rows) ws.addRow(r)
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}
