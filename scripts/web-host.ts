// Browser host: serves the built renderer and the same service handlers as the Electron main process,
// over HTTP on the loopback interface only. Used by the end-to-end suite and for screenshots.
//   npx tsx scripts/web-host.ts --port <n> --data <dir> [--static out/web] [--passphrase-file <file>]
//   An encrypted data folder is opened with BANGXIN_PASSPHRASE or the first line of --passphrase-file; given a
//   passphrase, a plain folder is encrypted on first open (docs/security.md).
// Prints `listening on http://127.0.0.1:<port>` when ready.
//   GET  /...              static files from --static (SPA fallback to index.html), with the app's CSP
//   POST /ipc/<channel>    JSON body = request; answer = IpcResult JSON (always HTTP 200 once dispatched)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { mkdirSync, readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { dispatch } from '../electron/main/dispatch'
import { CSP } from '../electron/main/csp'
import { stderrLogger } from '../electron/main/log'
import { closeStores, passphraseFrom, setKeySource } from '../electron/main/store'
import type { ServiceContext } from '../electron/main/services/types'

const MAX_BODY = 64 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8'
}

export interface HostOptions { port: number; dataDir: string; staticDir: string | null; appVersion: string }

function parseArgs(argv: string[]): HostOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const port = Number(get('--port') ?? '0')
  const data = get('--data')
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !data) {
    console.error('用法 / usage: npx tsx scripts/web-host.ts --port <n> --data <dir> [--static out/web] [--passphrase-file <file>]')
    process.exit(1)
  }
  const staticArg = get('--static')
  const root = resolve(import.meta.dirname, '..')
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')) as { version: string }
  return { port, dataDir: resolve(data), staticDir: resolve(staticArg ?? join(root, 'out/web')), appVersion: pkg.version }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra
  })
  res.end(body)
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')

const refuse = (res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void =>
  send(res, status, JSON.stringify({ ok: false, error: { code: 'INVALID_REQUEST', path: null, message } }), 'application/json; charset=utf-8', extra)

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s)
  } catch {
    return null
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, bad) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        bad(new Error('too large'))
        req.destroy()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf-8')))
    req.on('error', bad)
  })
}

export function createHost(opts: HostOptions): ReturnType<typeof createServer> {
  mkdirSync(opts.dataDir, { recursive: true })
  const ctx: ServiceContext = { dataDir: opts.dataDir, host: 'web', appVersion: opts.appVersion }
  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      stderrLogger('[web-host] request failed', e)
      if (!res.headersSent) refuse(res, 500, '内部错误 / internal error')
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const addr = server.address()
    const port = typeof addr === 'object' && addr ? addr.port : opts.port
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
    // DNS-rebinding defence: only loopback Host headers
    if (!allowedHosts.includes((req.headers.host ?? '').toLowerCase())) return refuse(res, 403, '仅接受本机访问 / loopback Host only')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'IPC 调用只接受 POST / IPC calls must be POST', { Allow: 'POST' })
      // cross-site requests are refused (a page elsewhere must not drive the local store)
      const origin = req.headers.origin
      if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin.toLowerCase())) {
        return refuse(res, 403, '拒绝跨站请求 / cross-origin request refused')
      }
      const channel = safeDecode(url.pathname.slice('/ipc/'.length))
      if (channel === null) return refuse(res, 400, '通道名编码无效 / malformed channel name')
      let text: string
      try {
        text = await readBody(req)
      } catch {
        return refuse(res, 413, '请求过大 / request too large')
      }
      let payload: unknown
      try {
        payload = text.trim() === '' ? {} : JSON.parse(text)
      } catch {
        return sendJson(res, 200, { ok: false, error: { code: 'INVALID_REQUEST', path: null, message: '请求不是有效的 JSON / body is not valid JSON' } })
      }
      return sendJson(res, 200, await dispatch(channel, payload, ctx))
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '不支持的请求方法 / method not allowed', { Allow: 'GET, HEAD' })
    if (!opts.staticDir) return refuse(res, 404, '未提供静态文件 / no static files')
    const decoded = safeDecode(url.pathname)
    if (decoded === null || decoded.includes('\0')) return refuse(res, 400, '路径编码无效 / malformed path')
    const rel = normalize(decoded).replace(/^([/\\])+/, '')
    let file = resolve(opts.staticDir, rel)
    if (file !== opts.staticDir && !file.startsWith(opts.staticDir + sep)) return refuse(res, 403, '禁止访问 / forbidden')
    const st = await stat(file).catch(() => null)
    if (!st || st.isDirectory()) {
      const index = st?.isDirectory() ? join(file, 'index.html') : null
      const spa = !extname(file)
      file = index && (await stat(index).catch(() => null)) ? index : spa ? join(opts.staticDir, 'index.html') : ''
      if (!file) return refuse(res, 404, '文件不存在 / not found')
    }
    const body = await readFile(file).catch(() => null)
    if (!body) return refuse(res, 404, '文件不存在，请先运行 npm run build:web / not found (run npm run build:web)')
    return send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : body, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream')
  }

  return server
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)
if (isMain) {
  const opts = parseArgs(process.argv.slice(2))
  const passphrase = passphraseFrom(process.argv.slice(2), process.env, (f) => readFileSync(f, 'utf-8'))
  setKeySource(passphrase ? { passphrase } : {})
  const server = createHost(opts)
  server.listen(opts.port, '127.0.0.1', () => {
    const addr = server.address()
    const port = typeof addr === 'object' && addr ? addr.port : opts.port
    console.log(`listening on http://127.0.0.1:${port}`)
  })
  const stop = (): void => {
    server.close()
    void closeStores().finally(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
