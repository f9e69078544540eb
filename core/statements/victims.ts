// Victims' reported transfers (被害人陈述/报案材料): entered by the user or imported from a CSV with the
// header 被害人,转账时间,金额,付款账号 (转账时间 as YYYY-MM-DD HH:MM:SS; 金额 in yuan).
import { decodeText } from './encoding'
import { scanCsv, UnterminatedQuote } from './csv'
import { StatementError } from './errors'
import { normaliseHeader } from './layout'
import { parseDateTime, parseFen } from './values'

export interface Victim {
  name: string
  /** wall-clock seconds (values.ts) */
  time: number
  amountFen: number
  payerAccount: string
  /** where it came from: file and line, or "手工录入" */
  source: string
  line: number | null
}

const COLUMNS = ['被害人', '转账时间', '金额', '付款账号'] as const

export function parseVictimsCsv(file: string, bytes: Uint8Array): Victim[] {
  if (bytes.length === 0) throw new StatementError('empty', file, null, '被害人名单文件为空', 'the victims file is empty')
  const text = decodeText(bytes, file)
  const out: Victim[] = []
  let col: number[] | null = null
  try {
    scanCsv(text, (f, line) => {
      if (f.every((c) => c.trim() === '')) return
      if (!col) {
        const h = f.map(normaliseHeader)
        col = COLUMNS.map((c) => h.indexOf(c === '金额' ? (h.includes('金额') ? '金额' : '金额(元)') : c))
        const missing = COLUMNS.filter((_, i) => (col as number[])[i] as number < 0)
        if (missing.length) {
          throw new StatementError('victims', file, line, `表头缺少列：${missing.join('、')}（应为 被害人,转账时间,金额,付款账号）`,
            `the header lacks ${missing.join(', ')} (expected 被害人,转账时间,金额,付款账号)`)
        }
        return
      }
      const cell = (k: number) => (f[(col as number[])[k] as number] ?? '').trim()
      const t = parseDateTime(cell(1))
      if (Number.isNaN(t)) throw new StatementError('victims', file, line, `转账时间“${cell(1)}”无法识别（应为 YYYY-MM-DD HH:MM:SS）`, `转账时间 "${cell(1)}" is not YYYY-MM-DD HH:MM:SS`)
      const a = parseFen(cell(2))
      if (a === null || Number.isNaN(a) || a <= 0) throw new StatementError('number', file, line, `金额“${cell(2)}”不是有效的正数金额`, `金额 "${cell(2)}" is not a positive amount`)
      if (!cell(3)) throw new StatementError('victims', file, line, '付款账号为空', '付款账号 is empty')
      out.push({ name: cell(0) || `被害人${out.length + 1}`, time: t, amountFen: a, payerAccount: cell(3).replace(/\s/g, ''), source: file, line })
    })
  } catch (e) {
    if (e instanceof UnterminatedQuote) throw new StatementError('truncated', file, e.line, '文件不完整（引号未闭合）', 'the file is truncated (open quote)')
    throw e
  }
  if (!col) throw new StatementError('empty', file, null, '被害人名单文件为空', 'the victims file is empty')
  return out
}
