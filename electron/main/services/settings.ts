// settings:get / settings:set — one settings.json in the data folder, migrated (core/settings.ts) and
// validated on every load.
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  SettingsVersionError, defaultSettings, detectSettingsVersion, migrateSettings, settingsSchema, SETTINGS_VERSION, type Settings
} from '../../../core/settings'
import { readJsonRaw, writeJsonAtomic } from '../store/atomic'
import { IpcFailure } from './errors'
import type { ServiceHandlers } from './types'

export const settingsFile = (dataDir: string): string => join(dataDir, 'settings.json')

const keepAside = async (dataDir: string): Promise<void> => {
  await copyFile(settingsFile(dataDir), join(dataDir, `settings.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}.json`))
}

/** After the file as it was is kept aside: write the repaired settings, so that the next load is clean. */
const repair = async (dataDir: string, settings: Settings): Promise<Settings> => {
  await writeJsonAtomic(settingsFile(dataDir), settings)
  return settings
}

const refuseNewer = (e: SettingsVersionError): IpcFailure => new IpcFailure('UNSUPPORTED', e.message, 'settingsVersion')

/**
 * Load settings. A missing file gives the defaults; an older version is migrated with every value of the
 * user's kept (written back on the next save); a value that is missing or invalid is replaced by its
 * default, the file as it was is kept aside (settings.invalid-<time>.json) and the repaired settings are
 * written; an unparsable file is kept aside and replaced by the defaults.
 * A file from a newer version is refused (IpcFailure UNSUPPORTED) and left as it is.
 */
export async function loadSettings(dataDir: string): Promise<Settings> {
  const read = await readJsonRaw(settingsFile(dataDir))
  // a symlink or anything not a regular file is never read: the defaults, and the next save replaces the link
  if (read.kind === 'missing' || read.kind === 'refused') return structuredClone(defaultSettings)
  if (read.kind === 'unparsable') {
    await keepAside(dataDir)
    return repair(dataDir, structuredClone(defaultSettings))
  }
  let m
  try {
    m = migrateSettings(read.value)
  } catch (e) {
    if (e instanceof SettingsVersionError) throw refuseNewer(e)
    throw e
  }
  if (m.replaced.length === 0) return m.settings
  await keepAside(dataDir)
  return repair(dataDir, m.settings)
}

/** Save settings (current version). Refuses to overwrite a settings file written by a newer version. */
export async function saveSettings(dataDir: string, settings: Settings): Promise<Settings> {
  const value = settingsSchema.parse(settings)
  const existing = await readJsonRaw(settingsFile(dataDir))
  if (existing.kind === 'ok') {
    const v = detectSettingsVersion(existing.value)
    if (v !== null && v > SETTINGS_VERSION) throw refuseNewer(new SettingsVersionError(v))
  }
  await mkdir(dataDir, { recursive: true })
  await writeJsonAtomic(settingsFile(dataDir), value)
  return value
}

export const settingsService: ServiceHandlers = {
  'settings:get': async (_req, ctx) => loadSettings(ctx.dataDir),
  'settings:set': async (req, ctx) => saveSettings(ctx.dataDir, req.settings)
}
