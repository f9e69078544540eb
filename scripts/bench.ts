// npm run bench [-- --json] [--only <name>]
// Loads every module in scripts/bench/*.ts (each exports `name` and `run(): Promise<Record<string, number>>`),
// runs them one after another, prints a table, and with --json prints as the LAST line one JSON object
// merging every row's figures.
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

interface BenchModule { name: string; run: () => Promise<Record<string, number>> }

const args = process.argv.slice(2)
const json = args.includes('--json')
const onlyIdx = args.indexOf('--only')
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined
const dir = resolve(import.meta.dirname, 'bench')

const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()
const rows: { bench: string; metric: string; value: number }[] = []
const merged: Record<string, number> = {}
let failed = false

for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as Partial<BenchModule>
  if (typeof mod.run !== 'function' || typeof mod.name !== 'string') {
    console.error(`跳过 ${f}：未导出 name 与 run() / skipped ${f}: no name/run export`)
    continue
  }
  if (only && mod.name !== only) continue
  const started = performance.now()
  try {
    const result = await mod.run()
    for (const [metric, value] of Object.entries(result)) {
      if (metric in merged) throw new Error(`metric ${metric} reported twice`)
      merged[metric] = value
      rows.push({ bench: mod.name, metric, value })
    }
    console.error(`[bench] ${mod.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (e) {
    failed = true
    console.error(`[bench] ${mod.name} failed: ${(e as Error).stack ?? String(e)}`)
  }
}

const w1 = Math.max(5, ...rows.map((r) => r.bench.length))
const w2 = Math.max(6, ...rows.map((r) => r.metric.length))
console.log(`${'bench'.padEnd(w1)}  ${'metric'.padEnd(w2)}  value`)
console.log(`${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ${'-'.repeat(12)}`)
for (const r of rows) console.log(`${r.bench.padEnd(w1)}  ${r.metric.padEnd(w2)}  ${r.value}`)
if (json) console.log(JSON.stringify(merged))
process.exitCode = failed ? 1 : 0
