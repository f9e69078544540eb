// 1,000 matters: the store opens and lists them all, searches them, and a save touches only the saved
// matter's files (the index cache is written later, coalesced), so saving does not grow with the store.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyDefendant, emptyMatter } from '../../core/matter/schema'
import { MatterStore, STORE_FORMAT } from '../../electron/main/store'

const N = 1000
const dir = mkdtempSync(join(tmpdir(), 'bangxin-scale-'))
const ids = Array.from({ length: N }, (_, i) => `m${String(i).padStart(4, '0')}`)

beforeAll(() => {
  mkdirSync(join(dir, 'matters'), { recursive: true })
  ids.forEach((id, i) => {
    const doc = emptyMatter(`第${i}号案`)
    doc.defendants = [emptyDefendant('d1', i === 777 ? '欧阳某某' : `被告人${i}`)]
    const t = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()
    writeFileSync(join(dir, 'matters', `${id}.json`), JSON.stringify({ storeFormat: STORE_FORMAT, id, revision: 1, createdAt: t, updatedAt: t, document: doc }))
  })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('matter store with 1,000 matters', () => {
  it('builds the index from the files, lists, sorts and searches all of them', async () => {
    const s = await MatterStore.open(dir, { indexDelayMs: 60_000 })
    const all = s.list()
    expect(all).toHaveLength(N)
    expect(all[0]?.id).toBe('m0999') // newest first
    expect(s.list({ sort: 'title' })).toHaveLength(N)
    expect(s.list({ query: '欧阳' }).map((x) => x.id)).toEqual(['m0777'])
    expect(statSync(join(dir, 'matters', 'index.json')).isFile()).toBe(true)
    await s.close()
  })

  it('a save writes only that matter (and its version copy); other files and the index stay untouched', async () => {
    const s = await MatterStore.open(dir, { indexDelayMs: 60_000 })
    const before = new Map(readdirSync(join(dir, 'matters')).filter((n) => n.endsWith('.json')).map((n) => [n, statSync(join(dir, 'matters', n)).mtimeMs]))
    const { document } = await s.open('m0500')
    document.matter.notes = '修改'
    await s.save('m0500', document)
    const changed = [...before].filter(([n, m]) => statSync(join(dir, 'matters', n)).mtimeMs !== m).map(([n]) => n)
    expect(changed).toEqual(['m0500.json'])
    expect(readdirSync(join(dir, 'matters', 'versions'))).toEqual(['m0500'])
    // the index catches up on flush/close, and a reopen agrees
    await s.close()
    const again = await MatterStore.open(dir)
    expect(again.summary('m0500')?.revision).toBe(2)
    expect(again.list()).toHaveLength(N)
    await again.close()
  })

  it('an index that missed a save (crash before the coalesced write) is repaired on open', async () => {
    const s = await MatterStore.open(dir, { indexDelayMs: 60_000 })
    const { document } = await s.open('m0001')
    document.matter.title = '崩溃前保存的标题'
    await s.save('m0001', document)
    // no close/flush: as if the process died here
    const again = await MatterStore.open(dir)
    expect(again.summary('m0001')).toMatchObject({ title: '崩溃前保存的标题', revision: 2 })
    await again.close()
    await s.close()
  })
})
