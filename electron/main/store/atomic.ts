// Atomic, durable, private JSON writes for the small files beside the store (settings, clinic exercises):
// temp file (0600) + rename, fsync of file and folder (io.ts). A reader or a crash sees the old or the new file.
import { dirname } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { decode, mkdirPrivate, nodeFs, readRegular, writeBytesAtomic, type RawRead } from './io'

export type { RawRead }

export interface WriteOptions {
  /** fsync file and directory (default true) */
  durable?: boolean
}

/** Write `data` as pretty JSON to `file` atomically (tmp + rename), then fsync file and directory. */
export async function writeJsonAtomic(file: string, data: unknown, opts: WriteOptions = {}): Promise<void> {
  await mkdirPrivate(nodeFs, dirname(file))
  await writeBytesAtomic(nodeFs, file, Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf-8'), opts)
}

/** Read a JSON file without trusting it: missing, refused (not a regular file), unparsable (with the parser's message) or parsed. */
export async function readJsonRaw(file: string): Promise<RawRead> {
  const r = await readRegular(nodeFs, file)
  if (r.kind !== 'ok') return r
  return decode(r.bytes, null, '')
}

export { fsyncPath } from './io'

/**
 * A lowdb adapter for the small JSON files beside the store: lowdb's own JSONFile (steno) writes atomically but
 * neither fsyncs nor keeps the file private, so the documents go through writeJsonAtomic (0600, fsync). Reading
 * returns the parsed value, null for a missing file, and throws for a file that is not a regular file or does not
 * parse (callers that must keep such a file aside read it with readJsonRaw first).
 */
export class PrivateJsonFile<T> implements Adapter<T> {
  readonly #file: string
  constructor(file: string) {
    this.#file = file
  }
  async read(): Promise<T | null> {
    const r = await readJsonRaw(this.#file)
    if (r.kind === 'missing') return null
    if (r.kind === 'ok') return r.value as T
    throw new Error(`${this.#file}: ${r.error}`)
  }
  async write(data: T): Promise<void> {
    await writeJsonAtomic(this.#file, data)
  }
}

/** A lowdb database over one private JSON file. */
export function privateJsonDb<T>(file: string, defaults: T): Low<T> {
  return new Low<T>(new PrivateJsonFile<T>(file), defaults)
}
