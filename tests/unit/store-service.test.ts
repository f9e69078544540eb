// store:status / store:unlock / store:setPassphrase through the IPC dispatcher: a machine without a keystore
// encrypts its folder with a passphrase, reopens it after a restart, changes the passphrase.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/main/dispatch'
import { closeStores, setKeySource } from '../../electron/main/store'
import { isSealed } from '../../electron/main/store/seal'

const dir = mkdtempSync(join(tmpdir(), 'bangxin-storesvc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => setKeySource({}))
const ctx = { dataDir: dir, host: 'electron' as const, appVersion: 't' }
const call = async (channel: string, req: unknown): Promise<{ ok: boolean; data?: any; error?: { code: string; message: string } }> => // eslint-disable-line @typescript-eslint/no-explicit-any
  (await dispatch(channel, req, ctx)) as never
/** an app restart: every store closed, no passphrase in memory */
const restart = async (): Promise<void> => {
  await closeStores()
  setKeySource({})
}

describe('store services', () => {
  it('encrypt a plain folder with a passphrase, reopen it after a restart, change the passphrase', async () => {
    setKeySource({})
    const created = await call('matters:create', { title: '口令测试' })
    expect(created.ok).toBe(true)
    const id = created.data.summary.id as string
    expect((await call('store:status', {})).data).toEqual({ encrypted: false, keystore: false, passphrase: false, readOnly: false, locked: false, notice: null })
    // unlocking a plain folder does nothing (it never encrypts)
    expect((await call('store:unlock', { passphrase: 'whatever passphrase' })).data).toMatchObject({ encrypted: false })

    expect((await call('store:setPassphrase', { passphrase: 'short' })).error?.code).toBe('INVALID_REQUEST')
    const set = await call('store:setPassphrase', { passphrase: 'first passphrase' })
    expect(set.data).toMatchObject({ encrypted: true, passphrase: true, locked: false })
    expect(isSealed(readFileSync(join(dir, 'matters', `${id}.json`)))).toBe(true)
    expect(readdirSync(join(dir, 'matters')).filter((n) => n.endsWith('.json')).every((n) => isSealed(readFileSync(join(dir, 'matters', n))))).toBe(true)

    await restart()
    expect((await call('store:status', {})).data).toMatchObject({ encrypted: true, locked: true })
    expect((await call('matters:list', {})).error?.code).toBe('LOCKED')
    const wrong = await call('store:unlock', { passphrase: 'wrong passphrase' })
    expect(wrong.error).toMatchObject({ code: 'LOCKED', message: expect.stringMatching(/^口令不正确/) })
    expect((await call('store:unlock', { passphrase: 'first passphrase' })).data).toMatchObject({ locked: false, encrypted: true })
    expect((await call('matters:list', {})).data.map((m: { title: string }) => m.title)).toEqual(['口令测试'])

    expect((await call('store:setPassphrase', { passphrase: 'second passphrase' })).data).toMatchObject({ passphrase: true })
    await restart()
    expect((await call('store:unlock', { passphrase: 'first passphrase' })).error?.code).toBe('LOCKED')
    expect((await call('store:unlock', { passphrase: 'second passphrase' })).data).toMatchObject({ locked: false })
    expect((await call('matters:open', { id })).data.document.matter.title).toBe('口令测试')
    await closeStores()
  }, 60_000)
})
