// Spawns the real command-line entry points (the same code npm run analyze / memo / anonymize runs).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyDefendant, validateMatter } from '../../core/matter/schema'

const root = resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(join(tmpdir(), 'bangxin-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const sample = join(root, 'examples/xianyou-yan.bangxin.json')

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/cli', script), ...args], {
    cwd: root, encoding: 'utf-8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe']
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function writeJson(name: string, value: unknown): string {
  const p = join(tmp, name)
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value))
  return p
}

describe('analyze CLI', () => {
  it('--json prints the analysis of every defendant (exit 0)', () => {
    const r = run('analyze.ts', sample, '--json')
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    const doc = JSON.parse(readFileSync(sample, 'utf-8'))
    expect(out.defendants.map((d: { id: string }) => d.id)).toEqual(doc.defendants.map((d: { id: string }) => d.id))
    for (const d of out.defendants) {
      expect(['art287-2', 'art312', 'art266-accomplice', 'art177-1', 'art287-1', 'none']).toContain(d.prevailingCharge)
      expect(['prosecute', 'nonProsecutionPossible', 'noCrime', 'undetermined']).toContain(d.disposition)
    }
  })

  it('without --json prints the Chinese report', () => {
    const r = run('analyze.ts', sample)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(JSON.parse(readFileSync(sample, 'utf-8')).matter.title)
  })

  it('an invalid matter exits 2 and prints every invalid field path with the reason, Chinese first', () => {
    const doc = JSON.parse(readFileSync(sample, 'utf-8'))
    doc.defendants[0].amounts.paymentSettlement = -1
    doc.defendants[0].knowledge.finding = 'maybe'
    doc.matter.stage = 'court'
    const r = run('analyze.ts', writeJson('bad.json', doc), '--json')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    for (const p of ['defendants.0.amounts.paymentSettlement', 'defendants.0.knowledge.finding', 'matter.stage']) {
      expect(r.stderr).toMatch(new RegExp(`\\n  ${p.replace(/\./g, '\\.')}：[\\u4e00-\\u9fff].* / `))
    }
    expect(r.stderr).toMatch(/^案件文件未通过校验，共 3 处错误 \/ the matter file is invalid \(3 issues\)/)
  })

  it('unparsable JSON exits 2; a missing file or bad usage exits 1', { timeout: 180_000 }, () => {
    const bad = run('analyze.ts', writeJson('broken.json', '{"formatVersion": 1,'))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/\(根\)：不是有效的 JSON/)
    const missing = run('analyze.ts', join(tmp, 'nope.json'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/找不到文件/)
    expect(run('analyze.ts').code).toBe(1)
    expect(run('analyze.ts', sample, '--frobnicate').stderr).toMatch(/未知选项 --frobnicate/)
    const future = run('analyze.ts', writeJson('future.json', { formatVersion: 9 }))
    expect(future.code).toBe(2)
    expect(future.stderr).toMatch(/formatVersion：文件格式版本 9/)
  })

  it('a version-0 draft is migrated and analysed', () => {
    const d = { ...emptyDefendant('d1', '甲某'), actPeriod: '2021-01-01~2021-02-01' }
    const r = run('analyze.ts', writeJson('v0.json', { matter: { title: '草稿', stage: 'trial' }, defendants: [d] }), '--json')
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).defendants[0].id).toBe('d1')
  })
})

describe('memo and anonymize CLIs', () => {
  it('memo writes a .docx; bad --kind exits 1; invalid matter exits 2', { timeout: 180_000 }, () => {
    const out = join(tmp, 'memo.docx')
    const r = run('memo.ts', sample, '--kind', 'defense', '--out', out)
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK')
    expect(run('memo.ts', sample, '--kind', 'poem', '--out', out).code).toBe(1)
    expect(run('memo.ts', sample, '--kind', 'defense', '--out', out, '--defendant', 'zz').stderr).toMatch(/没有编号为 zz 的被告人/)
    expect(run('memo.ts', writeJson('empty.json', {}), '--kind', 'defense', '--out', out).code).toBe(2)
  })

  it('anonymize writes a valid matter without the defendants\' names', () => {
    const out = join(tmp, 'anon.json')
    const r = run('anonymize.ts', sample, '--out', out)
    expect(r.code, r.stderr).toBe(0)
    const anon = JSON.parse(readFileSync(out, 'utf-8'))
    expect(validateMatter(anon).ok).toBe(true)
    const names = (JSON.parse(readFileSync(sample, 'utf-8')).defendants as { name: string }[]).map((d) => d.name)
    for (const n of names) expect(JSON.stringify(anon)).not.toContain(n)
  })
})
