// app:info and file:saveText.
import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { ENGINE_VERSION } from '../../../core/engine/analyze'
import { LAW_LIBRARY_VERSION } from '../../../core/law'
import { storeFor } from '../store'
import { IpcFailure } from './errors'
import type { ServiceHandlers } from './types'

export const appService: ServiceHandlers = {
  'app:info': async (_req, ctx) => {
    // the store's state (read-only, encrypted); a store that cannot be opened (LOCKED) is reported by the call that needs it
    const store = await storeFor(ctx.dataDir).catch(() => null)
    return {
      version: ctx.appVersion,
      lawLibraryVersion: LAW_LIBRARY_VERSION,
      engineVersion: ENGINE_VERSION,
      host: ctx.host,
      dataDir: ctx.dataDir,
      storeNotice: store?.notice ?? null,
      encrypted: store?.encrypted ?? false
    }
  },
  'file:saveText': async (req, ctx) => {
    if (!ctx.showSaveDialog) {
      throw new IpcFailure('UNSUPPORTED', '浏览器模式下不能打开保存对话框，请使用下载 / no save dialog in the browser host')
    }
    const ext = extname(req.defaultName).slice(1) || 'txt'
    const path = await ctx.showSaveDialog(req.defaultName, [{ name: ext.toUpperCase(), extensions: [ext] }])
    if (!path) return { path: null }
    await writeFile(path, req.content, 'utf-8')
    return { path }
  }
}
