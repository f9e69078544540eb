// store:status, store:unlock, store:setPassphrase — the data folder's encryption (docs/security.md).
import type { StoreStatus } from '../../../core/ipc/contract'
import { currentKeySource, reopenWithPassphrase, setKeySource, storeFor } from '../store'
import { nodeFs } from '../store/io'
import { readKeyring, setPassphrase, unlock } from '../store/keyring'
import { MIN_PASSPHRASE } from '../store/seal'
import { IpcFailure } from './errors'
import type { ServiceHandlers } from './types'

async function status(dataDir: string): Promise<StoreStatus> {
  const keyring = await readKeyring(nodeFs, dataDir).catch(() => null)
  const ks = currentKeySource().keystore
  let keystoreOk: boolean
  try {
    keystoreOk = !!ks?.isEncryptionAvailable() && !!keyring?.keystore
  } catch {
    keystoreOk = false
  }
  const store = await storeFor(dataDir).catch((e: unknown) => {
    if (e instanceof IpcFailure && e.code === 'LOCKED') return null
    throw e
  })
  return {
    encrypted: store ? store.encrypted : keyring !== null,
    keystore: keystoreOk,
    passphrase: !!keyring?.passphrase,
    readOnly: store?.readOnly ?? false,
    locked: store === null,
    notice: store?.notice ?? null
  }
}

export const storeService: ServiceHandlers = {
  'store:status': async (_req, ctx) => status(ctx.dataDir),
  'store:unlock': async (req, ctx) => {
    // nothing to unlock (a plain or already open folder): unlocking never encrypts
    if (!(await status(ctx.dataDir)).locked) return status(ctx.dataDir)
    await reopenWithPassphrase(ctx.dataDir, req.passphrase) // LOCKED (wrong passphrase) propagates
    return status(ctx.dataDir)
  },
  'store:setPassphrase': async (req, ctx) => {
    if (req.passphrase.length < MIN_PASSPHRASE) {
      throw new IpcFailure('INVALID_REQUEST', `口令至少 ${MIN_PASSPHRASE} 个字符 / the passphrase needs at least ${MIN_PASSPHRASE} characters`, 'passphrase')
    }
    const store = await storeFor(ctx.dataDir)
    if (store.readOnly) throw new IpcFailure('READ_ONLY', store.notice ?? '数据文件夹为只读 / read-only')
    if (store.encrypted) {
      // the key is at hand (keystore or the passphrase in use): wrap it with the new passphrase
      const u = await unlock(nodeFs, ctx.dataDir, currentKeySource(), { readOnly: true })
      if (!u) throw new IpcFailure('LOCKED', '无法取得数据密钥 / the data key is not available', 'passphrase')
      await setPassphrase(nodeFs, ctx.dataDir, u.key, req.passphrase)
      setKeySource({ ...currentKeySource(), passphrase: req.passphrase })
    } else {
      // a plain folder: encrypt it now, with this passphrase (and the keystore where there is one)
      await reopenWithPassphrase(ctx.dataDir, req.passphrase)
    }
    return status(ctx.dataDir)
  }
}
