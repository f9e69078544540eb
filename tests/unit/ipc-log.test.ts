import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../electron/main/dispatch'
import { fileLogger } from '../../electron/main/log'

const dir = mkdtempSync(join(tmpdir(), 'bangxin-log-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('application log', () => {
  it('an unexpected handler error goes to the log file with its stack; the caller gets INTERNAL only', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const log = fileLogger(join(dir, 'logs'))
    const handlers = { 'matters:list': async () => { throw new Error('disk on fire') } }
    const r = await dispatch('matters:list', {}, { dataDir: dir, host: 'electron', appVersion: 't' }, { handlers, log })
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', path: null } })
    expect(JSON.stringify(r)).not.toContain('disk on fire')
    await vi.waitFor(() => {
      const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf-8')
      expect(text).toContain('[ipc] matters:list failed')
      expect(text).toContain('Error: disk on fire')
    })
    spy.mockRestore()
  })
})
