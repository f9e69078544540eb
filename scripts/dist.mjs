/* global fetch, AbortSignal */
// npm run dist — build the installer for this platform (Windows: NSIS .exe; macOS: .dmg; Linux: AppImage + .deb)
// with electron-builder and electron-builder.json (fuses applied when packaging; docs/security.md).
// electron-builder needs the Electron binary for the target platform. It is downloaded from GitHub (or from
// ELECTRON_MIRROR) unless it is in the local cache; where it cannot be obtained this script says so plainly
// and exits 1 without building anything.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8'))
const version = pkg.devDependencies.electron
const platform = process.platform === 'win32' ? 'win32' : process.platform
const arch = process.arch
const zip = `electron-v${version}-${platform}-${arch}.zip`

function cacheDirs() {
  const dirs = []
  if (process.env.ELECTRON_CACHE) dirs.push(process.env.ELECTRON_CACHE)
  if (process.platform === 'darwin') dirs.push(join(homedir(), 'Library/Caches/electron'))
  else if (process.platform === 'win32') dirs.push(join(process.env.LOCALAPPDATA ?? homedir(), 'electron/Cache'))
  else dirs.push(join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron'))
  return dirs
}

function cached() {
  for (const d of cacheDirs()) {
    if (!existsSync(d)) continue
    const stack = [d]
    while (stack.length) {
      const dir = stack.pop()
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) stack.push(join(dir, e.name))
        else if (e.name === zip) return join(dir, e.name)
      }
    }
  }
  return null
}

async function reachable() {
  const base = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/'
  const url = process.env.ELECTRON_MIRROR ? `${base}${version}/${zip}` : `${base}v${version}/${zip}`
  try {
    const r = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(15_000) })
    return r.ok ? { ok: true, url } : { ok: false, url, why: `HTTP ${r.status}` }
  } catch (e) {
    return { ok: false, url, why: e?.cause?.code ?? e?.name ?? String(e) }
  }
}

if (!existsSync(join(root, 'node_modules', 'electron-builder'))) {
  console.error('无法打包：未安装 electron-builder，请先运行 npm ci / cannot package: electron-builder is not installed; run npm ci')
  process.exit(1)
}
const local = cached()
if (!local) {
  const net = await reachable()
  if (!net.ok) {
    console.error(
      `无法打包：取不到 Electron ${version} 的 ${platform}-${arch} 程序文件（${zip}）。\n` +
      `  本地缓存中没有（${cacheDirs().join('、')}），下载地址 ${net.url} 也无法访问（${net.why}）。\n` +
      '  请在能访问 GitHub 的机器上运行，或设置 ELECTRON_MIRROR 指向镜像，或把该 zip 放入上述缓存目录后重试。\n' +
      `cannot package: the Electron ${version} binary for ${platform}-${arch} (${zip}) is not in the local cache and ` +
      `${net.url} cannot be reached (${net.why}). Run on a machine with access to GitHub, set ELECTRON_MIRROR, or put the zip in the cache.`
    )
    process.exit(1)
  }
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
run('npx', ['electron-vite', 'build'])
const target = process.platform === 'win32' ? '--win' : process.platform === 'darwin' ? '--mac' : '--linux'
run('npx', ['electron-builder', target, '--config', 'electron-builder.json', '--publish', 'never'])
console.log(`安装包已生成在 dist/ / installers written to dist/`)
