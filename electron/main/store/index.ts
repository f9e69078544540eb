// One MatterStore per data folder, opened on first use and shared by every handler.
import { resolve } from 'node:path'
import { MatterStore } from './store'

export { MatterStore, VERSIONS_KEPT, STORE_FORMAT, exportFileName, checkEnvelope, summaryOf } from './store'
export type { Envelope, ListOptions, ListSort, MatterRecordOut } from './store'

const stores = new Map<string, Promise<MatterStore>>()

export function storeFor(dataDir: string): Promise<MatterStore> {
  const key = resolve(dataDir)
  let s = stores.get(key)
  if (!s) {
    s = MatterStore.open(key)
    // a failed open is not cached: the next request retries
    s.catch(() => stores.delete(key))
    stores.set(key, s)
  }
  return s
}

/** Flush and forget every open store (app quit, host shutdown, tests). */
export async function closeStores(): Promise<void> {
  const all = [...stores.values()]
  stores.clear()
  for (const s of all) await (await s.catch(() => null))?.close()
}
