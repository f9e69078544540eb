// Encryption at rest (docs/security.md). Every matter, version, trash, quarantine and index file of an
// encrypted store is sealed with AES-256-GCM under one random 256-bit data key; the file's identity
// (e.g. `matter:<id>`, `version:<id>:<revision>`) is bound as additional authenticated data, so a sealed file
// renamed or copied over another matter's file fails to open instead of showing the wrong matter.
//
// The data key is never stored in clear. keyring.json (in the data folder) holds it wrapped:
//   - by the operating system's keystore through Electron's safeStorage (DPAPI, Keychain, libsecret/kwallet), and/or
//   - by a key derived from a passphrase with scrypt (node:crypto), for machines without a keystore, for the
//     browser host and the CLI, and for moving a data folder to another machine.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto'

/** "Bangxin sealed, version 1": magic(4) | iv(12) | tag(16) | ciphertext */
export const SEAL_MAGIC = Buffer.from('BXS1', 'latin1')
const IV_LEN = 12
const TAG_LEN = 16
const HEADER = SEAL_MAGIC.length + IV_LEN + TAG_LEN

export interface Sealer {
  seal(plain: Buffer, aad: string): Buffer
  /** throws SealError when the key, the additional data or the bytes do not match */
  open(sealed: Buffer, aad: string): Buffer
}

export class SealError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SealError'
  }
}

export function isSealed(bytes: Buffer): boolean {
  return bytes.length >= HEADER && bytes.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)
}

export function aesGcmSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error('AES-256 key must be 32 bytes')
  return {
    seal(plain, aad) {
      const iv = randomBytes(IV_LEN)
      const c = createCipheriv('aes-256-gcm', key, iv)
      c.setAAD(Buffer.from(aad, 'utf-8'))
      const body = Buffer.concat([c.update(plain), c.final()])
      return Buffer.concat([SEAL_MAGIC, iv, c.getAuthTag(), body])
    },
    open(sealed, aad) {
      if (!isSealed(sealed)) throw new SealError('不是加密文件 / not a sealed file')
      const iv = sealed.subarray(SEAL_MAGIC.length, SEAL_MAGIC.length + IV_LEN)
      const tag = sealed.subarray(SEAL_MAGIC.length + IV_LEN, HEADER)
      const d = createDecipheriv('aes-256-gcm', key, iv)
      d.setAAD(Buffer.from(aad, 'utf-8'))
      d.setAuthTag(tag)
      try {
        return Buffer.concat([d.update(sealed.subarray(HEADER)), d.final()])
      } catch {
        throw new SealError('解密失败：文件被改动、被换位或密钥不符 / decryption failed: the file was altered, moved or the key does not match')
      }
    }
  }
}

export interface ScryptParams { N: number; r: number; p: number }
/** ≈ 32 MB and ≈ 0.1–0.3 s per derivation: interactive, and costly for a guesser */
export const SCRYPT_DEFAULT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 }

export function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams = SCRYPT_DEFAULT): Promise<Buffer> {
  const opts: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 }
  return new Promise((ok, bad) => scryptCb(passphrase.normalize('NFC'), salt, 32, opts, (e, k) => (e ? bad(e) : ok(k))))
}

export const MIN_PASSPHRASE = 8

/** A file sealed with a passphrase alone (an encrypted export): JSON so that it survives mail and copy. */
export interface PassphraseEnvelope {
  bangxinSealed: 1
  kdf: 'scrypt'
  N: number
  r: number
  p: number
  salt: string
  data: string
}

export async function sealWithPassphrase(plain: Buffer, passphrase: string, aad: string): Promise<PassphraseEnvelope> {
  const salt = randomBytes(16)
  const key = await deriveKey(passphrase, salt)
  return { bangxinSealed: 1, kdf: 'scrypt', ...SCRYPT_DEFAULT, salt: salt.toString('base64'), data: aesGcmSealer(key).seal(plain, aad).toString('base64') }
}

export function isPassphraseEnvelope(v: unknown): v is PassphraseEnvelope {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  return o.bangxinSealed === 1 && o.kdf === 'scrypt' && typeof o.salt === 'string' && typeof o.data === 'string' &&
    [o.N, o.r, o.p].every((n) => Number.isInteger(n) && (n as number) > 0) && (o.N as number) <= 2 ** 20 && (o.r as number) <= 32 && (o.p as number) <= 16
}

export async function openWithPassphrase(env: PassphraseEnvelope, passphrase: string, aad: string): Promise<Buffer> {
  const key = await deriveKey(passphrase, Buffer.from(env.salt, 'base64'), env)
  return aesGcmSealer(key).open(Buffer.from(env.data, 'base64'), aad)
}
