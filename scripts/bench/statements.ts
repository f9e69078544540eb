// Bench row `statements`: a 1,000,000-row GBK bank export (~110 MB, preamble and footer) generated in a
// temp folder, read, totalled and matched against 200 victims — the work of `npm run statements`.
//   statementsRowsPerSecond  rows per second of that work (best of 2 runs, each in a fresh process)
//   statementsMs             its time in ms (file read included, process start excluded)
//   statementsMaxRssMB       peak resident memory of that process; target < 1024
//   statementsPandasMs       the same work in pandas on the same file (scripts/statements-pandas.py), best of 2
//   statementsPandasRatio    statementsMs / statementsPandasMs; goal ≤ 1, ideally ≤ 0.33
//   statementsPandasCpuRatio the same ratio of CPU time (user + system), steadier on a busy machine
// The pandas figures are reported only where /usr/bin/python3 imports pandas (Debian python3-pandas).
// Every run's figures (totals, counterparties, period, matches) must agree with the generator and with pandas.
//   npx tsx scripts/bench/statements.ts [ROWS]     (standalone, prints JSON)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeBenchData } from '../statements-bench-data'

export const name = 'statements'

const root = resolve(import.meta.dirname, '../..')
const PYTHON = '/usr/bin/python3'

interface RunFigures { ms: number; cpuMs: number; maxRssMB?: number; rows: number; inflowFen: number; outflowFen: number; counterparties: number; from: string; to: string; matched: number; matchedFen: number }

function runJson(cmd: string, args: string[]): RunFigures {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf-8', timeout: 600_000, maxBuffer: 1 << 20 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
  const lines = r.stdout.trim().split('\n')
  return JSON.parse(lines[lines.length - 1] as string) as RunFigures
}

const hasPandas = (): boolean =>
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import pandas'], { timeout: 60_000 }).status === 0

export async function run(rows = 1_000_000): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'bangxin-bench-statements-'))
  try {
    const data = writeBenchData(dir, rows, 200)
    const ours: RunFigures[] = []
    for (let k = 0; k < 2; k++) ours.push(runJson(process.execPath, ['--import', 'tsx', join(root, 'scripts/statements-bench-run.ts'), data.statement, data.victims]))
    const best = ours.reduce((a, b) => (b.ms < a.ms ? b : a))
    for (const o of ours) {
      if (o.rows !== rows || o.inflowFen !== data.inflowFen || o.outflowFen !== data.outflowFen || o.matched !== data.matchable) {
        throw new Error(`statements figures disagree with the generated file: ${JSON.stringify(o)} vs ${JSON.stringify(data)}`)
      }
    }
    const out: Record<string, number> = {
      statementsRowsPerSecond: Math.round(rows / (best.ms / 1000)),
      statementsMs: Math.round(best.ms),
      statementsMaxRssMB: Math.round(Math.max(...ours.map((o) => o.maxRssMB ?? 0)))
    }
    if (hasPandas()) {
      const py: RunFigures[] = []
      for (let k = 0; k < 2; k++) py.push(runJson(PYTHON, [join(root, 'scripts/statements-pandas.py'), data.statement, data.victims, '4']))
      const p = py.reduce((a, b) => (b.ms < a.ms ? b : a))
      for (const key of ['rows', 'inflowFen', 'outflowFen', 'counterparties', 'from', 'to', 'matched', 'matchedFen'] as const) {
        if (p[key] !== best[key]) throw new Error(`pandas disagrees on ${key}: ${p[key]} vs ${best[key]}`)
      }
      out.statementsPandasMs = Math.round(p.ms)
      out.statementsPandasRatio = Math.round((best.ms / p.ms) * 100) / 100
      const cpu = (xs: RunFigures[]) => Math.min(...xs.map((x) => x.cpuMs))
      out.statementsPandasCpuRatio = Math.round((cpu(ours) / cpu(py)) * 100) / 100
    }
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const n = process.argv[2] ? Number(process.argv[2]) : undefined
  console.log(JSON.stringify(await run(n)))
}
