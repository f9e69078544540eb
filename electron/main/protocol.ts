// The renderer is served from a custom, privileged scheme — app://bangxin/… — instead of file:// (Electron
// security checklist: "use a custom protocol"). Only files inside out/renderer are served (no traversal,
// no symlink out of it); every response carries the Content-Security-Policy as a header, nosniff and
// no-referrer. The origin app://bangxin is what the IPC sender check accepts (ipc.ts).
import { readFile, realpath } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { CSP } from './csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'bangxin'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** For protocol.registerSchemesAsPrivileged (before app ready): a standard, secure scheme; no CORS, no service workers. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, allowServiceWorkers: false, bypassCSP: false } as const

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf'
}

/** true for a URL of the app's own origin (exactly app://bangxin). */
export function isAppOrigin(url: string): boolean {
  try {
    const u = new URL(url)
    // WHATWG gives custom schemes an opaque origin ('null'): compare scheme, host, port and credentials
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password && !u.port
  } catch {
    return false
  }
}

/** The file under `rendererDir` that an app:// URL names, or null (wrong origin, traversal, hidden file). */
export function resolveAppPath(url: string, rendererDir: string): string | null {
  if (!isAppOrigin(url)) return null
  let path: string
  try {
    path = decodeURIComponent(new URL(url).pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.split('/').some((p) => p === '..' || p.startsWith('.'))) return null
  const rel = normalize(path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, ''))
  const file = join(rendererDir, rel)
  if (!file.startsWith(rendererDir + sep)) return null
  return file
}

/** The response to an app:// request: the file with the CSP header, or 404. */
export async function serveApp(url: string, rendererDir: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' }
  const notFound = (): Response => new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } })
  const file = resolveAppPath(url, rendererDir)
  if (!file) return notFound()
  try {
    // a symlink inside the renderer folder may not lead out of it
    const [real, realRoot] = await Promise.all([realpath(file), realpath(rendererDir)])
    if (!real.startsWith(realRoot + sep)) return notFound()
    const body = await readFile(real)
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream' } })
  } catch {
    return notFound()
  }
}
