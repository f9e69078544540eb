// The data key of an encrypted store, in `<data>/keyring.json` (docs/security.md). The file holds only
// wrapped copies of the key: by the OS keystore (Electron safeStorage) and/or by a passphrase (scrypt).
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { IpcFailure } from '../services/errors'
import { decode, encode, errno, readStored, writeBytesAtomic, type StoreFs } from './io'
import { aesGcmSealer, deriveKey, MIN_PASSPHRASE, SCRYPT_DEFAULT, SealError } from './seal'

/** Electron's safeStorage, or a stand-in in tests. */
export interface KeyStore {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(sealed: Buffer): string
}

export interface KeySource {
  /** the OS keystore (Electron only); encryption is switched on by default when it is available */
  keystore?: KeyStore
  /** a passphrase (browser host, CLI, a machine without a keystore, a moved data folder) */
  passphrase?: string
  /** encrypt a plain store when a key is at hand (default true) */
  encryptNew?: boolean
}

const KEYRING_AAD = 'bangxin:keyring'
const CHECK = 'bangxin-key-check'

const keyringSchema = z.object({
  keyringFormat: z.literal(1),
  cipher: z.literal('aes-256-gcm'),
  createdAt: z.string(),
  check: z.string(),
  keystore: z.string().optional(),
  passphrase: z.object({ kdf: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string(), wrapped: z.string() }).optional(),
  /** every file of the store has been sealed (set after the first migration) */
  migrated: z.boolean()
})
export type Keyring = z.infer<typeof keyringSchema>

export const keyringPath = (dataDir: string): string => join(dataDir, 'keyring.json')

export const LOCKED_MESSAGE = '案件数据已加密，需要口令才能打开（设置 BANGXIN_PASSPHRASE 或 --passphrase-file） / the store is encrypted: a passphrase is needed'
export const WRONG_PASSPHRASE = '口令不正确，无法解密案件数据 / wrong passphrase: the store cannot be decrypted'

export async function readKeyring(fs: StoreFs, dataDir: string): Promise<Keyring | null> {
  const r = await readStored(fs, keyringPath(dataDir), null, '')
  if (r.kind === 'missing') return null
  const parsed = r.kind === 'ok' ? keyringSchema.safeParse(r.value) : null
  if (!parsed?.success) {
    throw new IpcFailure('LOCKED', '密钥文件 keyring.json 已损坏，无法解密案件数据；请从备份恢复该文件 / keyring.json is damaged; restore it from a backup', 'keyring.json')
  }
  return parsed.data
}

export async function writeKeyring(fs: StoreFs, dataDir: string, k: Keyring): Promise<void> {
  await writeBytesAtomic(fs, keyringPath(dataDir), encode(k, null, ''))
}

async function wrapWithPassphrase(key: Buffer, passphrase: string): Promise<NonNullable<Keyring['passphrase']>> {
  if (passphrase.length < MIN_PASSPHRASE) throw new IpcFailure('INVALID_REQUEST', `口令至少 ${MIN_PASSPHRASE} 个字符 / the passphrase needs at least ${MIN_PASSPHRASE} characters`, 'passphrase')
  const salt = randomBytes(16)
  const kek = await deriveKey(passphrase, salt)
  return { kdf: 'scrypt', ...SCRYPT_DEFAULT, salt: salt.toString('base64'), wrapped: aesGcmSealer(kek).seal(key, KEYRING_AAD).toString('base64') }
}

const keystoreUsable = (ks?: KeyStore): ks is KeyStore => {
  try {
    return !!ks && ks.isEncryptionAvailable()
  } catch {
    return false
  }
}

export interface Unlocked { key: Buffer; keyring: Keyring; created: boolean }

/**
 * The store's data key: from the keystore, else from the passphrase. A plain store gets a new key when one
 * can be protected (keystore available or passphrase given) — unless encryptNew is false. Returns null for a
 * plain store that stays plain. Wrong or missing passphrase → LOCKED.
 */
