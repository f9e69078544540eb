// Layouts of statement exports: the column names each field goes by, the presets recognised
// automatically (bank exports, Alipay and WeChat bills, bank replies to police queries), and the
// column mapping a user saves for a layout the presets do not know.
import { z } from 'zod'

export const FIELDS = [
  'dateTime', 'date', 'time', 'amount', 'inAmount', 'outAmount', 'direction', 'balance', 'account',
  'counterpartyName', 'counterpartyAccount', 'counterpartyBank', 'summary', 'channel', 'status'
] as const
export type Field = (typeof FIELDS)[number]

export const FIELD_LABELS: Record<Field, string> = {
  dateTime: '交易时间（日期与时间）', date: '交易日期', time: '交易时刻', amount: '交易金额', inAmount: '收入（贷方）金额',
  outAmount: '支出（借方）金额', direction: '借贷/收支标志', balance: '余额', account: '本方账号',
  counterpartyName: '对方户名', counterpartyAccount: '对方账号', counterpartyBank: '对方开户行', summary: '摘要',
  channel: '交易渠道', status: '交易状态'
}

/** Header names by field, compared after normalisation (spaces removed, full-width brackets made half-width). */
export const HEADER_NAMES: Record<Field, readonly string[]> = {
  dateTime: ['交易时间', '交易创建时间', '付款时间', '交易日期时间', '记账时间', '交易发生时间', '入账时间'],
  date: ['交易日期', '记账日期', '日期', '入账日期', '交易发生日期'],
  time: ['交易时刻', '时间'],
  amount: ['交易金额', '金额', '金额(元)', '交易金额(元)', '发生额', '交易额'],
  inAmount: ['贷方发生额', '贷方金额', '收入金额', '收入', '存入金额', '存入', '转入金额', '贷方', '收入金额(元)'],
  outAmount: ['借方发生额', '借方金额', '支出金额', '支出', '取出金额', '转出金额', '借方', '支出金额(元)'],
  direction: ['借贷标志', '收/支', '收支', '收付标志', '借贷方向', '资金流向', '收支类型', '交易方向', '出入账标志', '借贷'],
  balance: ['余额', '账户余额', '交易余额', '当前余额', '联机余额', '交易后余额', '余额(元)'],
  account: ['账号', '卡号', '交易卡号', '交易账号', '本方账号', '查询账号', '本方卡号', '账户'],
  counterpartyName: ['对方户名', '交易对方', '对方名称', '对手户名', '交易对手户名', '对方账户名称', '对方姓名', '交易对手名称', '对方账户名'],
  counterpartyAccount: ['对方账号', '对方账户', '对手账号', '交易对手账卡号', '对方卡号', '对方账卡号', '交易对手账号', '对手卡号', '对方账号/卡号'],
  counterpartyBank: ['对方开户行', '对方行名', '对方开户银行', '对手开户银行', '交易对手行名', '对方银行', '对方开户机构', '对方开户网点'],
  summary: ['摘要', '交易摘要', '摘要说明', '商品名称', '商品', '商品说明', '用途', '附言', '交易类型', '类型', '备注'],
  channel: ['交易渠道', '渠道', '交易来源地', '支付方式', '收/付款方式', '交易网点名称', '交易方式', '交易机构名称'],
  status: ['交易状态', '当前状态', '交易是否成功', '交易结果']
}

