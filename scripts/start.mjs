#!/usr/bin/env node
// `npm start` (after electron-vite build): launch the Electron binary on the built app.
// Finds the binary; if it is missing, lets the electron package download it (what `require('electron')`
// does on first use), and if that fails too, explains how to get it and exits 1.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

function binary() {
  let pkgDir
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { error: 'electron 包未安装 / the electron package is not installed' }
  }
  const pathFile = join(pkgDir, 'path.txt')
  const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf-8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const exe = override ? join(override, rel ?? 'electron') : rel ? join(pkgDir, 'dist', rel) : null
  if (!exe || !existsSync(exe)) return { error: `找不到 Electron 可执行文件 / Electron binary not found${exe ? `: ${exe}` : ''}` }
  return { exe }
}

let b = binary()
if (b.error && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  // Electron 45 has no install script: its binary is downloaded the first time the package is required.
  console.log('首次运行：正在下载 Electron 运行时… / first run: downloading the Electron runtime…')
  try {
    require('electron')
  } catch (e) {
    console.error(`下载失败 / download failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
  }
  b = binary()
}
if (b.error) {
  console.error(`${b.error}

本机还没有 Electron 运行时。请在能访问 GitHub 的网络下执行：
  npx install-electron
（或删除 node_modules/electron 后重新 npm install）。离线环境可把解压后的 Electron 45 放在某个目录，
并设置 ELECTRON_OVERRIDE_DIST_PATH=<该目录> 再运行 npm start。

The Electron runtime is not on this machine. With access to GitHub run:
  npx install-electron
(or delete node_modules/electron and npm install again). Offline, unpack Electron 45 into a folder and set
ELECTRON_OVERRIDE_DIST_PATH=<that folder> before npm start.`)
  process.exit(1)
}
if (!existsSync(join(root, 'out/main/index.js'))) {
  console.error('找不到 out/main/index.js，请先运行 npm run build / out/main/index.js is missing: run npm run build first')
  process.exit(1)
}
const child = spawn(b.exe, [root, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s))
