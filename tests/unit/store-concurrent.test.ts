// Two REAL processes on one data folder (the app and the browser host, or two machines on a synced folder).
// The revision is checked on disk under the folder's lock: of two saves from the same base revision exactly
// one is accepted and the other answers CONFLICT; no version file is ever overwritten; and two writers that
// reload on CONFLICT and redo their edit lose nothing.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyMatter } from '../../core/matter/schema'
import { MatterStore } from '../../electron/main/store'
import { acquireLock, isStale, STALE_MS } from '../../electron/main/store/lock'
import { nodeFs } from '../../electron/main/store/io'

const root = resolve(import.meta.dirname, '../..')
const dirs: string[] = []
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'bangxin-conc-'))
  dirs.push(d)
  return d
}

// mode "once": open the matter, wait for "go" on stdin, save from the revision it opened, print the outcome.
// mode "loop": N times: open, append its token to the notes, save with baseRevision; on CONFLICT reopen and redo.
const CHILD = `
import { MatterStore } from './electron/main/store/index.ts'
const [dir, id, mode, tag, n, pass] = process.argv.slice(-6)
const keys = pass === '-' ? {} : { passphrase: pass }
const store = await MatterStore.open(dir, { keys, indexDelayMs: 50 })
if (mode === 'once') {
  const { summary, document } = await store.open(id)
  process.stdout.write('ready\\n')
  await new Promise((r) => process.stdin.once('data', r))
  document.matter.notes = 'saved by ' + tag
  try {
    const s = await store.save(id, document, summary.revision)
    process.stdout.write('ok ' + s.revision + '\\n')
  } catch (e) {
    process.stdout.write('fail ' + e.code + ' ' + e.message + '\\n')
  }
} else {
  let conflicts = 0
  for (let i = 0; i < Number(n); i++) {
    for (;;) {
      const { summary, document } = await store.open(id)
      document.matter.notes = (document.matter.notes ?? '') + ' ' + tag + i
      try {
        await store.save(id, document, summary.revision)
        break
      } catch (e) {
        if (e.code !== 'CONFLICT') throw e
        conflicts++
      }
    }
  }
  process.stdout.write('done ' + conflicts + '\\n')
}
await store.close()
process.exit(0)
`

interface Child { ready: Promise<void>; done: Promise<string>; go: () => void }

function child(args: string[]): Child {
  const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, '--', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  let readyResolve: () => void = () => undefined
  const ready = new Promise<void>((r) => { readyResolve = r })
  p.stdout.on('data', (c: Buffer) => {
    out += c.toString()
    if (out.includes('ready\n')) readyResolve()
  })
  p.stderr.on('data', (c: Buffer) => { err += c.toString() })
  const done = new Promise<string>((ok, bad) => {
    p.on('close', (code) => (code === 0 ? ok(out.replace('ready\n', '').trim()) : bad(new Error(`child failed (${code}): ${err}`))))
  })
  return { ready, done, go: () => p.stdin.end('go\n') }
}

async function seed(dir: string, keys = {}): Promise<string> {
  const s = await MatterStore.open(dir, { keys })
  const { summary } = await s.create(emptyMatter('并发测试'))
  await s.close()
  return summary.id
}

describe('two processes saving to one data folder', () => {
  for (const pass of ['-', 'correct horse battery']) {
    it(`of two saves from the same base revision exactly one is accepted, the other is told CONFLICT${pass === '-' ? '' : ' (encrypted store)'}`, async () => {
      const dir = tempDir()
      const keys = pass === '-' ? {} : { passphrase: pass }
      const id = await seed(dir, keys)
      const a = child([dir, id, 'once', 'A', '0', pass])
      const b = child([dir, id, 'once', 'B', '0', pass])
      await Promise.all([a.ready, b.ready])
      a.go()
      b.go()
      const outs = await Promise.all([a.done, b.done])
      const ok = outs.filter((o) => o.startsWith('ok '))
      const fail = outs.filter((o) => o.startsWith('fail '))
      expect(ok).toEqual(['ok 2'])
      expect(fail).toHaveLength(1)
      expect(fail[0]).toMatch(/^fail CONFLICT 案件已被修改（当前修订 2，编辑基于修订 1）/)
      const winner = outs[0]?.startsWith('ok') ? 'A' : 'B'
      const s = await MatterStore.open(dir, { keys })
      const rec = await s.open(id)
      expect(rec.summary.revision).toBe(2)
      expect(rec.document.matter.notes).toBe(`saved by ${winner}`)
      // version 2 holds the accepted save; nothing overwrote it
      expect(readdirSync(join(dir, 'matters', 'versions', id)).sort()).toEqual(['00000001.json', '00000002.json'])
      expect((await s.versions(id)).map((v) => v.revision)).toEqual([2, 1])
      await s.close()
      expect(readdirSync(join(dir, 'matters')).filter((n) => n.startsWith('.lock'))).toEqual([])
    }, 60_000)
  }

  it('two writers that reload on CONFLICT and redo their edit lose nothing', async () => {
    const dir = tempDir()
    const id = await seed(dir)
    const n = 15
    const a = child([dir, id, 'loop', 'A', String(n), '-'])
    const b = child([dir, id, 'loop', 'B', String(n), '-'])
    const outs = await Promise.all([a.done, b.done])
    for (const o of outs) expect(o).toMatch(/^done \d+$/)
    const s = await MatterStore.open(dir)
    const rec = await s.open(id)
    expect(rec.summary.revision).toBe(1 + 2 * n)
    const tokens = (rec.document.matter.notes ?? '').trim().split(' ')
    for (const tag of ['A', 'B']) for (let i = 0; i < n; i++) expect(tokens).toContain(`${tag}${i}`)
    expect(tokens).toHaveLength(2 * n)
    await s.close()
  }, 120_000)
})

