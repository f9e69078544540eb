// The statements command line: the same code as the app, on files generated here.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { encodeGbk } from '../../core/statements/encoding'
import { randomTxns, sampleBytes, type SampleTxn } from '../../core/statements/sample'
import { formatWall, parseDateTime } from '../../core/statements/values'

const root = resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(join(tmpdir(), 'bangxin-statements-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/cli/statements.ts'), ...args], {
    cwd: root, encoding: 'utf-8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe']
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('statements CLI', () => {
  const txns = randomTxns(600, 21)
  const a = join(tmp, '上半.csv')
  const b = join(tmp, '下半.csv')
  writeFileSync(a, sampleBytes('bank', '6222020000000009', txns.slice(0, 400)))
  writeFileSync(b, sampleBytes('bank', '6222020000000009', txns.slice(300)))
  const inflows = txns.filter((t) => t.dir === 'in')
  const v1 = inflows[10] as SampleTxn
  const v2 = inflows[200] as SampleTxn
  const victims = join(tmp, '被害人.csv')
  writeFileSync(victims, encodeGbk(['被害人,转账时间,金额,付款账号',
    `甲,${formatWall(parseDateTime(v1.time) + 300)},${v1.amountFen / 100},${v1.cpAccount}`,
    `乙,${v2.time},${v2.amountFen / 100},${v2.cpAccount}`,
    `丙,${v2.time},${v2.amountFen / 100 + 1},${v2.cpAccount}`].join('\r\n')))

  it('--json: the last line is the figures object, amounts in yuan, overlapping rows counted once', () => {
    const out = join(tmp, '标注.xlsx')
    const r = run(a, b, '--victims', victims, '--json', '--xlsx', out)
    expect(r.code, r.stderr).toBe(0)
    const lines = r.stdout.trim().split('\n')
    const last = JSON.parse(lines[lines.length - 1] as string)
    const sum = (d: string) => txns.filter((t) => t.dir === d).reduce((s, t) => s + t.amountFen, 0)
    expect(last).toEqual({
      rows: 600,
      inflowTotal: sum('in') / 100,
      outflowTotal: sum('out') / 100,
      counterparties: new Set(inflows.map((t) => t.cpAccount)).size,
      period: { from: txns[0]?.time.slice(0, 10), to: txns[599]?.time.slice(0, 10) },
      matchedVictims: 2,
      matchedVictimFunds: (v1.amountFen + v2.amountFen) / 100
    })
    expect(Object.keys(last)).toEqual(['rows', 'inflowTotal', 'outflowTotal', 'counterparties', 'period', 'matchedVictims', 'matchedVictimFunds'])
    expect(r.stdout).toContain('去除重叠导出的重复记录 100 条')
    expect(r.stdout).toMatch(/✗ 丙 .*未找到匹配的流入记录/)
    expect(existsSync(out)).toBe(true)
  })

  it('a bad file exits 2 naming the file and line, and prints no figures', () => {
    const bad = join(tmp, '坏.csv')
    writeFileSync(bad, encodeGbk('交易时间,交易金额\n2024-01-01 10:00:00,1.00\n2024-01-01 11:00:00,abc\n'))
    const r = run(a, bad, '--json')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/文件 坏\.csv 第 3 行：交易金额“abc”不是有效金额/)
  })

  it('no file or a missing file exits 1', () => {
    expect(run().code).toBe(1)
    const r = run(join(tmp, '无.csv'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/找不到文件/)
  })
})
