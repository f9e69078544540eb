// The statements import worker: reads the files off the UI thread (progress reported, the page cancels
// by terminating the worker), keeps the merged table, and answers filters and row slices.
import { analyse, mergeTables, type RowTag, type StatementAnalysis } from '../../../core/statements/compute'
import { StatementError } from '../../../core/statements/errors'
import { importWithFallback, previewCsv } from '../../../core/statements/import'
import { sourcesFromAnalysis } from '../../../core/statements/provenance'
import { DIR_IN, DIR_NONE, DIR_OUT, type TransactionTable } from '../../../core/statements/table'
import { formatWall, parseDateTime } from '../../../core/statements/values'
import { parseVictimsCsv, type Victim } from '../../../core/statements/victims'
import type { AnnotatedRow, Filter, FromWorker, Summary, ToWorker } from './protocol'

let table: TransactionTable | null = null
let victims: Victim[] = []
let tags: RowTag[] = []
let duplicates = 0
let result: StatementAnalysis | null = null
let victimOf = new Map<number, string>()
let reasonOf = new Map<number, string>()
let settle = new Set<number>()

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer)

function summarise(): Summary {
  const t = table as TransactionTable
  const a = result as StatementAnalysis
  const f = (key: Summary['figures'][number]['key'], x: { label: string; fen: number; rows: Int32Array; rule: string }) => ({ key, label: x.label, fen: x.fen, count: x.rows.length, rule: x.rule })
  return {
    rows: t.length,
    duplicatesRemoved: duplicates,
    files: t.files.map((x) => ({ name: x.name, preset: x.preset, encoding: x.encoding, rows: x.rows, account: x.account, headerLine: x.headerLine })),
    period: { from: a.period.from, to: a.period.to },
    counterparties: a.counterparties.count,
    figures: [f('inflow', a.inflow), f('outflow', a.outflow), f('verified', a.verifiedFraudFunds), f('deductions', a.deductions), f('settlement', a.settlement)],
    netInflowFen: a.netInflow,
    accounts: a.accounts.map((x) => ({ account: x.account, inflowFen: x.inflow.fen, outflowFen: x.outflow.fen })),
    victims: a.victims.map((m) => ({
      name: m.victim.name, time: formatWall(m.victim.time), amountFen: m.victim.amountFen, payerAccount: m.victim.payerAccount, row: m.row,
      where: m.row === null ? null : `${t.fileName(m.row)} 第 ${t.line[m.row]} 行`
    })),
    unusedTags: a.unusedTags.map((u) => ({ file: u.tag.file, line: u.tag.line, why: u.why })),
    sources: sourcesFromAnalysis(t, a)
  }
}

function recompute(): void {
  result = analyse(table as TransactionTable, { victims, tags }, duplicates)
  victimOf = new Map(result.victims.filter((m) => m.row !== null).map((m) => [m.row as number, m.victim.name]))
  reasonOf = new Map(result.deductionReasons.map((r) => [r.row, r.reason]))
  settle = new Set(result.settlement.rows)
  post({ type: 'ready', summary: summarise() })
}

