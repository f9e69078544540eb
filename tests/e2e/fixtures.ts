// Per-test browser host: spawns scripts/web-host.ts on a free port with a fresh data folder, waits for
// its `listening on` line, and kills it afterwards. `restart()` stops it and starts it again on the same
// data folder (to prove that what the UI saved persists).
import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')

export interface Host {
  url: string
  dataDir: string
  restart: () => Promise<void>
  stop: () => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((ok, bad) => {
    const srv = createServer()
    srv.once('error', bad)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => ok(port))
    })
  })
}

function waitListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((ok, bad) => {
    let out = ''
    const timer = setTimeout(() => bad(new Error(`web host did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs)
    const onData = (b: Buffer) => {
      out += b.toString()
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m?.[1]) {
        clearTimeout(timer)
        ok(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (b: Buffer) => { out += b.toString() })
    child.once('exit', (code) => {
      clearTimeout(timer)
      bad(new Error(`web host exited (${code}) before listening:\n${out}`))
    })
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const pid = child.pid
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()))
  try { process.kill(-pid, 'SIGTERM') } catch { /* already gone */ }
  const timeout = new Promise<'timeout'>((ok) => setTimeout(() => ok('timeout'), 5000))
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try { process.kill(-pid, 'SIGKILL') } catch { /* already gone */ }
    await exited
  }
}

export async function startHost(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(TSX, ['scripts/web-host.ts', '--port', String(port), '--data', dataDir, '--static', 'out/web'], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' }
  })
  const url = await waitListening(child, 45_000)
  return { url, child }
}

export const test = base.extend<{ host: Host }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bangxin-e2e-'))
    let current = await startHost(dataDir)
    const host: Host = {
      get url() { return current.url },
      dataDir,
      restart: async () => {
        await stopChild(current.child)
        current = await startHost(dataDir)
      },
      stop: () => stopChild(current.child)
    }
    await use(host)
    await stopChild(current.child)
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }

/** Open the app and wait until it says it is ready. */
export async function openApp(page: Page, host: Host, hash = ''): Promise<void> {
  await page.goto(host.url + '/' + hash)
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
}
