// The application log: unexpected errors of the main process (never sent to the renderer) are appended
// to <userData>/logs/main.log and echoed on stderr. The log carries no case facts: an error is written as
// its class, its errno code and system call and its stack frames (code locations) — never its message,
// which may quote a client's name, a file path holding a case title or the text a regular expression
// choked on. Each entry is capped at 4 KB; the file is rotated at 1 MB (main.log.1 … main.log.3, then
// dropped); files are 0600 and the folder 0700 on POSIX.
import { appendFile, chmod, mkdir, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'

export type Logger = (message: string, error: unknown) => void

export const LOG_MAX_BYTES = 1_000_000
export const LOG_KEEP = 3
export const ENTRY_MAX = 4096

const SAFE_CODE = /^[A-Z][A-Z0-9_]{1,40}$/
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,60}$/

/** An error reduced to what is safe to keep: class, code, syscall, stack frames (no message, no paths of user files). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`
  const e = error as NodeJS.ErrnoException & { code?: unknown }
  const parts = [SAFE_NAME.test(e.name) ? e.name : 'Error']
  if (typeof e.code === 'string' && SAFE_CODE.test(e.code)) parts.push(`code=${e.code}`)
  if (typeof e.syscall === 'string' && SAFE_NAME.test(e.syscall)) parts.push(`syscall=${e.syscall}`)
  if (typeof e.errno === 'number') parts.push(`errno=${e.errno}`)
  // stack frames only: "    at fn (file:line:col)" — the message lines before them are dropped
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 12).map((l) => l.trim().slice(0, 300))
  return [parts.join(' '), ...frames.map((f) => `  ${f}`)].join('\n')
}

/** A log message is a fixed text chosen by the code (channel names, ids): anything else is cut. */
const safeMessage = (m: string): string => m.replace(/[^\x20-\x7e]/g, '?').slice(0, 200)

export function formatEntry(message: string, error: unknown, now = new Date()): string {
  const entry = `${now.toISOString()} ${safeMessage(message)}\n${describeError(error)}\n`
  return entry.length > ENTRY_MAX ? `${entry.slice(0, ENTRY_MAX - 12)}\n[cut]\n` : entry
}

const POSIX = process.platform !== 'win32'

export function fileLogger(dir: string, opts: { maxBytes?: number; keep?: number; echo?: boolean } = {}): Logger {
  const maxBytes = opts.maxBytes ?? LOG_MAX_BYTES
  const keep = opts.keep ?? LOG_KEEP
  const file = join(dir, 'main.log')
  let chain: Promise<void> = Promise.resolve()
  const write = async (entry: string): Promise<void> => {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    if (POSIX) await chmod(dir, 0o700).catch(() => undefined)
    const size = (await stat(file).catch(() => null))?.size ?? 0
    if (size + Buffer.byteLength(entry) > maxBytes && size > 0) {
      for (let i = keep - 1; i >= 1; i--) await rename(`${file}.${i}`, `${file}.${i + 1}`).catch(() => undefined)
      await rename(file, `${file}.1`).catch(() => undefined)
    }
    await appendFile(file, entry, { encoding: 'utf-8', mode: 0o600 })
    if (POSIX) await chmod(file, 0o600).catch(() => undefined)
  }
  return (message, error) => {
    const entry = formatEntry(message, error)
    if (opts.echo !== false) console.error(entry.trimEnd())
    chain = chain.then(() => write(entry)).catch(() => undefined)
  }
}

/** The default for hosts without a log file (browser host, tests): the same safe entry on stderr. */
export const stderrLogger: Logger = (message, error) => console.error(formatEntry(message, error).trimEnd())
