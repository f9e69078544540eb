// Builds main, preload and renderer before the Electron suite, when there is a binary to run them.
import { execSync } from 'node:child_process'
import { resolve } from 'node:path'
import { electronBinary } from './electron-binary'

export default function globalSetup(): void {
  const bin = electronBinary()
  if (!bin.ok) {
    console.log(`[electron suite] Electron binary not available on this machine: ${bin.reason} — every test will be skipped`)
    return
  }
  execSync('npx electron-vite build', { cwd: resolve(import.meta.dirname, '../..'), stdio: 'inherit' })
}
