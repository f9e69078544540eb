// The real Electron app: window security settings, navigation blocking, the preload API, the menu.
// Skips (never passes silently) when this machine has no Electron binary.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { electronBinary } from './electron-binary'

const bin = electronBinary()
const root = resolve(import.meta.dirname, '../..')

test.skip(!bin.ok, `Electron binary not available on this machine: ${bin.ok ? '' : bin.reason}`)

let app: ElectronApplication
let page: Page
let dataDir: string

test.beforeAll(async () => {
  if (!bin.ok) return
  dataDir = mkdtempSync(join(tmpdir(), 'bangxin-electron-'))
  app = await electron.launch({
    executablePath: bin.path,
    args: [root, '--no-sandbox'],
    env: { ...process.env, BANGXIN_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' }
  })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterAll(async () => {
  await app?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

test('one window, isolated and sandboxed', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wins = BrowserWindow.getAllWindows()
    // internal but long-standing accessor of the effective preferences
    type Prefs = { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean; webviewTag?: boolean }
    const wc = wins[0]?.webContents as unknown as { getLastWebPreferences?: () => Prefs } | undefined
    const p = wc?.getLastWebPreferences?.()
    return { count: wins.length, contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webviewTag: p?.webviewTag }
  })
  expect(prefs).toEqual({ count: 1, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
  // served from the app's own scheme, not file://
  expect(page.url()).toBe('app://bangxin/index.html')
  // the page sees neither Node nor the preload's world
  expect(await page.evaluate(() => typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer)).toBe('undefined')
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
})

test('the preload exposes named methods only, and IPC validates', async () => {
  const keys = await page.evaluate(() => Object.keys((window as unknown as { bangxin: object }).bangxin))
  expect(keys).toContain('mattersRestoreVersion')
  expect(keys).not.toContain('invoke')
  const info = await page.evaluate(() => (window as unknown as { bangxin: { appInfo: (r: object) => Promise<unknown> } }).bangxin.appInfo({}))
  expect(info).toMatchObject({ ok: true, data: { host: 'electron' } })
  const bad = await page.evaluate(() => (window as unknown as { bangxin: { mattersOpen: (r: unknown) => Promise<unknown> } }).bangxin.mattersOpen({ id: 5 }))
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', path: 'id' } })
})

test('navigation away and new windows are blocked', async () => {
  const before = page.url()
  await page.evaluate(() => { window.location.href = 'https://example.com/' })
  await page.waitForTimeout(500)
  expect(page.url()).toBe(before)
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true)
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
})

test('the CSP is enforced', async () => {
  const blocked = await page.evaluate(() => {
    try {
      return eval('1') !== 1
    } catch {
      return true
    }
  })
  expect(blocked).toBe(true)
})

test('the native menu is in Chinese', async () => {
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? [])
  expect(labels).toEqual(['文件', '编辑', '视图', '帮助'])
})
