// File I/O of the store: atomic + durable writes with private permissions, reads that refuse anything but a
// regular file (no symlink is ever followed), transparent sealing (seal.ts), and clear errors for the
// storage faults a lawyer meets (disk full, read-only folder). The fs module is injected so that tests can
// simulate faults (ENOSPC, EROFS) on a real folder.
import * as realFs from 'node:fs/promises'
import { constants } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { IpcFailure } from '../services/errors'
import { isSealed, SealError, type Sealer } from './seal'

export type StoreFs = Pick<typeof realFs,
  'open' | 'readFile' | 'rename' | 'unlink' | 'link' | 'mkdir' | 'readdir' | 'stat' | 'lstat' | 'copyFile' | 'chmod' | 'rm'>
export const nodeFs: StoreFs = realFs

export const POSIX = process.platform !== 'win32'
export const FILE_MODE = 0o600
export const DIR_MODE = 0o700

const NOFOLLOW = constants.O_NOFOLLOW ?? 0

export type RawRead =
  | { kind: 'missing' }
  | { kind: 'refused'; error: string }
  | { kind: 'unparsable'; text: string; error: string }
  | { kind: 'ok'; text: string; value: unknown }

export const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code

export const DISK_FULL_MESSAGE = '磁盘空间不足，未保存（临时文件已删除）；请腾出空间后重试 / disk full: nothing was saved and the temporary file was removed'
export const READ_ONLY_MESSAGE = '数据文件夹为只读，无法保存；可以查看和导出案件 / the data folder is read-only: matters can be viewed and exported but not saved'

/** Turn an fs error of a write into the user's words (disk full, read-only); anything else is rethrown. */
export function writeFailure(e: unknown): unknown {
  const code = errno(e)
  if (code === 'ENOSPC' || code === 'EDQUOT') return new IpcFailure('DISK_FULL', DISK_FULL_MESSAGE)
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new IpcFailure('READ_ONLY', READ_ONLY_MESSAGE)
  return e
}

export async function fsyncPath(fs: StoreFs, path: string): Promise<void> {
  let fh
  try {
    fh = await fs.open(path, 'r')
    await fh.sync()
  } catch (e) {
    // some filesystems refuse fsync on directories (EISDIR/EINVAL/EPERM); the rename is still atomic
    const code = errno(e)
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw e
  } finally {
    await fh?.close()
  }
}

export async function mkdirPrivate(fs: StoreFs, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: DIR_MODE })
}

export interface WriteOpts {
  /** fsync the file before and its folder after the rename (default true) */
  durable?: boolean
  /** never replace an existing file: EEXIST instead (version files) */
  exclusive?: boolean
  /** the temp file (default tmpOf(file)) */
  tmp?: string
}

/** The temp file of a write to `file`: `.<name>.tmp` beside it (removed on open if a crash left it). */
export const tmpOf = (file: string): string => join(dirname(file), `.${basename(file)}.tmp`)

/** Write bytes atomically: temp file (0600) + rename (or link, when exclusive); the temp file is removed on any failure. */
export async function writeBytesAtomic(fs: StoreFs, file: string, bytes: Buffer, opts: WriteOpts = {}): Promise<void> {
  const durable = opts.durable !== false
  const tmp = opts.tmp ?? tmpOf(file)
  try {
    const fh = await fs.open(tmp, 'w', FILE_MODE)
    try {
      if (POSIX) await fh.chmod(FILE_MODE) // a temp file left by an older version may have other permissions
      await fh.writeFile(bytes)
      if (durable) await fh.sync()
    } finally {
      await fh.close()
    }
    if (opts.exclusive) {
      try {
        await fs.link(tmp, file) // fails with EEXIST: an existing file is never replaced
      } catch (e) {
        const code = errno(e)
        if (code === 'EEXIST') throw e
        // filesystems without hard links (FAT, some network shares): check, then rename (callers hold the store lock)
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e
        const exists = await fs.lstat(file).then(() => true, (x: unknown) => (errno(x) === 'ENOENT' ? false : Promise.reject(x)))
        if (exists) throw Object.assign(new Error(`EEXIST: ${basename(file)}`), { code: 'EEXIST' })
        await fs.rename(tmp, file)
      }
      await fs.unlink(tmp).catch(() => undefined)
    } else {
      await fs.rename(tmp, file)
    }
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined)
    throw writeFailure(e)
  }
  if (durable) await fsyncPath(fs, dirname(file))
}

/** Read a file only if it is a regular file (O_NOFOLLOW + fstat): a symlink, a folder or a device is refused, unread. */
export async function readRegular(fs: StoreFs, file: string): Promise<{ kind: 'missing' } | { kind: 'refused'; error: string } | { kind: 'ok'; bytes: Buffer }> {
  let fh
  try {
    fh = await fs.open(file, constants.O_RDONLY | NOFOLLOW)
  } catch (e) {
    const code = errno(e)
    if (code === 'ENOENT') return { kind: 'missing' }
    if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO') return { kind: 'refused', error: notRegular }
    throw e
  }
  try {
    const st = await fh.stat()
    if (!st.isFile()) return { kind: 'refused', error: notRegular }
    if (!NOFOLLOW) {
      // no O_NOFOLLOW (Windows): check the path itself
      const l = await fs.lstat(file)
      if (!l.isFile()) return { kind: 'refused', error: notRegular }
    }
    return { kind: 'ok', bytes: await fh.readFile() }
  } finally {
    await fh.close()
  }
}

export const notRegular = '不是普通文件（符号链接、文件夹或设备），已拒绝读取 / not a regular file (symlink, folder or device): refused, not read'

/** Decode stored bytes: unseal when sealed (a sealed file without a key, or with the wrong one, is unparsable), then JSON. */
export function decode(bytes: Buffer, sealer: Sealer | null, aad: string): RawRead {
  let buf = bytes
  if (isSealed(bytes)) {
    if (!sealer) return { kind: 'unparsable', text: '', error: '文件已加密，但存储未解锁 / the file is encrypted and the store is not unlocked' }
    try {
      buf = sealer.open(bytes, aad)
    } catch (e) {
      return { kind: 'unparsable', text: '', error: e instanceof SealError ? e.message : '解密失败 / decryption failed' }
    }
  }
  const text = buf.toString('utf-8')
  try {
    return { kind: 'ok', text, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown }
  } catch (e) {
    // the parser's message only (position), never the content
    return { kind: 'unparsable', text, error: (e as Error).message.slice(0, 200) }
  }
}

export async function readStored(fs: StoreFs, file: string, sealer: Sealer | null, aad: string): Promise<RawRead> {
  const r = await readRegular(fs, file)
  if (r.kind !== 'ok') return r
  return decode(r.bytes, sealer, aad)
}

/** Encode a value for the disk: pretty JSON when plain (hand-editable), compact and sealed when encrypted. */
export function encode(value: unknown, sealer: Sealer | null, aad: string): Buffer {
  if (!sealer) return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf-8')
  return sealer.seal(Buffer.from(JSON.stringify(value), 'utf-8'), aad)
}

/** chmod to private permissions when they are wider (POSIX only; best effort). */
export async function tighten(fs: StoreFs, path: string, mode: number, current?: number): Promise<void> {
  if (!POSIX) return
  if (current !== undefined && (current & 0o077) === 0) return
  await fs.chmod(path, mode).catch(() => undefined)
}
