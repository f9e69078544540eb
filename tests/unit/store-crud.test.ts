import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyMatter, FORMAT_VERSION, validateMatter, type MatterDocument } from '../../core/matter/schema'
import { examples } from '../../core/examples'
import { MatterStore, VERSIONS_KEPT } from '../../electron/main/store'
import { COALESCE_SPAN_MS } from '../../electron/main/store/store'
import { IpcFailure } from '../../electron/main/services/errors'

let dir: string
let store: MatterStore
let clock = Date.parse('2026-01-01T00:00:00Z')
const now = (): Date => new Date((clock += 1000))

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bangxin-store-'))
  store = await MatterStore.open(dir, { now })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const doc = (title: string, name = '张三'): MatterDocument => {
  const d = emptyMatter(title)
  d.defendants[0]!.name = name
  return d
}

async function failure(p: Promise<unknown>): Promise<IpcFailure> {
  try {
    await p
  } catch (e) {
    if (e instanceof IpcFailure) return e
    throw e
  }
  throw new Error('expected an IpcFailure')
}

describe('matter store: create, open, save, list', () => {
  it('creates one file per matter and reopens it from disk', async () => {
    const a = await store.create(doc('甲案'))
    expect(a.summary).toMatchObject({ title: '甲案', revision: 1, trashed: false, corrupt: false, defendantNames: ['张三'] })
    const file = JSON.parse(readFileSync(join(dir, 'matters', `${a.summary.id}.json`), 'utf-8'))
    expect(file).toMatchObject({ storeFormat: 1, id: a.summary.id, revision: 1, document: { matter: { title: '甲案' } } })
    await store.close()
    store = await MatterStore.open(dir, { now })
    const again = await store.open(a.summary.id)
    expect(again.document).toEqual(a.document)
    expect(store.list().map((s) => s.id)).toEqual([a.summary.id])
  })

  it('rejects an invalid document with every field path and writes nothing', async () => {
    const bad = doc('乙案') as unknown as { matter: { stage: string }; defendants: { amounts: { illegalGain: unknown } }[] }
    bad.matter.stage = 'court'
    bad.defendants[0]!.amounts.illegalGain = 'many'
    const f = await failure(store.create(bad))
    expect(f.code).toBe('INVALID_MATTER')
    expect(f.issues?.map((i) => i.path).sort()).toEqual(['defendants.0.amounts.illegalGain', 'matter.stage'])
    expect(readdirSync(join(dir, 'matters')).filter((n) => n.endsWith('.json') && n !== 'index.json')).toEqual([])
  })

  it('saves new revisions, refuses a stale baseRevision (CONFLICT) and unknown ids (NOT_FOUND)', async () => {
    const a = await store.create(doc('丙案'))
    const d = structuredClone(a.document)
    d.matter.notes = '第二稿'
    const s2 = await store.save(a.summary.id, d, 1)
    expect(s2.revision).toBe(2)
    expect((await failure(store.save(a.summary.id, d, 1))).code).toBe('CONFLICT')
    expect((await failure(store.save('nope', d))).code).toBe('NOT_FOUND')
    expect((await store.open(a.summary.id)).document.matter.notes).toBe('第二稿')
  })

  it('lists with search over title, case number and defendant names, and sorts', async () => {
    const x = doc('李某帮信案', '李某')
    x.matter.caseNumber = '(2024)京0105刑初9号'
    x.matter.stage = 'trial'
    await store.create(x)
    await store.create(doc('王某掩隐案', '王某'))
    await store.create(doc('赵某诈骗案', '赵某'))
    expect(store.list({ query: '王某' }).map((s) => s.title)).toEqual(['王某掩隐案'])
    expect(store.list({ query: '京0105' }).map((s) => s.title)).toEqual(['李某帮信案'])
    expect(store.list({ query: '某 案 李' }).map((s) => s.title)).toEqual(['李某帮信案'])
    expect(store.list({ query: '不存在' })).toEqual([])
    expect(store.list().map((s) => s.title)).toEqual(['赵某诈骗案', '王某掩隐案', '李某帮信案']) // newest first
    expect(store.list({ sort: 'stage' })[2]?.title).toBe('李某帮信案')
    expect(store.list({ sort: 'caseNumber' })[0]?.title).toBe('李某帮信案')
  })

  it('renames and duplicates', async () => {
    const a = await store.create(doc('原名'))
    const r = await store.rename(a.summary.id, '新名')
    expect(r).toMatchObject({ title: '新名', revision: 2 })
    expect((await store.open(a.summary.id)).document.matter.title).toBe('新名')
    const dup = await store.duplicate(a.summary.id)
    expect(dup.id).not.toBe(a.summary.id)
    expect(dup.title).toBe('新名（副本）')
    expect((await store.open(dup.id)).document.defendants).toEqual(a.document.defendants)
  })

  it('trash is recoverable', async () => {
    const a = await store.create(doc('待删'))
    await store.trash(a.summary.id)
    expect(store.list().map((s) => s.id)).not.toContain(a.summary.id)
    expect(store.list({ trashed: true }).map((s) => s.id)).toEqual([a.summary.id])
    expect(readdirSync(join(dir, 'matters', 'trash'))).toEqual([`${a.summary.id}.json`])
    expect((await failure(store.save(a.summary.id, a.document))).code).toBe('CONFLICT')
    // survives a restart while in the trash
    await store.close()
    store = await MatterStore.open(dir, { now })
    expect(store.list({ trashed: true }).map((s) => s.id)).toEqual([a.summary.id])
    await store.restore(a.summary.id)
    expect(store.list().map((s) => s.id)).toEqual([a.summary.id])
    expect((await store.open(a.summary.id)).document.matter.title).toBe('待删')
  })

  it(`keeps the last ${VERSIONS_KEPT} versions and restores one as a new revision`, async () => {
    const a = await store.create(doc('版本'))
    for (let i = 2; i <= 30; i++) {
      const d = structuredClone(a.document)
      d.matter.notes = `稿 ${i}`
      clock += COALESCE_SPAN_MS // saves far apart: one version each (saves while typing coalesce, store-versions.test.ts)
      await store.save(a.summary.id, d)
    }
    const versions = await store.versions(a.summary.id)
    expect(versions.map((v) => v.revision)).toEqual(Array.from({ length: VERSIONS_KEPT }, (_, i) => 30 - i))
    expect(readdirSync(join(dir, 'matters', 'versions', a.summary.id))).toHaveLength(VERSIONS_KEPT)
    const back = await store.restoreVersion(a.summary.id, 15)
    expect(back.summary.revision).toBe(31)
    expect(back.document.matter.notes).toBe('稿 15')
    expect((await store.open(a.summary.id)).document.matter.notes).toBe('稿 15')
    expect((await failure(store.restoreVersion(a.summary.id, 3))).code).toBe('NOT_FOUND')
  })

  it('imports and exports .bangxin.json in the matter format, migrating old drafts', async () => {
    const src = examples[0]!
    const imported = await store.importFile('case.bangxin.json', JSON.stringify(src.document))
    const out = await store.exportFile(imported.summary.id)
    expect(out.fileName).toBe(`${src.document.matter.title}.bangxin.json`)
    const parsed = JSON.parse(out.content)
    expect(validateMatter(parsed).ok).toBe(true)
    expect(parsed).toEqual(JSON.parse(JSON.stringify(imported.document)))
    expect(parsed.storeFormat).toBeUndefined()
    // a version-0 draft
    const v0 = { matter: { title: '旧稿', stage: 'trial' }, defendants: [{ ...structuredClone(emptyMatter('x').defendants[0]!), name: '甲', actPeriod: '2020-01-01~2020-03-01' }] }
    const m = await store.importFile('old.json', JSON.stringify(v0))
    expect(m.document.defendants[0]!.actPeriod).toEqual({ from: '2020-01-01', to: '2020-03-01' })
    const bad = await failure(store.importFile('x.json', '{not json'))
    expect(bad.code).toBe('INVALID_MATTER')
    expect(bad.message).toMatch(/不是有效的 JSON/)
  })

  it('a stored file with a version-0 document opens migrated; the next save writes the current version', async () => {
    const d = emptyMatter('旧格式') as unknown as Record<string, unknown>
    delete d.formatVersion
    const def = (d.defendants as Record<string, unknown>[])[0]!
    def.name = '甲'
    def.actPeriod = '2020-01-01~2020-02-01'
    writeFileSync(join(dir, 'matters', 'old-1.json'), JSON.stringify({ storeFormat: 1, id: 'old-1', revision: 4, createdAt: 'x', updatedAt: 'y', document: d }))
    await store.close()
    store = await MatterStore.open(dir, { now })
    const r = await store.open('old-1')
    expect(r.summary).toMatchObject({ corrupt: false, revision: 4 })
    expect(r.document.defendants[0]!.actPeriod).toEqual({ from: '2020-01-01', to: '2020-02-01' })
    await store.save('old-1', r.document)
    expect(JSON.parse(readFileSync(join(dir, 'matters', 'old-1.json'), 'utf-8')).document.formatVersion).toBe(FORMAT_VERSION)
  })

  it('recovers when the index cache is lost or garbage', async () => {
    const a = await store.create(doc('索引'))
    await store.close()
    writeFileSync(join(dir, 'matters', 'index.json'), '{{{')
    store = await MatterStore.open(dir, { now })
    expect(store.list().map((s) => s.title)).toEqual(['索引'])
    expect(readdirSync(join(dir, 'matters', 'quarantine')).some((n) => n.startsWith('index.'))).toBe(true)
    expect((await store.open(a.summary.id)).summary.revision).toBe(1)
  })
})
