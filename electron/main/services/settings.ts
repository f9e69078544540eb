// settings:get / settings:set — one settings.json in the data folder, validated on every load.
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultSettings, settingsSchema, type Settings } from '../../../core/settings'
import { readJsonRaw, writeJsonAtomic } from '../store/atomic'
import type { ServiceHandlers } from './types'

export const settingsFile = (dataDir: string): string => join(dataDir, 'settings.json')

/** Load settings; a missing file gives the defaults, an invalid one is kept aside (settings.invalid-<time>.json). */
export async function loadSettings(dataDir: string): Promise<Settings> {
  const file = settingsFile(dataDir)
  const read = await readJsonRaw(file)
  if (read.kind === 'missing') return structuredClone(defaultSettings)
  if (read.kind === 'ok') {
    const r = settingsSchema.safeParse(read.value)
    if (r.success) return r.data
  }
  await copyFile(file, join(dataDir, `settings.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}.json`))
  return structuredClone(defaultSettings)
}

export async function saveSettings(dataDir: string, settings: Settings): Promise<Settings> {
  const value = settingsSchema.parse(settings)
  await mkdir(dataDir, { recursive: true })
  await writeJsonAtomic(settingsFile(dataDir), value)
  return value
}

export const settingsService: ServiceHandlers = {
  'settings:get': async (_req, ctx) => loadSettings(ctx.dataDir),
  'settings:set': async (req, ctx) => saveSettings(ctx.dataDir, req.settings)
}