describe('version files are never overwritten', () => {
  it('a version left by a write that never completed is moved to the quarantine, byte for byte, not replaced', async () => {
    const dir = tempDir()
    const id = await seed(dir)
    const { writeFileSync, readFileSync } = await import('node:fs')
    // as a write killed between its version copy and its matter file leaves it: version 2 exists, the matter is at 1
    const orphan = join(dir, 'matters', 'versions', id, '00000002.json')
    writeFileSync(orphan, '{"an unfinished write": true}')
    const s = await MatterStore.open(dir)
    const d = emptyMatter('第二版')
    expect((await s.save(id, d, 1)).revision).toBe(2)
    const q = readdirSync(join(dir, 'matters', 'quarantine')).filter((n) => n.startsWith(`${id}.unfinished-2.`))
    expect(q).toHaveLength(1)
    expect(readFileSync(join(dir, 'matters', 'quarantine', q[0] as string), 'utf-8')).toBe('{"an unfinished write": true}')
    expect((await s.versions(id)).map((v) => [v.revision, v.title])).toEqual([[2, '第二版'], [1, '并发测试']])
    await s.close()
  })
})

describe('one process sees what another one did', () => {
  it('refresh() picks up matters created, saved, trashed and removed by another process', async () => {
    const dir = tempDir()
    const mine = await MatterStore.open(dir)
    const kept = await mine.create(emptyMatter('本进程的案件'))
    const gone = await mine.create(emptyMatter('将被删除'))
    const other = await MatterStore.open(dir) // stands for the browser host or a second machine
    const created = await other.create(emptyMatter('另一进程新建'))
    await other.save(kept.summary.id, { ...emptyMatter('另一进程改名'), defendants: kept.document.defendants })
    await other.trash(gone.summary.id)
    await other.close()
    expect(new Set(mine.list().map((m) => m.title))).toEqual(new Set(['本进程的案件', '将被删除']))
    await mine.refresh()
    expect(new Set(mine.list().map((m) => m.title))).toEqual(new Set(['另一进程改名', '另一进程新建']))
    expect(mine.list({ trashed: true }).map((m) => m.title)).toEqual(['将被删除'])
    expect(mine.summary(kept.summary.id)?.revision).toBe(2)
    rmSync(join(dir, 'matters', `${created.summary.id}.json`))
    await mine.refresh()
    expect(mine.summary(created.summary.id)).toBeUndefined()
    await mine.close()
  })
})

describe('the write lock', () => {
  it('a lock of a dead process on this host is stale; a live one is not, until STALE_MS', async () => {
    const { hostname } = await import('node:os')
    const now = Date.now()
    expect(isStale({ owner: { pid: 2 ** 22 + 12345, host: hostname(), time: '', token: 'x' }, mtimeMs: now }, now)).toBe(true)
    expect(isStale({ owner: { pid: process.ppid, host: hostname(), time: '', token: 'x' }, mtimeMs: now }, now)).toBe(false)
    expect(isStale({ owner: { pid: process.ppid, host: 'other-machine', time: '', token: 'x' }, mtimeMs: now - STALE_MS - 1 }, now)).toBe(true)
    expect(isStale({ owner: { pid: 1, host: 'other-machine', time: '', token: 'x' }, mtimeMs: now - 1000 }, now)).toBe(false)
    expect(isStale({ owner: null, mtimeMs: now - 5000 }, now)).toBe(true)
  })

  it('a held lock makes another writer wait and then fail with CONFLICT naming the owner; a stale one is broken', async () => {
    const dir = tempDir()
    const file = join(dir, '.lock')
    const held = await acquireLock(nodeFs, file)
    // simulate another process: a fresh lock owned by a live pid on another host
    await held.release()
    const { writeFileSync } = await import('node:fs')
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: 'other-machine', time: new Date().toISOString(), token: 't' }))
    await expect(acquireLock(nodeFs, file, 200)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^数据文件夹正被另一程序写入（进程 \d+@other-machine/) })
    // a lock left by a killed process on this host is broken at once
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), time: new Date().toISOString(), token: 't' }))
    const l = await acquireLock(nodeFs, file, 200)
    await l.release()
    expect(readdirSync(dir)).toEqual([])
  })
})
