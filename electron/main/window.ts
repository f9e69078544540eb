// The main window's options, as a pure function so that unit tests can assert every security setting.
import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'

export interface WindowOptionsInput {
  /** folder of the built main bundle (out/main) */
  mainDir: string
  /** extra options (e.g. a saved size); security settings cannot be overridden */
  bounds?: { width?: number; height?: number; x?: number; y?: number }
}

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableWebSQL: false,
  navigateOnDragDrop: false,
  spellcheck: false
} as const

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: input.bounds?.width ?? 1280,
    height: input.bounds?.height ?? 840,
    ...(input.bounds?.x !== undefined ? { x: input.bounds.x } : {}),
    ...(input.bounds?.y !== undefined ? { y: input.bounds.y } : {}),
    minWidth: 960,
    minHeight: 640,
    title: '帮信案件文书工作台',
    show: false, // shown on ready-to-show: no white flash
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: join(input.mainDir, '../preload/index.cjs')
    }
  }
}

/** The built renderer's folder (served as app://bangxin/ by protocol.ts; never a remote URL). */
export function rendererDir(mainDir: string): string {
  return join(mainDir, '../renderer')
}

/** The renderer entry file on disk (out/renderer/index.html). */
export function rendererEntry(mainDir: string): string {
  return join(rendererDir(mainDir), 'index.html')
}
