import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../electron/main/dispatch'
import { describeError, fileLogger, formatEntry, ENTRY_MAX } from '../../electron/main/log'

const dir = mkdtempSync(join(tmpdir(), 'bangxin-log-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const posix = process.platform !== 'win32'

describe('application log: ids and error codes only, never case facts', () => {
  it('an unexpected handler error is logged with its class, errno code and stack frames, not its message; the caller gets INTERNAL only', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const log = fileLogger(join(dir, 'logs'))
    const handlers = {
      'matters:list': async () => {
        // what a failed save of 张三's matter or a regex on case text used to put in the log
        const path = ['', 'data', '文书', '张三帮信案', '辩护意见.docx'].join('/') // a user's file path
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT', syscall: 'open', errno: -2 })
      }
    }
    const r = await dispatch('matters:list', {}, { dataDir: dir, host: 'electron', appVersion: 't' }, { handlers, log })
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', path: null } })
    expect(JSON.stringify(r)).not.toContain('张三')
    await vi.waitFor(() => {
      const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf-8')
      expect(text).toContain('[ipc] matters:list failed')
      expect(text).toContain('Error code=ENOENT syscall=open errno=-2')
      expect(text).toMatch(/\n {2}at /)
    })
    const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf-8')
    expect(text).not.toContain('张三')
    expect(text).not.toContain('文书')
    // nothing of it on stderr either
    expect(spy.mock.calls.flat().join('\n')).not.toContain('张三')
    if (posix) {
      expect(statSync(join(dir, 'logs', 'main.log')).mode & 0o777).toBe(0o600)
      expect(statSync(join(dir, 'logs')).mode & 0o777).toBe(0o700)
    }
    spy.mockRestore()
  })

  it('a regular-expression error quoting megabytes of case text becomes one short line', () => {
    let err: unknown
    try {
      new RegExp(`(${'李娜'.repeat(1000)}`)
    } catch (e) {
      err = e
    }
    const entry = formatEntry('[ipc] memo:build failed', err)
    expect(entry).not.toContain('李娜')
    expect(entry.length).toBeLessThanOrEqual(ENTRY_MAX)
    expect(describeError(err)).toMatch(/^SyntaxError/)
    expect(describeError('张三')).toBe('non-error thrown (string)')
  })

  it('the log is size-capped and rotated (main.log.1 … main.log.3)', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const d = join(dir, 'rot')
    const log = fileLogger(d, { maxBytes: 2000, keep: 3 })
    for (let i = 0; i < 60; i++) log(`[ipc] channel-${i} failed`, new TypeError('x'))
    await vi.waitFor(() => expect(readFileSync(join(d, 'main.log'), 'utf-8')).toContain('channel-59'))
    const files = readdirSync(d).sort()
    expect(files).toEqual(['main.log', 'main.log.1', 'main.log.2', 'main.log.3'])
    for (const f of files) expect(statSync(join(d, f)).size).toBeLessThanOrEqual(2000)
    spy.mockRestore()
  })
})
