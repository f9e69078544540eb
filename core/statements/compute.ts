// The deciding amounts of a set of statements, each with the rows it rests on:
// one-way inflow per account and in total, outflow, distinct inflow counterparties, the period,
// victims' transfers matched to inflow rows, verified fraud funds (= the matched total), deductions the
// user tags with a reason, and the settlement amount (outflows recorded as 取现 or 代转/转账).
// The rules here are arithmetic on the statements; which figure the law counts is the engine's business.
import { DIR_IN, DIR_OUT, TransactionTable } from './table'
import type { Victim } from './victims'
import { formatWall } from './values'

/** Minutes either side of a victim's reported time within which an inflow row matches. */
export const DEFAULT_MATCH_WINDOW_SECONDS = 600

/** Summary/channel words of an outflow that records cash taken out (取现). */
export const CASH_WORDS = ['取现', '取款', 'ATM', '现金支取', '柜台取']
/** Summary/channel words of an outflow that records money passed on (代转/转账). */
export const TRANSFER_WORDS = ['代转', '代付', '转账', '转出', '汇款', '汇兑', '跨行', '网转', '提现']

export type TagKind = 'deduction' | 'settlement' | 'notSettlement'
/** A user's mark on one row, kept by file name and line so it survives a re-import. */
export interface RowTag {
  file: string
  line: number
  kind: TagKind
  /** 能说明合法来源的理由 for a deduction; a note otherwise */
  reason: string
}

export interface Figure {
  key: string
  label: string
  fen: number
  /** the rule that selects the rows, in words (Chinese) */
  rule: string
  /** indices into the table */
  rows: Int32Array
}

export interface VictimMatch {
  victim: Victim
  /** table index of the matched inflow row, or null */
  row: number | null
  /** seconds between the reported time and the row (row − reported) */
  deltaSeconds: number | null
}

export interface AccountFigures {
  account: string
  inflow: Figure
  outflow: Figure
}

export interface StatementAnalysis {
  rows: number
  duplicatesRemoved: number
  accounts: AccountFigures[]
  inflow: Figure
  outflow: Figure
  /** distinct counterparty accounts of inflow rows; `rows` = the inflow rows naming one */
  counterparties: { count: number; rows: Int32Array; rule: string }
  period: { from: string | null; to: string | null; firstRow: number | null; lastRow: number | null }
  victims: VictimMatch[]
  verifiedFraudFunds: Figure
  deductions: Figure
  deductionReasons: { row: number; reason: string }[]
  netInflow: number
  settlement: Figure
  /** tags that named no row, or a row of the wrong direction */
  unusedTags: { tag: RowTag; why: string }[]
}

export interface AnalyseOptions {
  victims?: Victim[]
  tags?: RowTag[]
  matchWindowSeconds?: number
}

/** A growable list of row indices. */
class IntList {
  private a: Int32Array
  length = 0
  constructor(capacity: number) { this.a = new Int32Array(Math.max(16, capacity)) }
  push(v: number): void {
    if (this.length === this.a.length) { const b = new Int32Array(this.a.length * 2); b.set(this.a); this.a = b }
    this.a[this.length++] = v
  }
  view(): Int32Array { return this.a.subarray(0, this.length) }
}

const fig = (key: string, label: string, rule: string, rows: number[] | Int32Array, amount: Float64Array): Figure => {
  let fen = 0
  for (let k = 0; k < rows.length; k++) fen += amount[rows[k] as number] as number
  return { key, label, fen, rule, rows: rows instanceof Int32Array ? rows : Int32Array.from(rows) }
}

/**
 * Merge the tables of several files, removing rows repeated across overlapping exports. Two rows are
 * the same transaction when account, time, amount, direction, counterparty account and balance agree.
 * Repeats within one file are kept (two equal transfers in the same second are two transfers); a row
 * of a later file is dropped only as many times as an earlier file already holds it.
 */
