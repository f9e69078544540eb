// npm run statements -- FILE... [--victims VICTIMS.csv] [--mapping MAPPING.json] [--xlsx OUT.xlsx] [--json]
// Imports bank / Alipay / WeChat statements and bank replies to police queries (CSV in GBK or UTF-8,
// or .xlsx), removes rows repeated across overlapping exports, and prints the deciding amounts with the
// rows behind them. With --json the LAST line is one JSON object:
//   {"rows","inflowTotal","outflowTotal","counterparties","period":{"from","to"},"matchedVictims","matchedVictimFunds"}
// (amounts in yuan). Exit 0 ok, 2 a statement or victims file that cannot be read as one (file and line
// on stderr; nothing is imported), 1 usage/IO error.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { analyse, mergeTables, type StatementAnalysis } from '../../core/statements/compute'
import { StatementError } from '../../core/statements/errors'
import { checkSize } from '../../core/statements/import'
import { columnMappingSchema, PRESET_LABELS, type ColumnMapping, type Preset } from '../../core/statements/layout'
import { describeRows } from '../../core/statements/provenance'
import type { TransactionTable } from '../../core/statements/table'
import { formatWall, formatYuan } from '../../core/statements/values'
import { parseVictimsCsv, type Victim } from '../../core/statements/victims'
import { annotatedWorkbook, importStatement } from '../../core/statements/xlsx'
import { CliError, EXIT_INVALID, parseArgs } from './common'

const USAGE = '用法 / usage: npm run statements -- FILE... [--victims VICTIMS.csv] [--mapping MAPPING.json] [--xlsx OUT.xlsx] [--json]'

function readBytes(path: string): Uint8Array {
  let size: number
  try {
    size = statSync(path).size
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CliError(code === 'ENOENT' ? `找不到文件 ${path} / file not found` : `无法读取 ${path}：${(e as Error).message} / cannot read file`)
  }
  checkSize(basename(path), size)
  return readFileSync(path)
}

/** The figures of the --json line. */
export function jsonSummary(table: TransactionTable, a: StatementAnalysis): Record<string, unknown> {
  const matched = a.victims.filter((m) => m.row !== null)
  return {
    rows: table.length,
    inflowTotal: a.inflow.fen / 100,
    outflowTotal: a.outflow.fen / 100,
    counterparties: a.counterparties.count,
    period: { from: a.period.from, to: a.period.to },
    matchedVictims: matched.length,
    matchedVictimFunds: a.verifiedFraudFunds.fen / 100
  }
}

function report(table: TransactionTable, a: StatementAnalysis): string {
  const out: string[] = []
  out.push('流水分析 / statement analysis')
  for (const f of table.files) {
    out.push(`  文件 ${f.name}：${PRESET_LABELS[f.preset as Preset] ?? f.preset}，编码 ${f.encoding}，表头第 ${f.headerLine} 行，${f.rows} 条记录${f.account ? `，账号 ${f.account}` : ''}`)
  }
  out.push(`  合并后 ${a.rows} 条记录${a.duplicatesRemoved ? `（去除重叠导出的重复记录 ${a.duplicatesRemoved} 条）` : ''}`)
  out.push(`  期间：${a.period.from ?? '—'} 至 ${a.period.to ?? '—'}`)
  const line = (label: string, fen: number, rows: Int32Array, rule: string) => {
    out.push(`  ${label}：${formatYuan(fen)} 元（${rows.length} 笔）`)
    out.push(`    规则：${rule}`)
    if (rows.length) {
      out.push(`    来源：${describeRows(table, rows, 200).map((s) => `${s.name} ${s.rowCount} 行${s.rows === null ? '（见规则；--xlsx 导出逐行标注）' : `：第 ${s.rows} 行`}`).join('；')}`)
    }
  }
  line(a.inflow.label, a.inflow.fen, a.inflow.rows, a.inflow.rule)
  for (const acc of a.accounts) out.push(`    ${acc.inflow.label}：${formatYuan(acc.inflow.fen)} 元；流出：${formatYuan(acc.outflow.fen)} 元`)
  line(a.outflow.label, a.outflow.fen, a.outflow.rows, a.outflow.rule)
  out.push(`  流入对方账户数：${a.counterparties.count}`)
  if (a.victims.length) {
    out.push(`  被害人转账匹配：${a.victims.filter((m) => m.row !== null).length} / ${a.victims.length}`)
    for (const m of a.victims) {
      const v = m.victim
      out.push(m.row === null
        ? `    ✗ ${v.name} ${formatWall(v.time)} ${formatYuan(v.amountFen)} 元 付款账号 ${v.payerAccount}：未找到匹配的流入记录`
        : `    ✓ ${v.name} ${formatWall(v.time)} ${formatYuan(v.amountFen)} 元 → ${table.fileName(m.row)} 第 ${table.line[m.row]} 行（相差 ${Math.round((m.deltaSeconds ?? 0) / 60)} 分钟）`)
    }
    line(a.verifiedFraudFunds.label, a.verifiedFraudFunds.fen, a.verifiedFraudFunds.rows, a.verifiedFraudFunds.rule)
  }
  line(a.settlement.label, a.settlement.fen, a.settlement.rows, a.settlement.rule)
  return out.join('\n')
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['json', 'help'], ['victims', 'mapping', 'xlsx'])
  if (args.flags.has('help')) { process.stdout.write(`${USAGE}\n`); return }
  if (args.positional.length === 0) throw new CliError('需要至少一个流水文件 / at least one statement file is required')
  let mapping: ColumnMapping | undefined
  const mp = args.flags.get('mapping')
  if (typeof mp === 'string') {
    let raw: unknown
    try { raw = JSON.parse(readFileSync(mp, 'utf-8')) } catch (e) { throw new CliError(`无法读取列映射 ${mp}：${(e as Error).message} / cannot read the mapping`) }
    const r = columnMappingSchema.safeParse(raw)
    if (!r.success) throw new CliError(`列映射 ${mp} 无效：${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')} / invalid mapping`)
    mapping = r.data
  }
  // every file is read and checked before anything is computed: one bad file, nothing imported
  const tables: TransactionTable[] = []
  for (const path of args.positional) {
    const r = await importStatement(basename(path), readBytes(path), mapping ? { mapping } : {})
    tables.push(r.table)
  }
  let victims: Victim[] = []
  const vp = args.flags.get('victims')
  if (typeof vp === 'string') victims = parseVictimsCsv(basename(vp), readBytes(vp))
  const { table, duplicatesRemoved } = mergeTables(tables)
  const a = analyse(table, { victims }, duplicatesRemoved)
  const out = args.flags.get('xlsx')
  if (typeof out === 'string') writeFileSync(out, await annotatedWorkbook(table, a))
  process.stdout.write(`${report(table, a)}\n`)
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(jsonSummary(table, a))}\n`)
}

try {
  await main()
  process.exitCode = 0
} catch (e) {
  if (e instanceof StatementError) {
    process.stderr.write(`错误 / error: ${e.message}\n`)
    process.exitCode = EXIT_INVALID
  } else if (e instanceof CliError) {
    process.stderr.write(`错误 / error: ${e.message}\n${USAGE}\n`)
    process.exitCode = e.exitCode
  } else {
    process.stderr.write(`内部错误 / internal error: ${(e as Error)?.stack ?? String(e)}\n`)
    process.exitCode = 1
  }
}
