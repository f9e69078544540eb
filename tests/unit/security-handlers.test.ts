import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, methodName } from '../../core/ipc/contract'
import { CSP, hardenSession, hardenWebContents, isAllowedExternal, isAppUrl } from '../../electron/main/security'
import { isTrustedSender, registerIpc } from '../../electron/main/ipc'
import { menuTemplate } from '../../electron/main/menu'
import type { Session, WebContents } from 'electron'

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, req: unknown) => ({ ok: true, data: { channel, req } })), on: vi.fn(), off: vi.fn() }
}))

type Listener = (...args: never[]) => unknown

function fakeWebContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  const wc = {
    on: (event: string, l: Listener) => { listeners.set(event, l); return wc },
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => { openHandler = h }
  }
  return {
    wc: wc as unknown as WebContents,
    fire(event: string, ...args: unknown[]) {
      const l = listeners.get(event)
      if (!l) throw new Error(`no listener for ${event}`)
      return (l as (...a: unknown[]) => unknown)(...args)
    },
    open: (url: string) => openHandler?.({ url })
  }
}

const evt = (extra: Record<string, unknown> = {}) => ({ preventDefault: vi.fn(), ...extra })

describe('session hardening', () => {
  it('sets the CSP header on every response, replacing any other, and denies every permission', () => {
    let onHeaders: ((d: unknown, cb: (r: unknown) => void) => void) | undefined
    let perm: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    const session = {
      webRequest: { onHeadersReceived: (f: typeof onHeaders) => { onHeaders = f } },
      setPermissionRequestHandler: (f: typeof perm) => { perm = f },
      setPermissionCheckHandler: (f: typeof check) => { check = f },
      setDevicePermissionHandler: vi.fn()
    }
    hardenSession(session as unknown as Session)
    const cb = vi.fn()
    onHeaders?.({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-A': ['1'] } }, cb)
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CSP] } })
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn()
      perm?.({}, p, answer)
      expect(answer).toHaveBeenCalledWith(false)
    }
    expect(check?.()).toBe(false)
  })

  it('the header CSP is the same string as the meta tag in renderer/index.html', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf-8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1]
    expect(meta).toBe(CSP)
  })

  it('the CSP is strict', () => {
    expect(CSP).toContain("default-src 'self'")
    expect(CSP).toContain("script-src 'self';")
    expect(CSP).toContain("object-src 'none'")
    expect(CSP).toContain("frame-ancestors 'none'")
    expect(CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })
})

