// Bench row `store`: a temp store holding 1,000 matters (realistic documents, two defendants each).
//   storeSaveMedianMs   median of 200 saves of one matter (atomic write + fsync of the matter file and its folder, plus a version copy)
//                       target < 20 ms; must not grow with the number of matters
//   storeListMs         median of 20 full lists (sorted) of the 1,000 matters; target < 200 ms
//   storeRefreshListMs  refresh from the folder (1,000 lstat) + list: what matters:list costs; target < 200 ms
//   storeOpenMs         opening the store (reconciling the index with 1,000 files), for information
//   storeSaveMedianMs10 the same save median with only 10 matters in the store (to show saves do not scale with N)
//   storeSaveMedianMsEncrypted / storeListMsEncrypted   the same with the store encrypted (AES-256-GCM); same targets
//   storeOpenMsEncrypted  opening the encrypted store (incl. the scrypt derivation of the passphrase key)
//   storeEncryptMigrateMs first open with a passphrase: every file of the 1,000 matters sealed in place
//   npx tsx scripts/bench/store.ts            (standalone, prints JSON)
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { emptyDefendant, emptyMatter, type MatterDocument } from '../../core/matter/schema'
import { MatterStore } from '../../electron/main/store'

export const name = 'store'

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
const round = (n: number): number => Math.round(n * 100) / 100

function matter(i: number): MatterDocument {
  const doc = emptyMatter(`第${i}号 帮助信息网络犯罪活动案`)
  doc.matter.caseNumber = `(2025)京0105刑初${1000 + i}号`
  doc.matter.notes = '出售本人名下银行卡及电话卡，资金流水与涉诈资金待核实。'.repeat(4)
  const a = emptyDefendant('d1', `被告人${i}甲`)
  a.conduct.cards = [{ kind: 'bankCard', count: 3, owner: 'self', dealing: 'sell' }]
  a.amounts.paymentSettlement = 185000 + i
  const b = emptyDefendant('d2', `被告人${i}乙`)
  doc.defendants = [a, b]
  return doc
}

async function fill(dir: string, n: number): Promise<{ store: MatterStore; id: string; doc: MatterDocument }> {
  let store = await MatterStore.open(dir)
  let id = ''
  let doc = matter(0)
  for (let i = 0; i < n; i++) {
    const r = await store.create(matter(i))
    if (i === Math.floor(n / 2)) {
      id = r.summary.id
      doc = r.document
    }
  }
  await store.close()
  store = await MatterStore.open(dir)
  return { store, id, doc }
}

async function saveMedian(store: MatterStore, id: string, doc: MatterDocument, runs: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    doc.matter.notes = `第 ${i} 次修改`
    const t = performance.now()
    await store.save(id, doc)
    times.push(performance.now() - t)
  }
  await store.flush()
  return median(times)
}

export async function run(): Promise<Record<string, number>> {
  const root = mkdtempSync(join(tmpdir(), 'bangxin-bench-store-'))
  try {
    const small = await fill(join(root, 'small'), 10)
    const save10 = await saveMedian(small.store, small.id, small.doc, 100)
    await small.store.close()

    const big = await fill(join(root, 'big'), 1000)
    await big.store.close()
    const t0 = performance.now()
    const store = await MatterStore.open(join(root, 'big'))
    const openMs = performance.now() - t0
    const save = await saveMedian(store, big.id, big.doc, 200)
    const lists: number[] = []
    for (let i = 0; i < 20; i++) {
      const t = performance.now()
      const all = store.list({ sort: i % 2 ? 'title' : 'updatedAt' })
      lists.push(performance.now() - t)
      if (all.length !== 1000) throw new Error(`expected 1000 matters, listed ${all.length}`)
    }
    // matters:list refreshes from the folder first (one lstat per file): the IPC list cost
    const refreshed: number[] = []
    for (let i = 0; i < 10; i++) {
      const t = performance.now()
      await store.refresh()
      store.list()
      refreshed.push(performance.now() - t)
    }
    await store.close()

    // the same store encrypted (passphrase): first open seals every file in place, then saves and lists
    const keys = { passphrase: 'bench passphrase' }
    const t1 = performance.now()
    const enc = await MatterStore.open(join(root, 'big'), { keys })
    const migrateMs = performance.now() - t1
    if (!enc.encrypted) throw new Error('expected an encrypted store')
    const saveEnc = await saveMedian(enc, big.id, big.doc, 200)
    const listsEnc: number[] = []
    for (let i = 0; i < 20; i++) {
      const t = performance.now()
      enc.list({ sort: i % 2 ? 'title' : 'updatedAt' })
      listsEnc.push(performance.now() - t)
    }
    await enc.close()
    const t2 = performance.now()
    await (await MatterStore.open(join(root, 'big'), { keys })).close()
    const openEncMs = performance.now() - t2
    return {
      storeSaveMedianMs: round(save),
      storeListMs: round(median(lists)),
      storeRefreshListMs: round(median(refreshed)),
      storeOpenMs: round(openMs),
      storeSaveMedianMs10: round(save10),
      storeSaveMedianMsEncrypted: round(saveEnc),
      storeListMsEncrypted: round(median(listsEnc)),
      storeOpenMsEncrypted: round(openEncMs),
      storeEncryptMigrateMs: round(migrateMs)
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(JSON.stringify(await run()))
}
