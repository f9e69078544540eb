// Registers one ipcMain.handle per contract channel. Each message is accepted only from the app's own
// page (sender-frame origin check), then goes through dispatch (zod validation, structured errors).
import type { IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type IpcResult } from '../../core/ipc/contract'
import { dispatch } from './dispatch'
import type { Logger } from './log'
import { isAppUrl } from './security'
import type { ServiceContext } from './services/types'

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void
}

/** The sender must be the app's main frame, loaded from the app's own page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devServerUrl?: string): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (frame.parent !== null) return false
  return isAppUrl(frame.url, devServerUrl)
}

export function registerIpc(
  ipcMain: IpcMainLike,
  ctx: (event: IpcMainInvokeEvent) => ServiceContext,
  devServerUrl?: string,
  log?: Logger
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { code: 'INVALID_REQUEST', path: null, message: '拒绝来自非本应用页面的请求 / request from an untrusted frame refused' } }
      }
      return dispatch(channel, payload, ctx(event), log ? { log } : {})
    })
  }
}
