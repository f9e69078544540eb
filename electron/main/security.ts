// Security hardening of the Electron shell (docs/architecture.md §Security):
//  - every response carries the app's Content-Security-Policy;
//  - in-window navigation and redirects are blocked; new windows are denied; a link to an https page
//    on the allow-list is opened in the system browser after a check, anything else is dropped;
//  - every permission request/check is denied; <webview> attachment is blocked;
//  - IPC is accepted only from the app's own page (ipc.ts uses isTrustedSender).
import type { Session, WebContents } from 'electron'
import { CSP } from './csp'
import { isAppOrigin } from './protocol'

export { CSP }

/** The exact pages that may be opened in the system browser: the official sources of the law the app cites
 *  (home pages of the national law database, the courts' and procuratorate's sites, the judgments database). */
export const EXTERNAL_ALLOW_LIST = [
  'https://flk.npc.gov.cn/',
  'https://www.npc.gov.cn/',
  'https://www.court.gov.cn/',
  'https://www.spp.gov.cn/',
  'https://wenshu.court.gov.cn/',
  'https://www.chinacourt.org/'
] as const

/** true when `url`, normalised, is exactly one of the allowed URLs (no other path, query, port or credentials). */
export function isAllowedExternal(url: string, allow: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return false
  return allow.includes(u.href)
}

/** true for the app's own pages: app://bangxin (the packaged renderer), or the dev server in development. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (isAppOrigin(url)) return true
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (devServerUrl) {
    try {
      return u.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

export interface SecurityDeps {
  openExternal: (url: string) => Promise<void>
  /** the dev server URL (electron-vite dev), if any */
  devServerUrl?: string
  log?: (message: string) => void
}

/** Session-wide rules: CSP header, permissions denied. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders }
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-security-policy') delete headers[k]
    headers['Content-Security-Policy'] = [CSP]
    callback({ responseHeaders: headers })
  })
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler?.(() => false)
}

/** Per-window rules: no navigation, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, deps: SecurityDeps): void {
  const log = deps.log ?? (() => undefined)
  const block = (event: { preventDefault: () => void }, url: string): void => {
    if (isAppUrl(url, deps.devServerUrl) && deps.devServerUrl) return // dev server hot reload
    event.preventDefault()
    log(`blocked navigation to ${url}`)
    if (isAllowedExternal(url)) void deps.openExternal(url)
  }
  contents.on('will-navigate', block)
  contents.on('will-redirect', block)
  // sub-frames may not navigate anywhere either (the main frame is covered by will-navigate)
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return
    event.preventDefault()
    log(`blocked frame navigation to ${event.url}`)
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void deps.openExternal(url)
    else log(`blocked window.open of ${url}`)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('blocked <webview>')
  })
}
