// Writes the benchmark's statement: a GBK bank export of N rows (preamble, header, footer), and a
// victims CSV of V reported transfers (most match an inflow row within minutes; a few match none).
// Used by scripts/bench/statements.ts; standalone: npx tsx scripts/statements-bench-data.ts DIR [N] [V]
import { closeSync, openSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { encodeGbk } from '../core/statements/encoding'
import { randomTxns, sampleRows } from '../core/statements/sample'
import { formatYuan } from '../core/statements/values'

export interface BenchData { statement: string; victims: string; rows: number; inflowFen: number; outflowFen: number; matchable: number; bytes: number }

export function writeBenchData(dir: string, rows = 1_000_000, victims = 200): BenchData {
  const statement = join(dir, '示例银行流水.csv')
  const fd = openSync(statement, 'w')
  let bytes = 0
  const put = (s: string) => { const b = encodeGbk(s); writeSync(fd, b); bytes += b.length }
  const account = '6222020200112233445'
  const chunk = 20_000
  let inflowFen = 0
  let outflowFen = 0
  const inflows: { time: string; amountFen: number; cpAccount: string }[] = []
  let start = '2023-01-01'
  let seed = 7
  for (let done = 0; done < rows; done += chunk) {
    const txns = randomTxns(Math.min(chunk, rows - done), seed++, start, 12)
    const r = sampleRows('bank', account, txns)
    let s = done === 0 ? `${r.preamble.join('\r\n')}\r\n${r.header.join(',')}\r\n` : ''
    for (const row of r.rows) s += `${row.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')}\r\n`
    put(s)
    for (const t of txns) {
      if (t.dir === 'in') { inflowFen += t.amountFen; if (inflows.length < 100_000) inflows.push(t) } else outflowFen += t.amountFen
    }
    const lastTime = txns[txns.length - 1]?.time ?? start
    const next = new Date(Date.parse(`${lastTime.slice(0, 10)}T00:00:00Z`) + 86_400_000)
    start = next.toISOString().slice(0, 10)
  }
  put(`合计笔数：${rows}\r\n打印时间：2025-01-02 10:00:00\r\n`)
  closeSync(fd)
  // victims: every 500th early inflow, reported up to 5 minutes off; the last few have no matching row
  const vfile = join(dir, '被害人.csv')
  const lines = ['被害人,转账时间,金额,付款账号']
  const matchable = victims - Math.min(10, victims)
  for (let k = 0; k < victims; k++) {
    const t = inflows[(k * 487) % inflows.length] as { time: string; amountFen: number; cpAccount: string }
    const when = new Date(Date.parse(`${t.time.replace(' ', 'T')}Z`) + ((k % 11) - 5) * 60_000).toISOString()
    const ts = `${when.slice(0, 10)} ${when.slice(11, 19)}`
    lines.push(k < matchable ? `被害人${k + 1},${ts},${formatYuan(t.amountFen).replace(/,/g, '')},${t.cpAccount}` : `被害人${k + 1},${ts},${formatYuan(t.amountFen + 1).replace(/,/g, '')},${t.cpAccount}`)
  }
  const vfd = openSync(vfile, 'w')
  writeSync(vfd, encodeGbk(`${lines.join('\r\n')}\r\n`))
  closeSync(vfd)
  return { statement, victims: vfile, rows, inflowFen, outflowFen, matchable, bytes }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [dir, n, v] = process.argv.slice(2)
  console.log(JSON.stringify(writeBenchData(dir ?? '.', n ? Number(n) : undefined, v ? Number(v) : undefined)))
}