export const normaliseHeader = (h: string): string =>
  h.replace(/[\s\u3000"']/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/:$/, '')

const HEADER_INDEX: Map<string, Field[]> = (() => {
  const m = new Map<string, Field[]>()
  for (const f of FIELDS) for (const n of HEADER_NAMES[f]) m.set(normaliseHeader(n), [...(m.get(normaliseHeader(n)) ?? []), f])
  return m
})()

export const PRESETS = ['bank', 'alipay', 'wechat', 'police', 'custom'] as const
export type Preset = (typeof PRESETS)[number]
export const PRESET_LABELS: Record<Preset, string> = {
  bank: '银行流水导出', alipay: '支付宝交易明细', wechat: '微信支付账单明细', police: '银行协查回函（公安查询格式）', custom: '自定义列映射'
}

/** Values of a direction column. Matched after trimming; compared case-insensitively. */
export const DIRECTION_IN = ['贷', '收', '收入', '进', '入', '转入', 'C', 'CR', '贷方', '+', '存入', '入账', '来账']
export const DIRECTION_OUT = ['借', '支', '支出', '出', '转出', 'D', 'DR', '借方', '-', '取出', '出账', '往账']
export const DIRECTION_NONE = ['不计收支', '/', '其他', '']
/** A status cell containing one of these words: the transaction did not move money. */
export const FAILED_STATUS = ['失败', '关闭', '撤销', '冲正', '否']

/** A saved column mapping: the header line, and for each field the header name (or column number) it comes from. */
export const columnMappingSchema = z.object({
  name: z.string().min(1, { message: '映射名称不能为空 / mapping name is required' }),
  /** 1-based line of the header within the file (or sheet); null = find it */
  headerLine: z.number().int().min(1).nullable(),
  columns: z.partialRecord(z.enum(FIELDS), z.union([z.string().min(1), z.number().int().min(0)])),
  directionIn: z.array(z.string()).optional(),
  directionOut: z.array(z.string()).optional(),
  /** the account under analysis when the file names it nowhere */
  account: z.string().nullable().optional()
})
export type ColumnMapping = z.infer<typeof columnMappingSchema>

export interface ResolvedLayout {
  preset: Preset
  /** 0-based index of the header record */
  headerIndex: number
  headers: string[]
  /** column index of each mapped field */
  col: Partial<Record<Field, number>>
  directionIn: Set<string>
  directionOut: Set<string>
}

/** Score a record as a header: the number of cells that are known column names. */
export function headerScore(cells: readonly string[]): number {
  let n = 0
  for (const c of cells) if (HEADER_INDEX.has(normaliseHeader(c))) n++
  return n
}

function assign(headers: readonly string[]): Partial<Record<Field, number>> {
  const col: Partial<Record<Field, number>> = {}
  // Exact names in the order of HEADER_NAMES (earlier = preferred), each column used once.
  const used = new Set<number>()
  const norm = headers.map(normaliseHeader)
  for (const f of FIELDS) {
    for (const name of HEADER_NAMES[f]) {
      const idx = norm.findIndex((h, i) => h === normaliseHeader(name) && !used.has(i))
      if (idx >= 0) { col[f] = idx; used.add(idx); break }
    }
  }
  // 交易日期 + 交易时间: the second is a time of day, not a full date-time.
  if (col.date !== undefined && col.dateTime !== undefined && col.time === undefined) { col.time = col.dateTime; delete col.dateTime }
  // Alipay has both 交易创建时间 and 付款时间; keep the first found. A separate 交易类型 is a summary only without 摘要.
  return col
}

function detectPreset(headers: readonly string[], preamble: readonly string[]): Preset {
  const h = new Set(headers.map(normaliseHeader))
  const pre = preamble.join('\n')
  if (/微信支付/.test(pre) || (h.has('交易单号') && h.has('商户单号'))) return 'wechat'
  if (/支付宝/.test(pre) || h.has('交易号') || h.has('交易订单号') || h.has('商家订单号')) return 'alipay'
  if (h.has('交易对手账卡号') || h.has('收付标志') || h.has('交易卡号') || (h.has('借贷标志') && (h.has('交易账号') || h.has('账号') || h.has('卡号')))) return 'police'
  return 'bank'
}

/** Find the header among the first records and map its columns. Returns null when no header is found. */
export function detectLayout(records: readonly (readonly string[])[], mapping?: ColumnMapping): ResolvedLayout | null {
  let headerIndex = -1
  if (mapping?.headerLine != null) headerIndex = mapping.headerLine - 1
  else {
    // the best-scoring record among the first ones; two known names suffice when they are a date and an amount
    let best = 0
    for (let i = 0; i < records.length; i++) {
      const s = headerScore(records[i] as string[])
      if (s <= best || s < 2) continue
      if (s === 2) {
        const col = assign(records[i] as string[])
        if ((col.dateTime ?? col.date) === undefined || (col.amount ?? col.inAmount ?? col.outAmount) === undefined) continue
      }
      best = s
      headerIndex = i
      if (s >= 6) break
    }
  }
  if (headerIndex < 0 || headerIndex >= records.length) return null
  const headers = (records[headerIndex] as string[]).map((c) => c.trim())
  let col = assign(headers)
  let preset = detectPreset(headers, records.slice(0, headerIndex).map((r) => r.join(',')))
  if (mapping) {
    preset = 'custom'
    col = {}
    const norm = headers.map(normaliseHeader)
    for (const [f, v] of Object.entries(mapping.columns) as [Field, string | number][]) {
      const idx = typeof v === 'number' ? v : norm.indexOf(normaliseHeader(v))
      if (idx >= 0 && idx < headers.length) col[f] = idx
    }
  }
  const up = (xs: readonly string[]) => new Set(xs.map((x) => x.trim().toUpperCase()))
  return {
    preset, headerIndex, headers, col,
    directionIn: up([...DIRECTION_IN, ...(mapping?.directionIn ?? [])]),
    directionOut: up([...DIRECTION_OUT, ...(mapping?.directionOut ?? [])])
  }
}

/** What is missing for a layout to be usable (empty = usable). Chinese first. */
export function layoutProblems(l: ResolvedLayout): string[] {
  const p: string[] = []
  if (l.col.dateTime === undefined && l.col.date === undefined) p.push('缺少交易时间或交易日期列 / no date column')
  if (l.col.amount === undefined && l.col.inAmount === undefined && l.col.outAmount === undefined) p.push('缺少金额列 / no amount column')
  return p
}
