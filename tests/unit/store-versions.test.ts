// Versions named by what changed and when, coalesced while the user types; importing a matter that is
// already there asks (replace, or keep both with a marked title) instead of duplicating it silently.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IpcResult, ResponseOf } from '../../core/ipc/contract'
import { describeChanges } from '../../core/matter/changes'
import { emptyMatter, type MatterDocument } from '../../core/matter/schema'
import { dispatch } from '../../electron/main/dispatch'
import { IpcFailure } from '../../electron/main/services/errors'
import { closeStores } from '../../electron/main/store'
import { COALESCE_MS, COALESCE_SPAN_MS, MatterStore } from '../../electron/main/store/store'

let dir: string
let store: MatterStore
let clock = Date.parse('2026-03-01T09:00:00Z')
const now = (): Date => new Date(clock)

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bangxin-versions-'))
  store = await MatterStore.open(dir, { now })
})
afterEach(async () => {
  await store.close()
  await closeStores()
  rmSync(dir, { recursive: true, force: true })
})

const doc = (title: string, name = '张三'): MatterDocument => {
  const d = emptyMatter(title)
  d.defendants[0]!.name = name
  return d
}
const versionFiles = (id: string) => readdirSync(join(dir, 'matters', 'versions', id)).filter((n) => n.endsWith('.json'))

async function failure(p: Promise<unknown>): Promise<IpcFailure> {
  try {
    await p
  } catch (e) {
    if (e instanceof IpcFailure) return e
    throw e
  }
  throw new Error('expected an IpcFailure')
}

describe('describeChanges', () => {
  it('names the case information, a defendant section, a defendant added and removed', () => {
    const a = doc('案')
    const b = structuredClone(a)
    b.matter.caseNumber = '（2026）京0105刑初1号'
    b.defendants[0]!.amounts.illegalGain = 1200
    b.defendants[0]!.mitigation.pleaAgreement = true
    b.defendants.push({ ...structuredClone(a.defendants[0]!), id: 'd2', name: '李四' })
    expect(describeChanges(a, b)).toEqual([
      { who: null, what: 'matter' }, { who: '张三', what: 'amounts' }, { who: '张三', what: 'mitigation' }, { who: '李四', what: 'added' }
    ])
    expect(describeChanges(b, a)).toContainEqual({ who: '李四', what: 'removed' })
    expect(describeChanges(a, structuredClone(a))).toEqual([])
  })
})

describe('versions while typing', () => {
  it('saves a few seconds apart make one version that names every change and its time span', async () => {
    const a = await store.create(doc('打字'))
    const d = structuredClone(a.document)
    const start = clock
    for (let i = 1; i <= 40; i++) {
      clock += 3000
      d.defendants[0]!.amounts.oneWayInflow = i * 1000
      if (i === 20) d.defendants[0]!.conduct.paymentSettlement = true
      await store.save(a.summary.id, structuredClone(d))
    }
    // 40 saves over two minutes: the creation and one edit version
    const versions = await store.versions(a.summary.id)
    expect(versions.map((v) => v.change?.kind)).toEqual(['edit', 'create'])
    expect(versions[0]!.revision).toBe(41)
    expect(versions[0]!.change).toMatchObject({
      since: new Date(start + 3000).toISOString(),
      changes: [{ who: '张三', what: 'amounts' }, { who: '张三', what: 'conduct' }]
    })
    expect(versions[0]!.savedAt).toBe(new Date(clock).toISOString())
    expect(versionFiles(a.summary.id)).toHaveLength(2)
    // the latest content is the version's content
    const back = await store.restoreVersion(a.summary.id, 41)
    expect(back.document.defendants[0]!.amounts.oneWayInflow).toBe(40_000)
  })

  it('a pause longer than the window, a long session, a rename or a restore start a new version', async () => {
    const a = await store.create(doc('停顿'))
    const d = structuredClone(a.document)
    const save = async (gap: number, notes: string) => {
      clock += gap
      d.matter.notes = notes
      await store.save(a.summary.id, structuredClone(d))
    }
    await save(1000, 'a')
    await save(COALESCE_MS + 1000, 'b') // a pause: new version
    for (let t = 0; t < COALESCE_SPAN_MS / 60_000 + 2; t++) await save(60_000, `c${t}`) // steady typing for over the span
    clock += 1000
    await store.rename(a.summary.id, '改名')
    await save(1000, 'd')
    const kinds = (await store.versions(a.summary.id)).map((v) => v.change?.kind)
    expect(kinds).toEqual(['edit', 'rename', 'edit', 'edit', 'edit', 'create'])
    const restored = await store.restoreVersion(a.summary.id, 1)
    const top = (await store.versions(a.summary.id))[0]!
    expect(top.revision).toBe(restored.summary.revision)
    expect(top.change).toMatchObject({ kind: 'restore', restoredFrom: 1, changes: [{ who: null, what: 'matter' }] })
  })

  it('a version written before versions were named lists with change null', async () => {
    const a = await store.create(doc('旧'))
    const f = join(dir, 'matters', 'versions', a.summary.id, versionFiles(a.summary.id)[0]!)
    const env = JSON.parse(readFileSync(f, 'utf-8'))
    delete env.change
    writeFileSync(f, JSON.stringify(env))
    expect((await store.versions(a.summary.id))[0]!.change).toBeNull()
  })
})