export function mergeTables(tables: readonly TransactionTable[]): { table: TransactionTable; duplicatesRemoved: number } {
  const total = tables.reduce((n, t) => n + t.length, 0)
  const out = new TransactionTable(Math.max(16, total))
  if (tables.length === 1) { out.append(tables[0] as TransactionTable); return { table: out, duplicatesRemoved: 0 } }
  const kept = new Map<string, number>()
  let removed = 0
  for (const t of tables) {
    const local = new Map<string, number>()
    out.append(t, (i) => {
      const key = `${t.account.get(i)}|${t.time[i]}|${t.amount[i]}|${t.direction[i]}|${t.counterpartyAccount.get(i)}|${t.balance[i]}`
      const n = (local.get(key) ?? 0) + 1
      local.set(key, n)
      const k = kept.get(key) ?? 0
      if (n > k) { kept.set(key, n); return true }
      removed++
      return false
    })
  }
  return { table: out, duplicatesRemoved: removed }
}

const hasWord = (s: string, words: readonly string[]): boolean => {
  if (s === '') return false
  const u = s.toUpperCase()
  for (const w of words) if (u.includes(w)) return true
  return false
}

export function analyse(table: TransactionTable, opts: AnalyseOptions = {}, duplicatesRemoved = 0): StatementAnalysis {
  const n = table.length
  const dir = table.direction
  const amount = table.amount
  const time = table.time
  const cp = table.counterpartyAccount.ids
  const accIds = table.account.ids
  const inRows = new IntList(n >> 1)
  const outRows = new IntList(n >> 1)
  const accountsSeen = new Set<number>()
  const seenCp = new Uint8Array(table.counterpartyAccount.dict.length)
  let cpCount = 0
  const cpRows = new IntList(n >> 1)
  let tMin = Infinity
  let tMax = -Infinity
  let first: number | null = null
  let last: number | null = null
  const window = opts.matchWindowSeconds ?? DEFAULT_MATCH_WINDOW_SECONDS
  const victims = opts.victims ?? []
  const byAmount = new Map<number, number[]>()
  victims.forEach((v, k) => byAmount.set(v.amountFen, [...(byAmount.get(v.amountFen) ?? []), k]))
  // a victim's paying account as an id of the counterparty column (-1: no row names it)
  const payerId = victims.map((v) => table.counterpartyAccount.map.get(v.payerAccount) ?? -1)
  const candidates: { v: number; row: number; d: number }[] = []
  let lastAccount = -1
  for (let i = 0; i < n; i++) {
    const d = dir[i] as number
    if (d === 0) continue
    const t = time[i] as number
    if (t < tMin) { tMin = t; first = i }
    if (t > tMax) { tMax = t; last = i }
    const a = accIds[i] as number
    if (a !== lastAccount) { accountsSeen.add(a); lastAccount = a }
    if (d === DIR_IN) {
      inRows.push(i)
      const c = cp[i] as number
      if (c !== 0) { if (seenCp[c] === 0) { seenCp[c] = 1; cpCount++ } cpRows.push(i) }
      const vs = byAmount.get(amount[i] as number)
      if (vs) {
        for (const k of vs) {
          const v = victims[k] as Victim
          const delta = t - v.time
          if (payerId[k] === c && delta <= window && delta >= -window) candidates.push({ v: k, row: i, d: delta })
        }
      }
    } else if (d === DIR_OUT) {
      outRows.push(i)
    }
  }
  // each victim and each row matched at most once, nearest in time first
  candidates.sort((x, y) => Math.abs(x.d) - Math.abs(y.d) || x.row - y.row)
  const vRow = new Map<number, { row: number; d: number }>()
  const usedRows = new Set<number>()
  for (const c of candidates) {
    if (vRow.has(c.v) || usedRows.has(c.row)) continue
    vRow.set(c.v, { row: c.row, d: c.d })
    usedRows.add(c.row)
  }
  const matches: VictimMatch[] = victims.map((victim, k) => {
    const m = vRow.get(k)
    return { victim, row: m?.row ?? null, deltaSeconds: m?.d ?? null }
  })
  const matchedRows = matches.filter((m) => m.row !== null).map((m) => m.row as number)

  // tags: by file name and line
  const where = new Map<string, number>()
  const tags = opts.tags ?? []
  if (tags.length) for (let i = 0; i < n; i++) where.set(`${table.fileName(i)}#${table.line[i]}`, i)
  const unusedTags: StatementAnalysis['unusedTags'] = []
  const deductionRows: number[] = []
  const deductionReasons: { row: number; reason: string }[] = []
  const forceSettle = new Set<number>()
  const notSettle = new Set<number>()
  for (const tag of tags) {
    const i = where.get(`${tag.file}#${tag.line}`)
    if (i === undefined) { unusedTags.push({ tag, why: '找不到该行 / no such row' }); continue }
    if (tag.kind === 'deduction') {
      if (dir[i] !== DIR_IN) { unusedTags.push({ tag, why: '只有流入记录可以扣除 / only inflows can be deducted' }); continue }
      if (!tag.reason.trim()) { unusedTags.push({ tag, why: '扣除需要说明理由 / a deduction needs a reason' }); continue }
      if (deductionReasons.some((r) => r.row === i)) continue
      deductionRows.push(i)
      deductionReasons.push({ row: i, reason: tag.reason.trim() })
    } else if (dir[i] !== DIR_OUT) unusedTags.push({ tag, why: '结算标记只适用于流出记录 / settlement marks apply to outflows' })
    else if (tag.kind === 'settlement') forceSettle.add(i)
    else notSettle.add(i)
  }
  const settleRows: number[] = []
  const words = [...CASH_WORDS, ...TRANSFER_WORDS]
  const settleSummary = Uint8Array.from(table.summary.dict, (s) => (hasWord(s, words) ? 1 : 0))
  const settleChannel = Uint8Array.from(table.channel.dict, (s) => (hasWord(s, words) ? 1 : 0))
  const outs = outRows.view()
  for (let k = 0; k < outs.length; k++) {
    const i = outs[k] as number
    if (notSettle.has(i)) continue
    if (forceSettle.has(i) || settleSummary[table.summary.ids[i] as number] === 1 || settleChannel[table.channel.ids[i] as number] === 1) settleRows.push(i)
  }

  const inflow = fig('oneWayInflow', '单向流入资金合计', '方向为流入（贷/收/转入/进）的全部记录金额之和，去除重复导出的记录', inRows.view(), amount)
  const deductions = fig('explainedLegitimateFunds', '能说明合法来源的资金（扣除）', '用户逐笔标记并说明理由的流入记录金额之和', deductionRows, amount)
  return {
    rows: n,
    duplicatesRemoved,
    accounts: [...accountsSeen].map((id) => {
      if (accountsSeen.size === 1) return [table.account.dict[id] as string, { inRows: inRows.view(), outRows: outRows.view() }] as const
      const ids = table.account.ids
      return [table.account.dict[id] as string, { inRows: inRows.view().filter((i) => ids[i] === id), outRows: outRows.view().filter((i) => ids[i] === id) }] as const
    }).sort((a, b) => a[0].localeCompare(b[0])).map(([account, r]) => ({
      account,
      inflow: fig('oneWayInflow', `账户 ${account || '（未标明）'} 流入`, '该账户方向为流入的记录金额之和', r.inRows, amount),
      outflow: fig('outflow', `账户 ${account || '（未标明）'} 流出`, '该账户方向为流出的记录金额之和', r.outRows, amount)
    })),
    inflow,
    outflow: fig('outflow', '流出资金合计', '方向为流出（借/支/转出/出）的全部记录金额之和', outRows.view(), amount),
    counterparties: { count: cpCount, rows: cpRows.view(), rule: '流入记录中不同对方账号的个数' },
    period: {
      from: first === null ? null : formatWall(tMin, false), to: last === null ? null : formatWall(tMax, false), firstRow: first, lastRow: last
    },
    victims: matches,
    verifiedFraudFunds: fig('verifiedFraudFunds', '经查证的涉诈资金（被害人转账匹配合计）',
      `被害人陈述的付款账号与流入记录的对方账号相同、金额相同、时间相差不超过 ${Math.round(window / 60)} 分钟的记录金额之和（每笔记录只匹配一名被害人）`,
      matchedRows, amount),
    deductions,
    deductionReasons,
    netInflow: inflow.fen - deductions.fen,
    settlement: fig('paymentSettlement', '支付结算金额（取现、代转）',
      `流出记录中摘要或渠道载明取现（${CASH_WORDS.join('、')}）或转出（${TRANSFER_WORDS.join('、')}）的金额之和，含用户标记的记录、不含用户排除的记录`,
      settleRows, amount),
    unusedTags
  }
}
