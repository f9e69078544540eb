// Atomic, durable JSON writes. lowdb's JSONFile (steno) writes `.<name>.tmp` and renames it over the
// target, so a reader or a crash sees either the old or the new file, never a torn one. steno does not
// fsync, so after the rename we fsync the file and its directory: the new version survives power loss.
import { open, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'

async function fsyncPath(path: string, flags: 'r' | 'r+'): Promise<void> {
  let fh
  try {
    fh = await open(path, flags)
    await fh.sync()
  } catch (e) {
    // Some filesystems refuse fsync on directories (EISDIR/EINVAL/EPERM); the rename is still atomic.
    const code = (e as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw e
  } finally {
    await fh?.close()
  }
}

/** fsync a directory (after a rename into or out of it). */
export async function fsyncDir(dir: string): Promise<void> {
  await fsyncPath(dir, 'r')
}

export interface WriteOptions {
  /** fsync file and directory after the rename (default true) */
  durable?: boolean
}

/** Write `data` as pretty JSON to `file` atomically (tmp + rename), then fsync file and directory. */
export async function writeJsonAtomic(file: string, data: unknown, opts: WriteOptions = {}): Promise<void> {
  const db = new Low<unknown>(new JSONFile<unknown>(file), null)
  db.data = data
  await db.write()
  if (opts.durable !== false) {
    await fsyncPath(file, 'r')
    await fsyncPath(dirname(file), 'r')
  }
}

export type RawRead = { kind: 'missing' } | { kind: 'unparsable'; text: string; error: string } | { kind: 'ok'; text: string; value: unknown }

/** Read a JSON file without trusting it: missing, unparsable (with the parser's message) or parsed. */
export async function readJsonRaw(file: string): Promise<RawRead> {
  let text: string
  try {
    text = await readFile(file, 'utf-8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw e
  }
  try {
    return { kind: 'ok', text, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown }
  } catch (e) {
    return { kind: 'unparsable', text, error: (e as Error).message }
  }
}
