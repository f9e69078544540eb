// The browser host: loopback-only HTTP transport over the same dispatcher, static files with the CSP.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSP } from '../../electron/main/csp'
import { closeStores } from '../../electron/main/store'
import { createHost } from '../../scripts/web-host'

const root = resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(join(tmpdir(), 'bangxin-host-'))
const staticDir = join(tmp, 'web')
let server: ReturnType<typeof createHost>
let port = 0

beforeAll(async () => {
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>帮信</title>')
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(tmp, 'secret.txt'), 'do not serve')
  server = createHost({ port: 0, dataDir: join(tmp, 'data'), staticDir, appVersion: '9.9.9' })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((ok) => server.close(ok))
  await closeStores()
  rmSync(tmp, { recursive: true, force: true })
})

function call(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((ok, bad) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = ''
      res.on('data', (c: Buffer) => { text += c.toString() })
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, text }))
    })
    req.on('error', bad)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

describe('browser host', () => {
  it('POST /ipc/<channel> dispatches to the services', async () => {
    const r = await call('POST', '/ipc/app:info', '{}')
    expect(r.status).toBe(200)
    expect(JSON.parse(r.text)).toMatchObject({ ok: true, data: { host: 'web', version: '9.9.9' } })
    const created = JSON.parse((await call('POST', '/ipc/matters:create', JSON.stringify({ title: '网页案件' }))).text)
    expect(created).toMatchObject({ ok: true, data: { summary: { title: '网页案件', revision: 1 } } })
  })

  it('malformed payloads and bodies get structured errors', async () => {
    expect(JSON.parse((await call('POST', '/ipc/matters:open', '{"id": 1}')).text)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', path: 'id' } })
    expect(JSON.parse((await call('POST', '/ipc/matters:open', '{oops')).text)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', path: null } })
    expect(JSON.parse((await call('POST', '/ipc/nope:nope', '{}')).text)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('refuses non-POST IPC calls, foreign Host headers and cross-origin requests', async () => {
    const get = await call('GET', '/ipc/app:info')
    expect(get.status).toBe(405)
    expect(get.headers.allow).toBe('POST')
    expect((await call('POST', '/ipc/app:info', '{}', { host: `evil.example:${port}` })).status).toBe(403)
    expect((await call('POST', '/ipc/app:info', '{}', { host: `127.0.0.1.evil.example:${port}` })).status).toBe(403)
    expect((await call('POST', '/ipc/app:info', '{}', { origin: 'http://evil.example' })).status).toBe(403)
    expect((await call('POST', '/ipc/app:info', '{}', { origin: `http://127.0.0.1:${port}` })).status).toBe(200)
    expect((await call('POST', '/ipc/app:info', '{}', { host: `localhost:${port}` })).status).toBe(200)
  })

  it('serves the renderer with the CSP, falls back to index.html for routes, never leaves the static folder', async () => {
    const index = await call('GET', '/')
    expect(index.status).toBe(200)
    expect(index.headers['content-security-policy']).toBe(CSP)
    expect(index.text).toContain('帮信')
    expect((await call('GET', '/assets/app.js')).headers['content-type']).toMatch(/javascript/)
    expect((await call('GET', '/matters/123')).text).toContain('帮信')
    expect((await call('GET', '/assets/missing.js')).status).toBe(404)
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await call('GET', p)
      expect(r.text).not.toContain('do not serve')
    }
    expect((await call('DELETE', '/')).status).toBe(405)
    expect((await call('GET', '/%zz')).status).toBe(400)
    expect((await call('POST', '/ipc/%zz', '{}')).status).toBe(400)
  })

  it('the script prints the ready line and keeps data across restarts', async () => {
    const data = join(tmp, 'spawned')
    const start = (): Promise<{ stop: () => Promise<void>; url: string }> => new Promise((ok, bad) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/web-host.ts'), '--port', '0', '--data', data, '--static', staticDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString()
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
        if (m) ok({ url: m[1] as string, stop: () => new Promise((done) => { child.on('close', () => done()); child.kill('SIGTERM') }) })
      })
      child.on('close', (code) => bad(new Error(`host exited ${code}: ${out}`)))
    })
    const post = async (url: string, ch: string, body: unknown) => (await fetch(`${url}/ipc/${ch}`, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<{ ok: boolean; data: unknown }>
    const a = await start()
    await post(a.url, 'matters:create', { title: '重启后仍在' })
    await a.stop()
    const b = await start()
    const list = await post(b.url, 'matters:list', {})
    expect((list.data as { title: string }[]).map((m) => m.title)).toEqual(['重启后仍在'])
    await b.stop()
  }, 60_000)
})