function filter(fl: Filter): Int32Array {
  const t = table as TransactionTable
  const a = result as StatementAnalysis
  let base: Int32Array | null = null
  if (fl.figure) {
    base = { inflow: a.inflow.rows, outflow: a.outflow.rows, verified: a.verifiedFraudFunds.rows, deductions: a.deductions.rows, settlement: a.settlement.rows }[fl.figure]
  }
  const dir = fl.direction === 'in' ? DIR_IN : fl.direction === 'out' ? DIR_OUT : fl.direction === 'none' ? DIR_NONE : -1
  const from = fl.from ? parseDateTime(fl.from) : -Infinity
  const to = fl.to ? parseDateTime(fl.to) + 86399 : Infinity
  const min = fl.min != null ? Math.round(fl.min * 100) : -Infinity
  const max = fl.max != null ? Math.round(fl.max * 100) : Infinity
  const cp = fl.counterparty?.trim() ?? ''
  // counterparty: match the distinct values once, then rows by id
  let nameOk: Uint8Array | null = null
  let accOk: Uint8Array | null = null
  if (cp) {
    nameOk = Uint8Array.from(t.counterpartyName.dict, (s) => (s.includes(cp) ? 1 : 0))
    accOk = Uint8Array.from(t.counterpartyAccount.dict, (s) => (s.includes(cp) ? 1 : 0))
  }
  const n = base ? base.length : t.length
  const out = new Int32Array(n)
  let k = 0
  for (let j = 0; j < n; j++) {
    const i = base ? (base[j] as number) : j
    if (dir >= 0 && t.direction[i] !== dir) continue
    const tm = t.time[i] as number
    if (tm < from || tm > to) continue
    const am = t.amount[i] as number
    if (am < min || am > max) continue
    if (nameOk && accOk && !nameOk[t.counterpartyName.ids[i] as number] && !accOk[t.counterpartyAccount.ids[i] as number]) continue
    if (fl.matchedOnly && !victimOf.has(i)) continue
    out[k++] = i
  }
  return out.slice(0, k)
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data
  try {
    if (m.type === 'import') {
      const tables: TransactionTable[] = []
      for (const f of m.files) {
        const onProgress = (fraction: number) => post({ type: 'progress', file: f.name, fraction })
        const input = f.sheet
          ? { records: f.sheet.records, lines: f.sheet.lines, size: f.sheet.size }
          : { bytes: new Uint8Array(f.bytes as ArrayBuffer), size: (f.bytes as ArrayBuffer).byteLength }
        try {
          tables.push(importWithFallback(f.name, input, { onProgress, ...(m.mapping ? { mapping: m.mapping } : {}) }).table)
        } catch (e) {
          if (e instanceof StatementError && e.code === 'layout') {
            const preview = input.records ? input.records.slice(0, 30) : previewCsv(input.bytes as Uint8Array)
            post({ type: 'error', message: e.message, code: e.code, file: f.name, preview })
            return
          }
          throw e
        }
      }
      const v = m.victims ? parseVictimsCsv(m.victims.name, new Uint8Array(m.victims.bytes)) : []
      const merged = mergeTables(tables)
      table = merged.table
      duplicates = merged.duplicatesRemoved
      victims = v
      tags = m.tags ?? []
      recompute()
    } else if (m.type === 'tags') {
      tags = m.tags
      if (table) recompute()
    } else if (m.type === 'filter') {
      const indices = table ? filter(m.filter) : new Int32Array(0)
      post({ type: 'filtered', id: m.id, indices }, [indices.buffer])
    } else if (m.type === 'rows') {
      const t = table as TransactionTable
      const rows: AnnotatedRow[] = m.indices.filter((i) => i >= 0 && i < t.length).map((i) => ({
        ...t.row(i), victim: victimOf.get(i) ?? null, deduction: reasonOf.get(i) ?? null, settlement: settle.has(i)
      }))
      post({ type: 'rows', id: m.id, rows })
    } else if (m.type === 'export') {
      const t = table as TransactionTable
      const dirName = ['不计收支', '流入', '流出']
      const rows: (string | number | null)[][] = [['序号', '来源文件', '来源行', '本方账号', '交易时间', '方向', '金额（元）', '余额（元）', '对方户名', '对方账号', '对方开户行', '摘要', '渠道', '匹配被害人', '扣除理由', '计入支付结算']]
      for (let i = 0; i < t.length; i++) {
        const b = t.balance[i] as number
        rows.push([i + 1, t.fileName(i), t.line[i] as number, t.account.get(i), formatWall(t.time[i] as number), dirName[t.direction[i] as number] ?? '',
          (t.amount[i] as number) / 100, Number.isNaN(b) ? null : b / 100, t.counterpartyName.get(i), t.counterpartyAccount.get(i), t.counterpartyBank.get(i),
          t.summary.get(i), t.channel.get(i), victimOf.get(i) ?? '', reasonOf.get(i) ?? '', settle.has(i) ? '是' : ''])
      }
      post({ type: 'export', id: m.id, rows })
    }
  } catch (e) {
    post({ type: 'error', message: e instanceof StatementError ? e.message : `内部错误 / internal error: ${(e as Error).message}` })
  }
}
