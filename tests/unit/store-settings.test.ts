import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../core/settings'
import { dispatch } from '../../electron/main/dispatch'

let dir: string
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'bangxin-settings-')) })
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const ctx = () => ({ dataDir: dir, host: 'web' as const, appVersion: 't' })

describe('settings', () => {
  it('defaults when absent; set persists and get reads it back', async () => {
    expect(await dispatch('settings:get', {}, ctx())).toEqual({ ok: true, data: defaultSettings })
    const changed = { ...defaultSettings, theme: 'dark' as const, memoLineSpacingPt: 29 }
    expect(await dispatch('settings:set', { settings: changed }, ctx())).toEqual({ ok: true, data: changed })
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf-8'))).toEqual(changed)
    expect(await dispatch('settings:get', {}, ctx())).toEqual({ ok: true, data: changed })
  })

  it('an invalid settings file is kept aside and the defaults are used', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"language":"fr"}')
    expect(await dispatch('settings:get', {}, ctx())).toEqual({ ok: true, data: defaultSettings })
    const kept = readdirSync(dir).filter((n) => n.startsWith('settings.invalid-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]!), 'utf-8')).toBe('{"language":"fr"}')
  })
})
