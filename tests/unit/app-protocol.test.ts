// The app:// scheme (electron/main/protocol.ts): only files of out/renderer, with the CSP as a header.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CSP } from '../../electron/main/csp'
import { APP_ENTRY, resolveAppPath, serveApp } from '../../electron/main/protocol'

const base = mkdtempSync(join(tmpdir(), 'bangxin-proto-'))
const dir = join(base, 'renderer')
mkdirSync(join(dir, 'assets'), { recursive: true })
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>')
writeFileSync(join(dir, 'assets', 'index.js'), 'console.log(1)')
writeFileSync(join(base, 'secret.txt'), 'SECRET')
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('app:// protocol', () => {
  it('serves the renderer with the CSP, nosniff and the right content type', async () => {
    const r = await serveApp(APP_ENTRY, dir)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-security-policy')).toBe(CSP)
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const js = await serveApp('app://bangxin/assets/index.js', dir)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
  })

  it('refuses other hosts, traversal, encoded traversal, hidden files and symlinks leading out', async () => {
    for (const u of ['app://other/index.html', 'app://bangxin/../secret.txt', 'app://bangxin/%2e%2e/secret.txt', 'app://bangxin/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://bangxin/.env', 'file:///etc/passwd']) {
      const r = await serveApp(u, dir)
      expect(r.status, u).toBe(404)
      expect(r.headers.get('content-security-policy')).toBe(CSP)
    }
    expect(resolveAppPath('app://bangxin/', dir)).toBe(join(dir, 'index.html'))
    if (process.platform !== 'win32') {
      symlinkSync(join(base, 'secret.txt'), join(dir, 'assets', 'link.txt'))
      expect((await serveApp('app://bangxin/assets/link.txt', dir)).status).toBe(404)
    }
  })
})
