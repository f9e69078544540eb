import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyMatter } from '../../core/matter/schema'
import { dispatch } from '../../electron/main/dispatch'
import { closeStores, MatterStore } from '../../electron/main/store'

let dir: string
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'bangxin-corrupt-')) })
afterEach(async () => {
  await closeStores()
  rmSync(dir, { recursive: true, force: true })
})

async function seed(): Promise<{ id: string; file: string }> {
  const s = await MatterStore.open(dir)
  const d = emptyMatter('手改案件')
  d.defendants[0]!.name = '李某'
  const a = await s.create(d)
  d.matter.notes = '第二稿'
  await s.save(a.summary.id, d)
  await s.close()
  return { id: a.summary.id, file: join(dir, 'matters', `${a.summary.id}.json`) }
}

describe('matter store: corrupt and hand-edited files are reported and preserved', () => {
  it('a hand edit that breaks fields: flagged corrupt, every field reported, bytes preserved, never overwritten', async () => {
    const { id, file } = await seed()
    const env = JSON.parse(readFileSync(file, 'utf-8'))
    env.document.defendants[0].amounts.paymentSettlement = '二十万'
    env.document.defendants[0].ageAtAct = -3
    env.document.matter.stage = 'court'
    const edited = JSON.stringify(env, null, 2)
    writeFileSync(file, edited)

    const ctx = { dataDir: dir, host: 'web' as const, appVersion: 't' }
    const list = await dispatch('matters:list', {}, ctx)
    expect(list.ok && list.data).toEqual([expect.objectContaining({ id, corrupt: true, title: '手改案件' })])
    const open = await dispatch('matters:open', { id }, ctx)
    expect(open.ok).toBe(false)
    if (open.ok) return
    expect(open.error.code).toBe('CORRUPT_MATTER')
    expect(open.error.issues?.map((i) => i.path).sort()).toEqual([
      'defendants.0.ageAtAct', 'defendants.0.amounts.paymentSettlement', 'matter.stage'
    ])
    expect(open.error.message).toMatch(/未通过校验/)
    // a save must not overwrite it
    const save = await dispatch('matters:save', { id, document: emptyMatter('覆盖') }, ctx)
    expect(save.ok ? null : save.error.code).toBe('CORRUPT_MATTER')
    expect(readFileSync(file, 'utf-8')).toBe(edited)
    const q = readdirSync(join(dir, 'matters', 'quarantine')).filter((n) => n.startsWith(id))
    expect(q).toHaveLength(1)
    expect(readFileSync(join(dir, 'matters', 'quarantine', q[0]!), 'utf-8')).toBe(edited)

    // reopening the store does not quarantine the same bytes twice
    await closeStores()
    await dispatch('matters:list', {}, ctx)
    expect(readdirSync(join(dir, 'matters', 'quarantine')).filter((n) => n.startsWith(id))).toHaveLength(1)

    // the last good version can be restored; the bad bytes stay in the quarantine
    const restored = await dispatch('matters:restoreVersion', { id, revision: 2 }, ctx)
    expect(restored).toMatchObject({ ok: true, data: { summary: { corrupt: false, revision: 3 }, document: { matter: { notes: '第二稿' } } } })
    expect(readFileSync(join(dir, 'matters', 'quarantine', q[0]!), 'utf-8')).toBe(edited)
  })

  it('a truncated (unparsable) file is reported at the root and kept', async () => {
    const { id, file } = await seed()
    const half = readFileSync(file, 'utf-8').slice(0, 100)
    writeFileSync(file, half)
    const s = await MatterStore.open(dir)
    expect(s.summary(id)?.corrupt).toBe(true)
    await expect(s.open(id)).rejects.toMatchObject({ code: 'CORRUPT_MATTER', path: '(根)' })
    expect(readFileSync(file, 'utf-8')).toBe(half)
    await s.close()
  })

  it('a file edited while the app runs is caught on open', async () => {
    const { id, file } = await seed()
    const s = await MatterStore.open(dir)
    const env = JSON.parse(readFileSync(file, 'utf-8'))
    env.document.defendants = []
    writeFileSync(file, JSON.stringify(env))
    await expect(s.open(id)).rejects.toMatchObject({ code: 'CORRUPT_MATTER', path: 'defendants' })
    expect(s.list()[0]?.corrupt).toBe(true)
    await s.close()
  })

  it('a hand edit that stays valid is accepted, and a hand fix clears the flag', async () => {
    const { id, file } = await seed()
    const good = readFileSync(file, 'utf-8')
    const env = JSON.parse(good)
    env.document.matter.title = '手工改名'
    writeFileSync(file, JSON.stringify(env))
    let s = await MatterStore.open(dir)
    expect(s.summary(id)).toMatchObject({ title: '手工改名', corrupt: false })
    await s.close()
    writeFileSync(file, '[]')
    s = await MatterStore.open(dir)
    expect(s.summary(id)?.corrupt).toBe(true)
    await s.close()
    writeFileSync(file, good)
    s = await MatterStore.open(dir)
    expect(s.summary(id)).toMatchObject({ title: '手改案件', corrupt: false })
    await s.close()
  })
})
