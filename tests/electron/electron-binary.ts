// Where the Electron binary is, without triggering the `electron` package's download on require.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string }

export function electronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url)
  let pkgDir: string
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { ok: false, reason: 'the electron package is not installed (npm ci)' }
  }
  const pathFile = join(pkgDir, 'path.txt')
  const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf-8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const exe = override ? join(override, rel ?? 'electron') : rel ? join(pkgDir, 'dist', rel) : null
  if (!exe) return { ok: false, reason: `${pathFile} does not exist (the binary was never downloaded; run "npx install-electron" with access to GitHub)` }
  if (!existsSync(exe)) return { ok: false, reason: `${exe} does not exist` }
  return { ok: true, path: exe }
}
