// One timed run of the statements work for the benchmark, in its own process so its peak memory is its
// own: read the statement file, import it, read the victims, total and match. Prints one JSON line.
//   node --import tsx scripts/statements-bench-run.ts STATEMENT VICTIMS
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { analyse } from '../core/statements/compute'
import { importCsvBytes } from '../core/statements/import'
import { parseVictimsCsv } from '../core/statements/victims'

const [statement, victimsFile] = process.argv.slice(2) as [string, string]
const t0 = performance.now()
const c0 = process.cpuUsage()
const { table } = importCsvBytes(basename(statement), readFileSync(statement))
const victims = parseVictimsCsv(basename(victimsFile), readFileSync(victimsFile))
const a = analyse(table, { victims })
const ms = performance.now() - t0
const cpu = process.cpuUsage(c0)
console.log(JSON.stringify({
  ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, rows: table.length, inflowFen: a.inflow.fen, outflowFen: a.outflow.fen,
  counterparties: a.counterparties.count, from: a.period.from, to: a.period.to,
  matched: a.victims.filter((m) => m.row !== null).length, matchedFen: a.verifiedFraudFunds.fen
}))
