// The write lock of a data folder: every mutation of the store (by the app, the browser host, the CLI or
// a second machine on a synced folder) holds `<data>/matters/.lock` while it checks the revision on disk and
// writes. The lock file is created exclusively (O_EXCL) and names its owner { pid, host, time, token }.
// Stale-lock rule: a lock is broken when its owner is on this host and the process no longer exists
// (a crash, kill -9), or when it is older than STALE_MS whatever its host (a writer holds it for
// milliseconds; STALE_MS is far beyond any save), or when it is unreadable and older than 2 s.
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { IpcFailure } from '../services/errors'
import { errno, FILE_MODE, writeFailure, type StoreFs } from './io'

export const STALE_MS = 30_000
export const LOCK_WAIT_MS = 10_000

interface Owner { pid: number; host: string; time: string; token: string }

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return errno(e) === 'EPERM' // exists, owned by someone else
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

async function readOwner(fs: StoreFs, file: string): Promise<{ owner: Owner | null; mtimeMs: number } | null> {
  try {
    const st = await fs.lstat(file)
    const text = (await fs.readFile(file, 'utf-8')).slice(0, 1000)
    let owner: Owner | null = null
    try {
      const v = JSON.parse(text) as Partial<Owner>
      if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string') owner = v as Owner
    } catch {
      owner = null
    }
    return { owner, mtimeMs: st.mtimeMs }
  } catch (e) {
    if (errno(e) === 'ENOENT') return null
    throw e
  }
}

export function isStale(found: { owner: Owner | null; mtimeMs: number }, now = Date.now()): boolean {
  const age = now - found.mtimeMs
  if (!found.owner) return age > 2000
  if (found.owner.host === hostname() && found.owner.pid !== process.pid && !alive(found.owner.pid)) return true
  return age > STALE_MS
}

export interface Lock { release(): Promise<void> }

/** Take the lock (waiting up to `waitMs`), or fail with CONFLICT naming the owner. */
export async function acquireLock(fs: StoreFs, file: string, waitMs = LOCK_WAIT_MS): Promise<Lock> {
  const me: Owner = { pid: process.pid, host: hostname(), time: new Date().toISOString(), token: randomUUID() }
  const until = Date.now() + waitMs
  let last: Owner | null
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await fs.open(file, 'wx', FILE_MODE)
      try {
        await fh.writeFile(JSON.stringify(me))
      } finally {
        await fh.close()
      }
      return {
        release: async () => {
          // remove it only if it is still ours (a stale-lock breaker may have taken it over)
          const now = await readOwner(fs, file).catch(() => null)
          if (now?.owner?.token === me.token) await fs.unlink(file).catch(() => undefined)
        }
      }
    } catch (e) {
      if (errno(e) !== 'EEXIST') throw writeFailure(e)
    }
    const found = await readOwner(fs, file)
    if (found === null) continue // released meanwhile
    last = found.owner
    if (isStale(found)) {
      // break it by renaming it aside, then check that what was moved is what was judged stale;
      // if another process took the lock in between, put its lock back (link never replaces a file)
      const aside = `${file}.stale-${me.token}`
      try {
        await fs.rename(file, aside)
        const moved = await readOwner(fs, aside)
        if (moved && moved.owner?.token !== found.owner?.token && !isStale(moved)) await fs.link(aside, file).catch(() => undefined)
        await fs.unlink(aside).catch(() => undefined)
      } catch (e) {
        if (errno(e) !== 'ENOENT') throw e
      }
      continue
    }
    if (Date.now() > until) {
      const who = last ? `进程 ${last.pid}@${last.host}，自 ${last.time} 起` : '未知进程'
      throw new IpcFailure('CONFLICT', `数据文件夹正被另一程序写入（${who}），未保存；请稍后再试 / the data folder is being written by another process; nothing was saved, try again`)
    }
    await sleep(Math.min(5 + attempt * 2, 50) + Math.random() * 10)
  }
}
