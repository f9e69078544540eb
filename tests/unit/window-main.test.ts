// Boots electron/main/index.ts against a fake electron module: single-instance lock, sandbox,
// hardened session, Chinese menu, IPC for every channel, and one hidden window with secure options.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../core/ipc/contract'

const state = vi.hoisted(() => ({
  lock: true,
  windows: [] as { options: Record<string, unknown>; onceHandlers: Map<string, () => void>; show: () => void; loaded: string[] }[],
  handled: [] as string[],
  menu: null as unknown,
  appEvents: new Map<string, (...a: unknown[]) => void>(),
  quit: 0,
  sandbox: 0,
  sessionHardened: 0,
  schemes: [] as unknown[],
  protocols: [] as string[]
}))

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows
    options: Record<string, unknown>
    onceHandlers = new Map<string, () => void>()
    loaded: string[] = []
    webContents = { send: vi.fn() }
    show = vi.fn()
    constructor(options: Record<string, unknown>) {
      this.options = options
      state.windows.push(this as never)
    }
    on() { return this }
    once(e: string, f: () => void) { this.onceHandlers.set(e, f); return this }
    loadFile(f: string) { this.loaded.push(f); return Promise.resolve() }
    loadURL(u: string) { this.loaded.push(u); return Promise.resolve() }
  }
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: () => { state.sessionHardened++ } },
      setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn()
    }
  }
  return {
    protocol: { registerSchemesAsPrivileged: (s: unknown) => { state.schemes.push(s) }, handle: (scheme: string) => { state.protocols.push(scheme) } },
    safeStorage: { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text', encryptString: vi.fn(), decryptString: vi.fn() },
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => state.lock,
      quit: () => { state.quit++ },
      enableSandbox: () => { state.sandbox++ },
      on: (e: string, f: (...a: unknown[]) => void) => { state.appEvents.set(e, f) },
      whenReady: () => Promise.resolve(),
      getPath: () => '/tmp/bangxin-main-test',
      setPath: vi.fn(),
      getVersion: () => '0.1.0'
    },
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    ipcMain: { handle: (c: string) => { state.handled.push(c) } },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => { state.menu = m } },
    session,
    shell: { openExternal: vi.fn(), openPath: vi.fn() }
  }
})

beforeEach(() => {
  vi.resetModules()
  state.windows.length = 0
  state.handled.length = 0
  state.appEvents.clear()
  state.menu = null
  state.quit = state.sandbox = state.sessionHardened = 0
  state.schemes.length = 0
  state.protocols.length = 0
})

const settle = () => new Promise((r) => setTimeout(r, 20))

describe('main process boot', () => {
  it('a second instance quits at once and creates nothing', async () => {
    state.lock = false
    await import('../../electron/main/index')
    await settle()
    expect(state.quit).toBe(1)
    expect(state.windows).toHaveLength(0)
    expect(state.handled).toHaveLength(0)
  })

  it('the first instance hardens the session, builds the Chinese menu, registers IPC and opens one hidden secure window', async () => {
    state.lock = true
    await import('../../electron/main/index')
    await settle()
    expect(state.sandbox).toBe(1)
    expect(state.sessionHardened).toBe(1)
    expect(state.appEvents.has('second-instance')).toBe(true)
    expect(state.appEvents.has('web-contents-created')).toBe(true)
    expect((state.menu as { label: string }[]).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    expect(state.handled.sort()).toEqual([...CHANNELS].sort())
    expect(state.windows).toHaveLength(1)
    const w = state.windows[0]!
    expect(w.options).toMatchObject({ show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false } })
    expect(String((w.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/)
    // the renderer comes from the app:// scheme, declared privileged before ready and served by a handler
    expect(w.loaded[0]).toBe('app://bangxin/index.html')
    expect(state.schemes).toEqual([[{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]])
    expect(state.protocols).toEqual(['app'])
    expect(w.show).not.toHaveBeenCalled()
    w.onceHandlers.get('ready-to-show')?.()
    expect(w.show).toHaveBeenCalled()
  })
})
