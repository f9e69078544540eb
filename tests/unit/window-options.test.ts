import { describe, expect, it } from 'vitest'
import { rendererEntry, SECURE_WEB_PREFERENCES, windowOptions } from '../../electron/main/window'

describe('main window options', () => {
  const o = windowOptions({ mainDir: '/app/out/main' })

  it('isolates and sandboxes the renderer', () => {
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false
    })
  })

  it('loads the CommonJS preload next to the main bundle and the renderer from disk', () => {
    expect(o.webPreferences?.preload).toBe('/app/out/preload/index.cjs')
    expect(rendererEntry('/app/out/main')).toBe('/app/out/renderer/index.html')
  })

  it('is created hidden (shown on ready-to-show) with a Chinese title', () => {
    expect(o.show).toBe(false)
    expect(o.title).toBe('帮信案件文书工作台')
  })

  it('saved bounds cannot weaken the security settings', () => {
    const b = windowOptions({ mainDir: '/x/main', bounds: { width: 800, height: 600, x: 5, y: 6 } })
    expect(b).toMatchObject({ width: 800, height: 600, x: 5, y: 6 })
    expect(b.webPreferences).toMatchObject(SECURE_WEB_PREFERENCES)
  })
})
