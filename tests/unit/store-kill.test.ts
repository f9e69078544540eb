// A REAL crash test: a child process saves a large matter in a loop and is killed with SIGKILL at
// random moments. After every kill the matter file must parse and validate, and hold either the last
// revision the child reported as saved or the one it was writing — never a torn or empty file.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyDefendant, emptyMatter } from '../../core/matter/schema'
import { aadOf, checkEnvelope, MatterStore } from '../../electron/main/store/store'
import { nodeFs, readStored } from '../../electron/main/store/io'
import { unlock } from '../../electron/main/store/keyring'
import { aesGcmSealer, isSealed } from '../../electron/main/store/seal'

const root = resolve(import.meta.dirname, '../..')
const dirs: string[] = []
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

// child: open the store, then save revision after revision; `notes` carries the revision it is meant to be
const CHILD = `
import { MatterStore } from './electron/main/store/index.ts'
const [dir, id, pass] = process.argv.slice(-3)
const store = await MatterStore.open(dir, pass === '-' ? {} : { keys: { passphrase: pass } })
const { document } = await store.open(id)
for (;;) {
  const next = store.summary(id).revision + 1
  document.matter.notes = 'rev ' + next + ' ' + 'x'.repeat(2000)
  const s = await store.save(id, document)
  process.stdout.write('saved ' + s.revision + '\\n')
}
`

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Kill after `delayMs`, or (delayMs < 0) the moment the atomic writer's temp file appears: inside a write. */
function runAndKill(dir: string, pass: string, id: string, delayMs: number): Promise<{ acked: number; started: boolean }> {
  const tmpFile = join(dir, 'matters', `.${id}.json.tmp`)
  return new Promise((ok, bad) => {
    // node itself (not the tsx wrapper, which would leave the writer running in a grandchild)
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, '--', dir, id, pass], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe']
    })
    let acked = 0
    let started = false
    let buf = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString()
      const lines = buf.split('\n')
      buf = lines.pop() ?? ''
      for (const l of lines) {
        const m = /^saved (\d+)$/.exec(l)
        if (m) acked = Number(m[1])
        if (m && !started) {
          started = true
          if (delayMs >= 0) setTimeout(() => child.kill('SIGKILL'), delayMs)
          else {
            void (async () => {
              const until = Date.now() + 5000
              while (!existsSync(tmpFile) && Date.now() < until) await new Promise((r) => setImmediate(r))
              child.kill('SIGKILL')
            })()
          }
        }
      }
    })
    child.stderr.on('data', (c: Buffer) => { err += c.toString() })
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') bad(new Error(`child ended without being killed: ${err}`))
      else ok({ acked, started })
    })
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('close', () => clearTimeout(guard))
  })
}

describe('matter store: a save interrupted by SIGKILL never leaves a broken file', () => {
  for (const pass of ['-', 'kill-test passphrase']) it(`survives repeated kills at random moments${pass === '-' ? '' : ' (encrypted store)'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangxin-kill-'))
    dirs.push(dir)
    const keys = pass === '-' ? {} : { passphrase: pass }
    // a large matter: 150 defendants (≈ 300 KB on disk) so that kills land inside writes
    const seed = emptyMatter('断电测试')
    seed.defendants = Array.from({ length: 150 }, (_, i) => ({ ...emptyDefendant(`d${i + 1}`, `被告人${i + 1}`), address: '某省某市某区某街道某号'.repeat(10) }))
    const s = await MatterStore.open(dir, { keys })
    const { summary } = await s.create(seed)
    await s.close()
    const id = summary.id
    const file = join(dir, 'matters', `${id}.json`)

    let last = 1
    const rounds = pass === '-' ? 12 : 8
    const unlocked = pass === '-' ? null : await unlock(nodeFs, dir, keys)
    const sealer = unlocked ? aesGcmSealer(unlocked.key) : null
    for (let round = 0; round < rounds; round++) {
      // even rounds: a random moment; odd rounds: while the temp file of a write exists
      const delay = round % 2 === 0 ? Math.floor(Math.random() * 120) : -1
      const { acked } = await runAndKill(dir, pass, id, delay)
      expect(acked).toBeGreaterThan(last - 1)
      expect(isSealed(readFileSync(file))).toBe(sealer !== null)
      const checked = checkEnvelope(await readStored(nodeFs, file, sealer, aadOf.matter(id)), id)
      expect(checked.ok).toBe(true)
      if (!checked.ok) return
      const rev = checked.env.revision
      // the previous (last reported) version or the new one being written
      expect([acked, acked + 1]).toContain(rev)
      expect(checked.env.document.matter.notes?.startsWith(`rev ${rev} `)).toBe(true)
      expect(checked.env.document.defendants).toHaveLength(150)
      last = rev
    }
    await sleep(10)
    // the store opens cleanly afterwards (and removes any temp file an interrupted write left behind), the index agrees with the file, the ring holds ≤ 20 versions
    const after = await MatterStore.open(dir, { keys })
    expect(after.summary(id)).toMatchObject({ revision: last, corrupt: false })
    expect((await after.open(id)).document.matter.notes?.startsWith(`rev ${last} `)).toBe(true)
    expect(readdirSync(join(dir, 'matters', 'versions', id)).filter((n) => n.endsWith('.json')).length).toBeLessThanOrEqual(20)
    // nothing was found corrupt; the only quarantined files are version copies of writes killed before they completed
    expect(readdirSync(join(dir, 'matters', 'quarantine')).filter((n) => !n.includes('.unfinished-'))).toEqual([])
    expect(readdirSync(join(dir, 'matters')).filter((n) => n.endsWith('.tmp'))).toEqual([])
    await after.close()
  }, 240_000)
})
