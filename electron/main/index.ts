// The Electron main process: one secure window, the native menu, the IPC handlers.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron'
import { LAW_LIBRARY_VERSION } from '../../core/law'
import { registerIpc } from './ipc'
import { fileLogger } from './log'
import { menuTemplate, type MenuCommand } from './menu'
import { hardenSession, hardenWebContents } from './security'
import { closeStores, setKeySource } from './store'
import type { ServiceContext } from './services/types'
import { APP_ENTRY, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveApp } from './protocol'
import { rendererDir, windowOptions } from './window'

const mainDir = dirname(fileURLToPath(import.meta.url))
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
// tests and portable use may point the data folder elsewhere
if (process.env.BANGXIN_DATA_DIR) app.setPath('userData', process.env.BANGXIN_DATA_DIR)

let mainWindow: BrowserWindow | null = null

function dataDir(): string {
  return join(app.getPath('userData'), 'data')
}

function contextFor(win: () => BrowserWindow | null): ServiceContext {
  return {
    dataDir: dataDir(),
    host: 'electron',
    appVersion: app.getVersion(),
    showSaveDialog: async (defaultName, filters) => {
      const w = win()
      const opts = { defaultPath: join(app.getPath('documents'), defaultName), filters }
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts)
      return r.canceled || !r.filePath ? null : r.filePath
    }
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions({ mainDir }))
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  void win.loadURL(devServerUrl ?? APP_ENTRY)
  return win
}

function sendCommand(name: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', name)
}

// the app:// scheme must be declared before the app is ready
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // every web contents (windows, and anything a bug might create) gets the same rules
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      openExternal: (url) => shell.openExternal(url),
      devServerUrl,
      log: (m) => console.warn(`[security] ${m}`)
    })
  })

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession)
    // the renderer, from out/renderer only, with the CSP as a response header
    protocol.handle(APP_SCHEME, (request) => serveApp(request.url, rendererDir(mainDir)))
    // encryption at rest, on by default where the OS keystore exists (docs/security.md); on Linux the
    // "basic_text" fallback is a fixed key, not a keystore, so it does not count
    setKeySource({
      keystore: {
        isEncryptionAvailable: () =>
          safeStorage.isEncryptionAvailable() &&
          (process.platform !== 'linux' || !['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())),
        encryptString: (p) => safeStorage.encryptString(p),
        decryptString: (b) => safeStorage.decryptString(b)
      },
      ...(process.env.BANGXIN_PASSPHRASE ? { passphrase: process.env.BANGXIN_PASSPHRASE } : {})
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({
      command: sendCommand,
      openDataFolder: () => void shell.openPath(dataDir()),
      about: () => {
        void dialog.showMessageBox({
          type: 'info',
          title: '关于',
          message: '帮信案件文书工作台 Bangxin Desk',
          detail: `版本 ${app.getVersion()}\n法律库版本 ${LAW_LIBRARY_VERSION}\n全部数据保存在本机：${dataDir()}\n本程序的分析仅供参考，不构成法律意见。`
        })
      },
      quit: () => app.quit(),
      isDev: !app.isPackaged
    })))
    registerIpc(ipcMain, () => contextFor(() => mainWindow), devServerUrl, fileLogger(join(app.getPath('userData'), 'logs')))
    mainWindow = createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    void closeStores().finally(() => {
      flushed = true
      app.quit()
    })
  })
}
