// Per-test browser host: spawns scripts/web-host.ts with a fresh data folder, waits for its `listening on`
// line, and kills it afterwards. `restart()` stops it and starts it again on the same data folder (to prove
// that what the UI saved persists).
//
// Stable on a loaded machine (no retries):
// - the host binds port 0 itself and prints the port the system gave it. (It used to be given a port that
//   a probe had found free and closed again: while tsx compiled the host — seconds on a busy machine —
//   any other process could take that port, and the host died with EADDRINUSE.)
// - starting the host has its own time budget (HOST_START_MS, fixture timeout), so a slow start-up does
//   not eat the journey's time; the app's first load has its own wait too (APP_LOAD_MS).
import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
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

/** time allowed for the host to start (tsx compiles it on start) */
const HOST_START_MS = 90_000
/** time allowed for the app's first load after a (re)start */
const APP_LOAD_MS = 30_000

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
  const child = spawn(TSX, ['scripts/web-host.ts', '--port', '0', '--data', dataDir, '--static', 'out/web'], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' }
  })
  try {
    return { url: await waitListening(child, HOST_START_MS), child }
  } catch (e) {
    await stopChild(child)
    throw e
  }
}

export const test = base.extend<{ host: Host }>({
  host: [
  // eslint-disable-next-line no-empty-pattern
  async ({}, use) => {
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
  },
  // start-up and shutdown have their own budget, apart from the journey's; a restart inside a journey
  // counts against the journey (its timeout allows for one)
  { timeout: HOST_START_MS + 30_000 }]
})

export { expect }

/** Open the app and wait until it says it is ready. */
export async function openApp(page: Page, host: Host, hash = ''): Promise<void> {
  await page.goto(host.url + '/' + hash)
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible({ timeout: APP_LOAD_MS })
}