describe('navigation and new windows', () => {
  it('blocks in-window navigation and redirects; opens allow-listed https links in the system browser only', () => {
    const openExternal = vi.fn(async () => undefined)
    const f = fakeWebContents()
    hardenWebContents(f.wc, { openExternal })
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://www.court.gov.cn/x', 'https://www.court.gov.cn/']) {
      const e = evt()
      f.fire('will-navigate', e, url)
      expect(e.preventDefault).toHaveBeenCalled()
      const r = evt()
      f.fire('will-redirect', r, url)
      expect(r.preventDefault).toHaveBeenCalled()
    }
    // only the exact allow-listed URL, not another page of the same host
    expect(openExternal.mock.calls).toEqual([['https://www.court.gov.cn/'], ['https://www.court.gov.cn/']])
  })

  it('denies every new window; only allow-listed https goes to the system browser', () => {
    const openExternal = vi.fn(async () => undefined)
    const f = fakeWebContents()
    hardenWebContents(f.wc, { openExternal })
    expect(f.open('https://www.spp.gov.cn/')).toEqual({ action: 'deny' })
    expect(f.open('https://www.spp.gov.cn/case')).toEqual({ action: 'deny' })
    expect(f.open('https://github.com/')).toEqual({ action: 'deny' })
    expect(f.open('http://www.spp.gov.cn/case')).toEqual({ action: 'deny' })
    expect(f.open('https://www.spp.gov.cn.evil.com/')).toEqual({ action: 'deny' })
    expect(f.open('https://user:pw@www.spp.gov.cn/')).toEqual({ action: 'deny' })
    expect(f.open('file:///tmp/x.html')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://www.spp.gov.cn/']])
  })

  it('blocks webviews and sub-frame navigation', () => {
    const f = fakeWebContents()
    hardenWebContents(f.wc, { openExternal: vi.fn() })
    const w = evt()
    f.fire('will-attach-webview', w, {}, {})
    expect(w.preventDefault).toHaveBeenCalled()
    const sub = evt({ isMainFrame: false, url: 'https://evil.example/' })
    f.fire('will-frame-navigate', sub)
    expect(sub.preventDefault).toHaveBeenCalled()
  })

  it('recognises the app page and external URLs', () => {
    expect(isAppUrl('app://bangxin/index.html')).toBe(true)
    expect(isAppUrl('app://bangxin/assets/index.js')).toBe(true)
    // file:// is no longer the app's origin, not even the packaged index.html
    expect(isAppUrl('file:///opt/app/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(isAppUrl('file:///tmp/evil.html')).toBe(false)
    expect(isAppUrl('app://evil/index.html')).toBe(false)
    expect(isAppUrl('app://bangxin:8080/index.html')).toBe(false)
    expect(isAppUrl('app://user@bangxin/index.html')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
    expect(isAllowedExternal('https://flk.npc.gov.cn/')).toBe(true)
    expect(isAllowedExternal('https://FLK.npc.gov.cn')).toBe(true) // normalised to https://flk.npc.gov.cn/
    expect(isAllowedExternal('https://flk.npc.gov.cn/detail')).toBe(false)
    expect(isAllowedExternal('https://flk.npc.gov.cn/?q=1')).toBe(false)
    expect(isAllowedExternal('https://flk.npc.gov.cn:8443/')).toBe(false)
    expect(isAllowedExternal('https://github.com/')).toBe(false)
    expect(isAllowedExternal('not a url')).toBe(false)
  })
})

describe('IPC registration', () => {
  const appFrame = { url: 'app://bangxin/index.html', parent: null }

  it('accepts messages only from the app main frame', () => {
    expect(isTrustedSender({ senderFrame: appFrame } as never)).toBe(true)
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } } as never)).toBe(false)
    // the old file:// page, and any other file://…/renderer/index.html, is refused
    expect(isTrustedSender({ senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: 'file:///tmp/x/renderer/index.html', parent: null } } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: { url: 'app://bangxin.evil/index.html', parent: null } } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: { ...appFrame, parent: {} } } as never)).toBe(false)
  })

  it('registers every contract channel and refuses untrusted senders with a structured error', async () => {
    const handlers = new Map<string, (e: unknown, p: unknown) => Promise<unknown>>()
    registerIpc({ handle: (c, l) => handlers.set(c, l as never) }, () => ({ dataDir: '/nonexistent', host: 'electron', appVersion: 't' }))
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    const bad = await handlers.get('app:info')?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', path: null } })
    const malformed = await handlers.get('matters:open')?.({ senderFrame: appFrame }, { id: 7 })
    expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', path: 'id' } })
    const good = await handlers.get('app:info')?.({ senderFrame: appFrame }, {})
    expect(good).toMatchObject({ ok: true, data: { host: 'electron' } })
  })
})

describe('preload', () => {
  it('exposes exactly one named method per channel and no generic invoke', async () => {
    const electron = await import('electron')
    await import('../../electron/preload/index')
    const expose = vi.mocked(electron.contextBridge.exposeInMainWorld)
    const call = expose.mock.calls.find((c) => c[0] === 'bangxin')
    expect(call).toBeDefined()
    const api = call?.[1] as Record<string, (req: unknown) => Promise<unknown>>
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map((c) => methodName(c)).sort())
    expect(api).not.toHaveProperty('invoke')
    expect(Object.isFrozen(api)).toBe(true)
    await expect(api.mattersRestoreVersion?.({ id: 'a', revision: 2 })).resolves.toEqual({
      ok: true, data: { channel: 'matters:restoreVersion', req: { id: 'a', revision: 2 } }
    })
  })
})

describe('native menu', () => {
  it('is in Chinese: 文件 / 编辑 / 视图 / 帮助', () => {
    const command = vi.fn()
    const t = menuTemplate({ command, openDataFolder: vi.fn(), about: vi.fn(), quit: vi.fn(), isDev: false })
    expect(t.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    const labels = t.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []).map((i) => i.label).filter(Boolean))
    for (const l of labels) expect(l).toMatch(/[\u4e00-\u9fff]/)
    expect(labels).not.toContain('开发者工具')
    const file = t[0]?.submenu
    const newItem = Array.isArray(file) ? file.find((i) => i.label === '新建案件') : undefined
    ;(newItem?.click as (() => void) | undefined)?.()
    expect(command).toHaveBeenCalledWith('newMatter')
  })
})
