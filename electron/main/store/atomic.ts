// Atomic, durable, private JSON writes for the small files beside the store (settings, clinic exercises):
// temp file (0600) + rename, fsync of file and folder (io.ts). A reader or a crash sees the old or the new file.
import { dirname } from 'node:path'
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
