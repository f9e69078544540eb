// The preload (sandboxed, CommonJS): exposes `window.bangxin`, one named method per IPC channel, built
// from the contract — no generic invoke, no ipcRenderer, no Node. And `window.bangxinMenu.onCommand`
// for the native menu's commands.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, MENU_COMMANDS, methodName, type BangxinApi, type MenuCommand } from '../../core/ipc/contract'

export function buildApi(invoke: (channel: string, req: unknown) => Promise<unknown>): BangxinApi {
  const api: Record<string, (req: unknown) => Promise<unknown>> = {}
  for (const channel of CHANNELS) {
    api[methodName(channel)] = (req: unknown) => invoke(channel, req ?? {})
  }
  return Object.freeze(api) as unknown as BangxinApi
}

export interface BangxinMenuApi {
  /** subscribe to native-menu commands; returns an unsubscribe function */
  onCommand: (listener: (command: MenuCommand) => void) => () => void
}

const menuApi: BangxinMenuApi = {
  onCommand: (listener) => {
    const handler = (_event: unknown, name: unknown): void => {
      if (typeof name === 'string' && (MENU_COMMANDS as readonly string[]).includes(name)) listener(name as MenuCommand)
    }
    ipcRenderer.on('menu:command', handler)
    return () => {
      ipcRenderer.off('menu:command', handler)
    }
  }
}

contextBridge.exposeInMainWorld('bangxin', buildApi((channel, req) => ipcRenderer.invoke(channel, req)))
contextBridge.exposeInMainWorld('bangxinMenu', menuApi)
