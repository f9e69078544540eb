import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CHANNELS, ipcContract, methodName } from '../../core/ipc/contract'
import { emptyMatter } from '../../core/matter/schema'
import { dispatch } from '../../electron/main/dispatch'
import { IpcFailure } from '../../electron/main/services/errors'
import { services } from '../../electron/main/services'
import { closeStores } from '../../electron/main/store'
import type { ServiceContext } from '../../electron/main/services/types'

const dir = mkdtempSync(join(tmpdir(), 'bangxin-ipc-'))
const ctx: ServiceContext = { dataDir: dir, host: 'web', appVersion: '0.0.0-test' }
afterAll(async () => {
  await closeStores()
  rmSync(dir, { recursive: true, force: true })
})
const quiet = { log: () => undefined }

describe('dispatch: malformed payloads get structured errors', () => {
  it('unknown channel → INVALID_REQUEST', async () => {
    const r = await dispatch('matters:format', {}, ctx)
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', path: null } })
    expect(r.ok ? '' : r.error.message).toMatch(/未知的通道.*unknown channel/)
  })

  it('prototype keys are not channels', async () => {
    for (const c of ['__proto__', 'constructor', 'toString']) {
      const r = await dispatch(c, {}, ctx)
      expect(r.ok ? null : r.error.code).toBe('INVALID_REQUEST')
    }
  })

  it.each([
    ['matters:open', null, '(根)'],
    ['matters:open', 'id', '(根)'],
    ['matters:open', {}, 'id'],
    ['matters:open', { id: 42 }, 'id'],
    ['matters:open', { id: '../../etc/passwd' }, 'id'],
    ['matters:open', { id: 'ok', extra: true }, '(根)'],
    ['matters:rename', { id: 'a', title: '' }, 'title'],
    ['matters:list', { sort: 'size' }, 'sort'],
    ['matters:restoreVersion', { id: 'a', revision: 1.5 }, 'revision'],
    ['settings:set', { settings: { language: 'fr' } }, 'settings.language']
  ])('%s %j → INVALID_REQUEST at %s', async (channel, payload, path) => {
    const r = await dispatch(channel, payload, ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_REQUEST')
    expect(r.error.path).toBe(path)
    expect(r.error.issues?.length).toBeGreaterThan(0)
    expect(r.error.issues?.[0]?.path).toBe(path)
    expect(r.error.message).toMatch(/请求格式错误/)
  })

  it('reports every issue, not just the first', async () => {
    const r = await dispatch('settings:set', { settings: { language: 'fr', theme: 'blue', memoLineSpacingPt: 99 } }, ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = (r.error.issues ?? []).map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['settings.language', 'settings.theme', 'settings.memoLineSpacingPt', 'settings.boilerplate']))
  })

  it('a document with field errors reaches the store and comes back INVALID_MATTER with every field path', async () => {
    const created = await dispatch('matters:create', { title: '测试案件' }, ctx)
    expect(created.ok).toBe(true)
    if (!created.ok) return
    const id = (created.data as { summary: { id: string } }).summary.id
    const doc = emptyMatter('测试案件') as unknown as { defendants: { amounts: Record<string, unknown>; name: string }[] }
    doc.defendants[0]!.amounts.paymentSettlement = -5
    doc.defendants[0]!.name = ''
    const r = await dispatch('matters:save', { id, document: doc }, ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_MATTER')
    expect((r.error.issues ?? []).map((i) => i.path).sort()).toEqual(['defendants.0.amounts.paymentSettlement', 'defendants.0.name'])
    expect(r.error.issues?.every((i) => /[\u4e00-\u9fff]/.test(i.message))).toBe(true)
  })

  it('handler IpcFailure → its error; other throws → INTERNAL without a stack', async () => {
    const handlers = {
      'matters:open': async () => { throw new IpcFailure('NOT_FOUND', '找不到 / not found', 'id') },
      'matters:list': async () => { throw new Error('secret stack detail in file.ts:12') }
    }
    const a = await dispatch('matters:open', { id: 'x' }, ctx, { handlers, ...quiet })
    expect(a).toEqual({ ok: false, error: { code: 'NOT_FOUND', path: 'id', message: '找不到 / not found' } })
    const b = await dispatch('matters:list', {}, ctx, { handlers, ...quiet })
    expect(b.ok ? null : b.error.code).toBe('INTERNAL')
    expect(JSON.stringify(b)).not.toMatch(/secret|file\.ts/)
  })

  it('a response outside the contract is caught in development', async () => {
    const handlers = { 'matters:list': async () => [{ id: 'x' }] } as never
    const r = await dispatch('matters:list', {}, ctx, { handlers, validateResponses: true, ...quiet })
    expect(r.ok ? null : r.error.code).toBe('INTERNAL')
  })

  it('a channel without a handler answers UNSUPPORTED', async () => {
    const r = await dispatch('memo:saveAs', { document: {}, kind: 'defense' }, ctx, { handlers: {} })
    expect(r.ok ? null : r.error.code).toBe('UNSUPPORTED')
  })

  it('every handler registered belongs to a contract channel', () => {
    for (const c of Object.keys(services)) expect(CHANNELS).toContain(c)
    expect(Object.keys(ipcContract)).toEqual(CHANNELS)
    expect(methodName('matters:restoreVersion')).toBe('mattersRestoreVersion')
  })

  it('app:info answers within the contract', async () => {
    const r = await dispatch('app:info', {}, ctx)
    expect(r).toMatchObject({ ok: true, data: { host: 'web', dataDir: dir, version: '0.0.0-test' } })
  })
})
