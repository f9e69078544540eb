// One MatterStore per data folder, opened on first use and shared by every handler.
import { resolve } from 'node:path'
import type { KeySource } from './keyring'
import { MatterStore } from './store'

export { MatterStore, VERSIONS_KEPT, STORE_FORMAT, exportFileName, checkEnvelope, summaryOf } from './store'
export type { Envelope, ListOptions, ListSort, MatterRecordOut } from './store'
export type { KeySource, KeyStore } from './keyring'

const stores = new Map<string, Promise<MatterStore>>()
let keySource: KeySource = {}

/** Where the data key comes from (Electron: the OS keystore; browser host and CLI: a passphrase). Set before the first use. */
export function setKeySource(src: KeySource): void {
  keySource = src
}

export function currentKeySource(): KeySource {
  return keySource
}

/** Use `passphrase` from now on (unlock, or encrypt a plain folder with it): the folder's store is closed and opened again. */
export async function reopenWithPassphrase(dataDir: string, passphrase: string): Promise<MatterStore> {
  keySource = { ...keySource, passphrase }
  const key = resolve(dataDir)
  const s = stores.get(key)
  stores.delete(key)
  await (await s?.catch(() => null))?.close()
  return storeFor(dataDir)
}

/** The passphrase given to a host or CLI: BANGXIN_PASSPHRASE, or the first line of the file named by --passphrase-file. */
export function passphraseFrom(argv: string[], env: NodeJS.ProcessEnv, readFile: (f: string) => string): string | undefined {
  const i = argv.indexOf('--passphrase-file')
  if (i >= 0 && argv[i + 1]) return readFile(argv[i + 1] as string).split(/\r?\n/)[0]
  return env.BANGXIN_PASSPHRASE || undefined
}

export function storeFor(dataDir: string): Promise<MatterStore> {
  const key = resolve(dataDir)
  let s = stores.get(key)
  if (!s) {
    s = MatterStore.open(key, { keys: keySource })
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
