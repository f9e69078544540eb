// Transport to the main-process services: the Electron preload (window.bangxin) when present,
// otherwise the browser host's `POST /ipc/<channel>` (scripts/web-host.ts). Both answer IpcResult.
import { methodName } from '../../core/ipc/contract'
import { inLanguage, uiLanguage } from './i18n/language'
import type { BangxinApi, Channel, IpcError, IpcResult, RequestOf, ResponseOf } from '../../core/ipc/contract'

declare global {
  interface Window {
    bangxin?: BangxinApi
  }
}

export class ApiError extends Error {
  readonly error: IpcError
  constructor(error: IpcError) {
    super(error.message)
    this.name = 'ApiError'
    this.error = error
  }
}

export const isElectron = (): boolean => typeof window !== 'undefined' && window.bangxin !== undefined

async function viaHttp<C extends Channel>(channel: C, req: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
  let res: Response
  try {
    res = await fetch('/ipc/' + channel, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(req)
    })
  } catch (e) {
    return { ok: false, error: { code: 'INTERNAL', path: null, message: `无法连接本地服务 / cannot reach the local service: ${String(e)}` } }
  }
  try {
    return (await res.json()) as IpcResult<ResponseOf<C>>
  } catch {
    return { ok: false, error: { code: 'INTERNAL', path: null, message: `本地服务应答无效（HTTP ${res.status}） / invalid answer from the local service` } }
  }
}

/** Call a channel; answers the raw IpcResult. */
export async function callRaw<C extends Channel>(channel: C, req: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
  const api = typeof window !== 'undefined' ? window.bangxin : undefined
  if (api) {
    const fn = api[methodName(channel)] as unknown as (r: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    return fn(req)
  }
  return viaHttp(channel, req)
}

/** Call a channel; resolves with the data or throws ApiError (message Chinese first). */
export async function call<C extends Channel>(channel: C, req: RequestOf<C>): Promise<ResponseOf<C>> {
  const r = await callRaw(channel, req)
  if (!r.ok) throw new ApiError(r.error)
  return r.data
}

/** The error in the UI's language (one language per message; see i18n/language.ts). */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const first = e.error.issues?.[0]
    const message = inLanguage(e.error.message)
    if (!first) return message
    return uiLanguage() === 'zh' ? `${message}（${first.path}：${inLanguage(first.message)}）` : `${message} (${first.path}: ${inLanguage(first.message)})`
  }
  return inLanguage(e instanceof Error ? e.message : String(e))
}

/** Offer text as a file: native dialog in Electron, a download in the browser. */
export async function saveText(fileName: string, content: string, mime = 'application/json'): Promise<string | null> {
  if (isElectron()) {
    const r = await call('file:saveText', { defaultName: fileName, content })
    return r.path
  }
  downloadBlob(fileName, new Blob([content], { type: mime }))
  return fileName
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
