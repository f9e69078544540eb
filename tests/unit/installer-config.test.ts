// The installer configuration (electron-builder.json) and `npm run dist`: app id, what is packaged, the
// fuses, the targets, no development dependency shipped, and a plain refusal where the Electron binary
// cannot be obtained.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf-8')) as Record<string, unknown> & {
  files: string[]; electronFuses: Record<string, boolean>; win: { target: { target: string }[] }; mac: { target: { target: string }[] }
  linux: { target: { target: string }[] }; asar: boolean; appId: string
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')) as {
  main: string; dependencies: Record<string, string>; devDependencies: Record<string, string>; engines: { node: string }; scripts: Record<string, string>
}

function sources(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...sources(p))
    else if (/\.tsx?$/.test(e.name)) out.push(p)
  }
  return out
}

describe('installer configuration', () => {
  it('has the app id and the three platforms’ targets', () => {
    expect(config.appId).toBe('cn.bangxin.desk')
    expect(config.productName).toBe('Bangxin Desk')
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis'])
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg'])
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb'])
    expect(config.publish).toBeNull()
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs')
  })

  it('is valid for electron-builder itself (its own schema), and an unknown key would be refused', async () => {
    const require = createRequire(join(root, 'package.json'))
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration: (c: unknown, l: unknown) => Promise<void> }
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }
    const { $schema: _schema, ...cfg } = config
    await expect(validateConfiguration(structuredClone(cfg), new DebugLogger(false))).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...structuredClone(cfg), electronFusez: {} }, new DebugLogger(false))).rejects.toThrow(/electronFusez/)
  })

  it('applies the fuses: RunAsNode, NODE_OPTIONS and inspect arguments off; cookie encryption, ASAR integrity and ASAR-only loading on', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('packages the built app only: out/main, out/preload, out/renderer and package.json; no sources, tests, maps or node_modules by hand', () => {
    expect(config.files).toEqual(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map'])
    expect(pkg.main).toBe('out/main/index.js')
    for (const f of config.files) expect(f).not.toMatch(/node_modules|^src|tests|core\/|scripts|\.ts$|\.env/)
  })

  it('ships no development dependency: every runtime dependency is imported by the main process, every other import is bundled', () => {
    // electron-builder copies `dependencies` (and only those) into the app; electron-vite leaves them external
    // and bundles every other import (devDependencies such as jszip) into out/main
    const imported = new Set<string>()
    for (const dir of ['electron/main', 'core', 'templates']) {
      for (const f of sources(join(root, dir))) {
        for (const m of readFileSync(f, 'utf-8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'".][^'"]*)['"]/gm)) {
          const spec = m[1] as string
          if (spec.startsWith('node:') || builtinModules.includes(spec) || spec === 'electron') continue
          imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string))
        }
      }
    }
    for (const d of Object.keys(pkg.dependencies)) expect(imported.has(d), `${d} is shipped but not imported`).toBe(true)
    for (const i of imported) expect(i in pkg.dependencies || i in pkg.devDependencies, `${i} is imported but not declared`).toBe(true)
    for (const dev of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'eslint', 'react', 'antd', 'tsx', '@playwright/test']) {
      expect(pkg.dependencies[dev], dev).toBeUndefined()
    }
  })

  it('asks for the Node version Electron 45 asks for', () => {
    const electronPkg = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf-8')) as { version: string; engines?: { node?: string } }
    expect(electronPkg.version).toBe(pkg.devDependencies.electron)
    expect(pkg.devDependencies.electron).toMatch(/^45\.\d+\.\d+$/)
    expect(pkg.engines.node).toBe('>=22.12')
    if (electronPkg.engines?.node) expect(electronPkg.engines.node.replace(/\s|\.0$/g, '')).toBe('>=22.12')
  })
})

describe('npm run dist where the Electron binary cannot be obtained', () => {
  it('says plainly why and builds nothing', () => {
    const cache = mkdtempSync(join(tmpdir(), 'bangxin-dist-'))
    try {
      const r = spawnSync(process.execPath, ['scripts/dist.mjs'], {
        cwd: root, encoding: 'utf-8', timeout: 60_000,
        // an empty cache and a mirror nobody listens on
        env: { ...process.env, ELECTRON_CACHE: cache, ELECTRON_MIRROR: 'http://127.0.0.1:9/' }
      })
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(/^无法打包：取不到 Electron 45\.\d+\.\d+ 的 \w+-\w+ 程序文件/)
      expect(r.stderr).toContain('cannot package')
      expect(() => statSync(join(root, 'dist'))).toThrow()
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  }, 90_000)
})
