// Where an amount in the matter came from: the statement files, the rows (line numbers as ranges), the
// rule that selected them, and for matched victims and deductions the items themselves, so the memo
// annex and the analysis can cite them without the statements at hand. Stored on a defendant as
// `amountSources` (core/matter/schema.ts; docs/statements.md).
import type { StatementAnalysis } from './compute'
import type { TransactionTable } from './table'
import { formatWall } from './values'

export * from '../matter/provenance'
import type { AmountSource, AmountSources, SourceFileRef, SourceItem } from '../matter/provenance'

/** Line numbers as ranges: [6,7,8,10] → "6-8,10". */
export function toRanges(lines: readonly number[]): string {
  const s = [...lines].sort((a, b) => a - b)
  const out: string[] = []
  for (let i = 0; i < s.length;) {
    let j = i
    while (j + 1 < s.length && ((s[j + 1] as number) === (s[j] as number) + 1 || s[j + 1] === s[j])) j++
    out.push(s[i] === s[j] ? String(s[i]) : `${s[i]}-${s[j]}`)
    i = j + 1
  }
  return out.join(',')
}

/** "6-8,10" → [6,7,8,10] */
export function fromRanges(r: string): number[] {
  if (!r) return []
  const out: number[] = []
  for (const part of r.split(',')) {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined]
    for (let k = a; k <= (b ?? a); k++) out.push(k)
  }
  return out
}

/** Longest line-range text kept per file in a matter; beyond it the rule and the file identify the rows. */
export const MAX_RANGE_CHARS = 4000

/** The rows of a figure grouped by file, as line ranges (null where longer than `maxChars`). */
export function describeRows(table: TransactionTable, rows: Int32Array | readonly number[], maxChars = MAX_RANGE_CHARS): SourceFileRef[] {
  const by = new Map<number, number[]>()
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number
    const f = table.fileIndex[i] as number
    let l = by.get(f)
    if (!l) { l = []; by.set(f, l) }
    l.push(table.line[i] as number)
  }
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([f, lines]) => {
    const r = toRanges(lines)
    return { name: table.files[f]?.name ?? '', rowCount: lines.length, rows: r.length <= maxChars ? r : null }
  })
}

const item = (table: TransactionTable, i: number): SourceItem => ({
  file: table.fileName(i), line: table.line[i] as number, time: formatWall(table.time[i] as number), amount: (table.amount[i] as number) / 100,
  counterparty: [table.counterpartyName.get(i), table.counterpartyAccount.get(i)].filter(Boolean).join(' ')
})

/** The four sourced figures of an analysis, ready to be confirmed into a defendant. */
export function sourcesFromAnalysis(table: TransactionTable, a: StatementAnalysis, confirmedAt: string | null = null): Required<AmountSources> {
  const base = (f: { fen: number; rows: Int32Array; rule: string }): AmountSource => ({
    amount: f.fen / 100, rowCount: f.rows.length, rule: f.rule, files: describeRows(table, f.rows), confirmedAt
  })
  const matched = a.victims.filter((m) => m.row !== null)
  return {
    oneWayInflow: base(a.inflow),
    verifiedFraudFunds: {
      ...base(a.verifiedFraudFunds),
      items: matched.map((m) => ({ ...item(table, m.row as number), victim: m.victim.name, reportedTime: formatWall(m.victim.time) })),
      unmatched: a.victims.filter((m) => m.row === null).map((m) => ({
        victim: m.victim.name, reportedTime: formatWall(m.victim.time), amount: m.victim.amountFen / 100, payerAccount: m.victim.payerAccount
      }))
    },
    explainedLegitimateFunds: {
      ...base(a.deductions),
      items: a.deductionReasons.map((d) => ({ ...item(table, d.row), reason: d.reason }))
    },
    paymentSettlement: base(a.settlement)
  }
}