describe('importing a matter that is already there', () => {
  it('asks instead of duplicating; replace keeps the old content in the versions; keep both marks the title', async () => {
    const first = await store.importFile('a.bangxin.json', JSON.stringify(doc('张三帮信案')))
    const incoming = doc('张三帮信案')
    incoming.defendants[0]!.amounts.illegalGain = 1200
    const content = JSON.stringify(incoming)

    const asked = await failure(store.importFile('a.bangxin.json', content))
    expect(asked.code).toBe('CONFLICT')
    expect(asked.path).toBe('duplicate')
    expect(asked.message).toMatch(/^已有同名案件“张三帮信案”/)
    expect(asked.issues).toEqual([{ path: first.summary.id, message: '张三帮信案' }])
    expect(store.list()).toHaveLength(1)

    const replaced = await store.importFile('a.bangxin.json', content, { onDuplicate: 'replace', replaceId: first.summary.id })
    expect(replaced.summary).toMatchObject({ id: first.summary.id, revision: 2 })
    expect(store.list()).toHaveLength(1)
    const versions = await store.versions(first.summary.id)
    expect(versions.map((v) => v.change?.kind)).toEqual(['replace', 'import'])
    expect(versions[0]!.change?.changes).toEqual([{ who: '张三', what: 'amounts' }])

    const both = await store.importFile('a.bangxin.json', content, { onDuplicate: 'keepBoth' })
    expect(both.summary.title).toBe('张三帮信案（导入副本）')
    const again = await store.importFile('a.bangxin.json', content, { onDuplicate: 'keepBoth' })
    expect(again.summary.title).toBe('张三帮信案（导入副本 2）')
    expect(store.list().map((s) => s.title).sort()).toEqual(['张三帮信案', '张三帮信案（导入副本 2）', '张三帮信案（导入副本）'])
  })

  it('the same case number counts as the same matter; replacing another matter is refused; a trashed one does not count', async () => {
    const a = doc('甲案')
    a.matter.caseNumber = '京检刑诉〔2026〕1号'
    const stored = await store.create(a)
    const other = await store.create(doc('乙案'))
    const b = doc('甲案（更正）')
    b.matter.caseNumber = '京检刑诉〔2026〕1号'
    expect((await failure(store.importFile('b.json', JSON.stringify(b)))).issues?.[0]?.path).toBe(stored.summary.id)
    const wrong = await failure(store.importFile('b.json', JSON.stringify(b), { onDuplicate: 'replace', replaceId: other.summary.id }))
    expect(wrong.code).toBe('INVALID_REQUEST')
    expect((await store.open(other.summary.id)).document.matter.title).toBe('乙案')
    await store.trash(stored.summary.id)
    expect((await store.importFile('b.json', JSON.stringify(b))).summary.title).toBe('甲案（更正）')
  })

  it('through the IPC contract: the request carries the choice, the conflict carries the existing matters', async () => {
    const ctx = { dataDir: dir + '-ipc', host: 'web' as const, appVersion: 't' }
    const content = JSON.stringify(doc('契约案'))
    expect((await dispatch('matters:import', { fileName: 'x.json', content }, ctx)).ok).toBe(true)
    const r = await dispatch('matters:import', { fileName: 'x.json', content }, ctx)
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CONFLICT', path: 'duplicate' })
    const k = (await dispatch('matters:import', { fileName: 'x.json', content, onDuplicate: 'keepBoth' }, ctx)) as IpcResult<ResponseOf<'matters:import'>>
    expect(k.ok && k.data.summary.title).toBe('契约案（导入副本）')
    const v = (await dispatch('matters:versions', { id: k.ok ? k.data.summary.id : '' }, ctx)) as IpcResult<ResponseOf<'matters:versions'>>
    expect(v.ok && v.data[0]?.change?.kind).toBe('import')
    await closeStores()
    rmSync(ctx.dataDir, { recursive: true, force: true })
  })
})