export async function unlock(fs: StoreFs, dataDir: string, src: KeySource, opts: { readOnly?: boolean } = {}): Promise<Unlocked | null> {
  const existing = await readKeyring(fs, dataDir)
  if (!existing) {
    if (opts.readOnly || src.encryptNew === false) return null
    const ks = keystoreUsable(src.keystore) ? src.keystore : undefined
    if (!ks && !src.passphrase) return null
    const key = randomBytes(32)
    const k: Keyring = {
      keyringFormat: 1, cipher: 'aes-256-gcm', createdAt: new Date().toISOString(),
      check: aesGcmSealer(key).seal(Buffer.from(CHECK), KEYRING_AAD).toString('base64'), migrated: false,
      ...(ks ? { keystore: ks.encryptString(key.toString('base64')).toString('base64') } : {}),
      ...(src.passphrase ? { passphrase: await wrapWithPassphrase(key, src.passphrase) } : {})
    }
    await writeKeyring(fs, dataDir, k)
    return { key, keyring: k, created: true }
  }
  const verify = (key: Buffer): boolean => {
    try {
      return aesGcmSealer(key).open(Buffer.from(existing.check, 'base64'), KEYRING_AAD).toString() === CHECK
    } catch {
      return false
    }
  }
  let key: Buffer | null = null
  let fromKeystore = false
  if (existing.keystore && keystoreUsable(src.keystore)) {
    try {
      const k = Buffer.from(src.keystore.decryptString(Buffer.from(existing.keystore, 'base64')), 'base64')
      if (verify(k)) {
        key = k
        fromKeystore = true
      }
    } catch {
      key = null // another user's or another machine's keystore
    }
  }
  if (!key && src.passphrase && existing.passphrase) {
    const p = existing.passphrase
    try {
      const kek = await deriveKey(src.passphrase, Buffer.from(p.salt, 'base64'), p)
      const k = aesGcmSealer(kek).open(Buffer.from(p.wrapped, 'base64'), KEYRING_AAD)
      if (verify(k)) key = k
    } catch (e) {
      if (!(e instanceof SealError)) throw e
    }
    if (!key) throw new IpcFailure('LOCKED', WRONG_PASSPHRASE, 'passphrase')
  }
  if (!key) throw new IpcFailure('LOCKED', LOCKED_MESSAGE, 'passphrase')
  // a folder moved to a machine with a keystore, or a passphrase added: keep both wraps
  let changed = false
  const next: Keyring = { ...existing }
  // (a keystore wrap that this machine's keystore cannot open belongs to the machine the folder came from: replaced)
  if (!fromKeystore && keystoreUsable(src.keystore) && !opts.readOnly) {
    next.keystore = src.keystore.encryptString(key.toString('base64')).toString('base64')
    changed = true
  }
  if (!existing.passphrase && src.passphrase && !opts.readOnly) {
    next.passphrase = await wrapWithPassphrase(key, src.passphrase)
    changed = true
  }
  if (changed) await writeKeyring(fs, dataDir, next)
  return { key, keyring: next, created: false }
}

/** Replace (or set) the passphrase wrap of an unlocked store. */
export async function setPassphrase(fs: StoreFs, dataDir: string, key: Buffer, passphrase: string): Promise<void> {
  const k = await readKeyring(fs, dataDir)
  if (!k) throw new IpcFailure('UNSUPPORTED', '存储未加密 / the store is not encrypted')
  await writeKeyring(fs, dataDir, { ...k, passphrase: await wrapWithPassphrase(key, passphrase) })
}

export async function markMigrated(fs: StoreFs, dataDir: string): Promise<void> {
  const k = await readKeyring(fs, dataDir)
  if (k && !k.migrated) await writeKeyring(fs, dataDir, { ...k, migrated: true })
}

export { decode, errno }
