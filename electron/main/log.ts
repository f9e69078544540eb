// The application log: unexpected errors of the main process (never sent to the renderer) are appended
// to <userData>/logs/main.log and echoed on stderr.
import { appendFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'

export type Logger = (message: string, error: unknown) => void

export function fileLogger(dir: string): Logger {
  return (message, error) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    console.error(message, detail)
    const line = `${new Date().toISOString()} ${message}\n${detail}\n`
    void mkdir(dir, { recursive: true })
      .then(() => appendFile(join(dir, 'main.log'), line, 'utf-8'))
      .catch(() => undefined)
  }
}
