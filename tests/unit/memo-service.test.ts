// memo:build and memo:saveAs handlers: a valid matter gives a .docx; bad input gives a clear error
// and writes nothing; the user's settings in the data folder shape the memo.
import JSZip from 'jszip'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { memoService } from '../../electron/main/services/memo'
import { IpcFailure } from '../../electron/main/services/errors'
import type { ServiceContext } from '../../electron/main/services/types'
import { defaultSettings, type Settings } from '../../core/settings'
import { readEmbeddedAnalysis } from '../../templates/index'
import { loadCase } from './memo-helpers'

const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'bangxin-memo-svc-'))
  dirs.push(d)
  return d
}
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })

const ctxFor = (dataDir: string, extra: Partial<ServiceContext> = {}): ServiceContext => ({ dataDir, host: 'web', appVersion: 'test', ...extra })
const build = memoService['memo:build']
const saveAs = memoService['memo:saveAs']
if (!build || !saveAs) throw new Error('memo handlers missing')

async function docText(bytes: Uint8Array): Promise<string> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? ''
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}

async function failureOf(p: Promise<unknown>): Promise<IpcFailure> {
  try {
    await p
  } catch (e) {
    if (e instanceof IpcFailure) return e
    throw e
  }
  throw new Error('expected an IpcFailure')
}

describe('memo:build', () => {
  it('returns a base64 .docx named after the defendant and the kind, with the analysis inside', async () => {
    const doc = loadCase('cn-xianyou-yan')
    const r = await build({ document: doc, kind: 'prosecution' }, ctxFor(tempDir()))
    expect(r.fileName).toBe('严某某-审查报告.docx')
    const bytes = new Uint8Array(Buffer.from(r.base64, 'base64'))
    expect(await docText(bytes)).toContain('审查报告')
    const back = await readEmbeddedAnalysis(bytes)
    expect(back?.defendants[0]?.name).toBe('严某某')
  })

  it('uses the settings saved in the data folder', async () => {
    const dataDir = tempDir()
    const settings: Settings = structuredClone(defaultSettings)
    settings.boilerplate.defense.closing = '恳请合议庭采纳本辩护意见。'
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings))
    const r = await build({ document: loadCase('cn-xianyou-yan'), kind: 'defense' }, ctxFor(dataDir))
    expect(await docText(new Uint8Array(Buffer.from(r.base64, 'base64')))).toContain('恳请合议庭采纳本辩护意见。')
  })

  it('rejects an invalid matter with every field path, Chinese first', async () => {
    const doc = loadCase('cn-xianyou-yan') as unknown as { defendants: { amounts: Record<string, unknown> }[] }
    const first = doc.defendants[0]
    if (first) first.amounts.paymentSettlement = -5
    const f = await failureOf(build({ document: doc, kind: 'defense' }, ctxFor(tempDir())))
    expect(f.code).toBe('INVALID_MATTER')
    expect(f.path).toBe('document.defendants.0.amounts.paymentSettlement')
    expect(f.message).toMatch(/^案件数据有 1 处错误/)
    expect(f.issues?.[0]?.message).toMatch(/^金额不能为负数/)
  })

  it('refuses a matter written by a newer version of the app, naming formatVersion', async () => {
    const doc = { ...loadCase('cn-xianyou-yan'), formatVersion: 99 }
    const f = await failureOf(build({ document: doc, kind: 'defense' }, ctxFor(tempDir())))
    expect(f.code).toBe('INVALID_MATTER')
    expect(f.path).toBe('document.formatVersion')
  })

  it('rejects an unknown defendant', async () => {
    const f = await failureOf(build({ document: loadCase('cn-xianyou-yan'), kind: 'defense', defendantId: 'nobody' }, ctxFor(tempDir())))
    expect(f.code).toBe('INVALID_REQUEST')
    expect(f.path).toBe('defendantId')
  })
})

describe('memo:saveAs', () => {
  it('is unsupported without a native save dialog', async () => {
    const f = await failureOf(saveAs({ document: loadCase('cn-xianyou-yan'), kind: 'defense' }, ctxFor(tempDir())))
    expect(f.code).toBe('UNSUPPORTED')
    expect(f.message).toMatch(/^浏览器模式下/)
  })

  it('writes the file the user chose, offering the memo name and the docx filter', async () => {
    const out = join(tempDir(), 'chosen.docx')
    const offered: { name: string; ext: string[] }[] = []
    const ctx = ctxFor(tempDir(), {
      host: 'electron',
      showSaveDialog: async (name, filters) => {
        offered.push({ name, ext: filters.flatMap((f) => f.extensions) })
        return out
      }
    })
    const r = await saveAs({ document: loadCase('cn-xianyou-yan'), kind: 'clinic' }, ctx)
    expect(r.path).toBe(out)
    expect(offered).toEqual([{ name: '严某某-教学练习-教师版.docx', ext: ['docx'] }])
    expect(await docText(new Uint8Array(readFileSync(out)))).toContain('参考答案')
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const dir = tempDir()
    const r = await saveAs({ document: loadCase('cn-xianyou-yan'), kind: 'defense' }, ctxFor(dir, { host: 'electron', showSaveDialog: async () => null }))
    expect(r.path).toBeNull()
    expect(readdirSync(dir)).toEqual([])
    expect(existsSync(join(dir, 'settings.json'))).toBe(false)
  })
})
