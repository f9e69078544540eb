import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SETTINGS_VERSION, SettingsVersionError, defaultSettings, migrateSettings, type Settings } from '../../core/settings'
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

// Settings written by earlier releases: version 0 had no `settingsVersion` and, before the clinic memo,
// only three memo kinds; version 1 had every kind but no profile. Both keep the user's boilerplate.
const letterhead = '北京市某某律师事务所\n刑事辩护部'
const v0 = {
  language: 'en', theme: 'dark', memoLineSpacingPt: 29,
  boilerplate: {
    defense: { letterhead, signature: '辩护律师：张某', closing: '请合议庭依法采纳。' },
    prosecution: { letterhead: '某某区人民检察院', signature: '检察官：李某', closing: '以上意见，请审查。' },
    analysis: { letterhead: '', signature: '', closing: '仅供参考。' }
  }
}
const v1 = { ...v0, settingsVersion: 1, boilerplate: { ...v0.boilerplate, clinic: { letterhead: '法律诊所', signature: '王老师', closing: '' } } }

describe('settings versions', () => {
  it('a version-0 file (no version, a memo kind missing) migrates and keeps the letterhead and signature', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(v0))
    const r = await dispatch('settings:get', {}, ctx())
    expect(r.ok).toBe(true)
    const s = (r as { ok: true; data: Settings }).data
    expect(s.settingsVersion).toBe(SETTINGS_VERSION)
    expect(s.boilerplate.defense).toEqual(v0.boilerplate.defense)
    expect(s.boilerplate.prosecution).toEqual(v0.boilerplate.prosecution)
    expect(s.boilerplate.clinic).toEqual(defaultSettings.boilerplate.clinic)
    expect(s.profile).toEqual(defaultSettings.profile)
    expect([s.language, s.theme, s.memoLineSpacingPt]).toEqual(['en', 'dark', 29])
    // nothing was invalid: nothing kept aside, the file is left for the next save to rewrite
    expect(readdirSync(dir).filter((n) => n.startsWith('settings.invalid-'))).toEqual([])
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf-8'))).toEqual(v0)
    // the next save writes the current version with the letterhead in it
    const saved = await dispatch('settings:set', { settings: { ...s, profile: { ...s.profile, firm: '某某律师事务所' } } }, ctx())
    expect(saved.ok).toBe(true)
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf-8')) as Settings
    expect(onDisk.settingsVersion).toBe(SETTINGS_VERSION)
    expect(onDisk.boilerplate.defense.letterhead).toBe(letterhead)
    expect(onDisk.profile.firm).toBe('某某律师事务所')
  })

  it('a version-1 file migrates, keeps every memo kind and gains an empty profile', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(v1))
    const r = await dispatch('settings:get', {}, ctx())
    expect(r).toEqual({ ok: true, data: { ...v1, settingsVersion: SETTINGS_VERSION, profile: defaultSettings.profile } })
  })

  it('one invalid value is replaced by its default; the rest is kept and the file as it was is kept aside', async () => {
    const text = JSON.stringify({ ...v1, memoLineSpacingPt: 99 })
    writeFileSync(join(dir, 'settings.json'), text)
    const r = await dispatch('settings:get', {}, ctx())
    const s = (r as { ok: true; data: Settings }).data
    expect(s.memoLineSpacingPt).toBe(defaultSettings.memoLineSpacingPt)
    expect(s.boilerplate.defense.letterhead).toBe(letterhead)
    const kept = readdirSync(dir).filter((n) => n.startsWith('settings.invalid-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]!), 'utf-8')).toBe(text)
    // repaired on disk: a second load is clean and keeps nothing more aside
    expect(await dispatch('settings:get', {}, ctx())).toEqual({ ok: true, data: s })
    expect(readdirSync(dir).filter((n) => n.startsWith('settings.invalid-'))).toHaveLength(1)
  })

  it('a file from a newer version is refused clearly and never overwritten', async () => {
    const text = JSON.stringify({ ...v1, settingsVersion: SETTINGS_VERSION + 1, somethingNew: true })
    writeFileSync(join(dir, 'settings.json'), text)
    const got = await dispatch('settings:get', {}, ctx())
    expect(got.ok).toBe(false)
    const err = (got as { ok: false; error: { code: string; path: string | null; message: string } }).error
    expect(err.code).toBe('UNSUPPORTED')
    expect(err.path).toBe('settingsVersion')
    expect(err.message).toMatch(/^设置文件.*版本 3.*升级/)
    const set = await dispatch('settings:set', { settings: defaultSettings }, ctx())
    expect(set.ok).toBe(false)
    expect((set as { ok: false; error: { code: string } }).error.code).toBe('UNSUPPORTED')
    expect(readFileSync(join(dir, 'settings.json'), 'utf-8')).toBe(text)
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('migrateSettings: version 0 → current in steps, a missing memo kind alone is filled, junk gives the defaults', () => {
    const m = migrateSettings(v0)
    expect(m).toMatchObject({ from: 0, migrated: true, replaced: [] })
    const { clinic: _clinic, ...threeKinds } = v1.boilerplate
    const m1 = migrateSettings({ ...v1, settingsVersion: SETTINGS_VERSION, profile: defaultSettings.profile, boilerplate: threeKinds })
    expect(m1.replaced).toEqual(['boilerplate.clinic'])
    expect(m1.settings.boilerplate.defense.letterhead).toBe(letterhead)
    expect(migrateSettings('nonsense').settings).toEqual(defaultSettings)
    expect(() => migrateSettings({ settingsVersion: 99 })).toThrow(SettingsVersionError)
  })
})
