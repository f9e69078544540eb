// Encryption at rest and private permissions: a plain store is sealed on first open with a key; nothing of a
// matter can be read from the disk without it; a sealed file is bound to its place (matter id, revision);
// the key is held by the OS keystore and/or a passphrase; exports are sealed on request.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyMatter, type MatterDocument } from '../../core/matter/schema'
import { MatterStore } from '../../electron/main/store'
import { isSealed } from '../../electron/main/store/seal'
import type { KeyStore } from '../../electron/main/store/keyring'

const root = resolve(import.meta.dirname, '../..')
const dirs: string[] = []
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'bangxin-crypto-'))
  dirs.push(d)
  return d
}
const posix = process.platform !== 'win32'

const SECRET_NAME = '欧阳明远'
const doc = (title: string): MatterDocument => {
  const d = emptyMatter(title)
  d.defendants[0]!.name = SECRET_NAME
  d.matter.notes = '出售银行卡三张，获利人民币六千元'
  return d
}

/** every file under dir, recursively */
function files(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...files(p))
    else out.push(p)
  }
  return out
}

/** a stand-in for Electron's safeStorage: XOR with a per-"machine" byte, so another machine cannot unwrap */
const keystore = (machine: number, available = true): KeyStore => ({
  isEncryptionAvailable: () => available,
  encryptString: (p) => Buffer.from(Buffer.from(p).map((b) => b ^ machine)),
  decryptString: (b) => Buffer.from(b.map((x) => x ^ machine)).toString()
})

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p
  } catch (e) {
    return e as { code: string; message: string }
  }
  throw new Error('expected a failure')
}

describe('encryption at rest', () => {
  it('a plain store is migrated on first open with a key: every matter, version, trash and index file is sealed; no case text is left on disk', async () => {
    const dir = tempDir()
    const plain = await MatterStore.open(dir)
    const a = await plain.create(doc('甲案'))
    const b = await plain.create(doc('乙案'))
    await plain.save(a.summary.id, doc('甲案（改）'))
    await plain.trash(b.summary.id)
    await plain.close()
    expect(plain.encrypted).toBe(false)
    expect(readFileSync(join(dir, 'matters', `${a.summary.id}.json`), 'utf-8')).toContain(SECRET_NAME)

    const s = await MatterStore.open(dir, { keys: { keystore: keystore(7) } })
    expect(s.encrypted).toBe(true)
    expect((await s.open(a.summary.id)).document.matter.title).toBe('甲案（改）')
    expect(s.list({ trashed: true }).map((x) => x.title)).toEqual(['乙案'])
    expect((await s.versions(a.summary.id)).map((v) => v.revision)).toEqual([2, 1])
    await s.save(a.summary.id, doc('甲案（再改）'))
    await s.close()
    const all = files(join(dir, 'matters')).filter((f) => !f.endsWith('.lock'))
    expect(all.length).toBeGreaterThanOrEqual(6)
    for (const f of all) {
      const bytes = readFileSync(f)
      expect(isSealed(bytes), f).toBe(true)
      for (const needle of [SECRET_NAME, '甲案', '银行卡']) expect(bytes.includes(Buffer.from(needle)), `${f} holds ${needle}`).toBe(false)
    }
    const keyring = readFileSync(join(dir, 'keyring.json'), 'utf-8')
    expect(JSON.parse(keyring)).toMatchObject({ cipher: 'aes-256-gcm', migrated: true })
  })

  it('a sealed file is bound to its matter id: copied over another matter it fails to open (CORRUPT_MATTER), never shows the wrong case', async () => {
    const dir = tempDir()
    const keys = { passphrase: 'a long enough passphrase' }
    const s = await MatterStore.open(dir, { keys })
    const a = await s.create(doc('甲案'))
    const b = await s.create(doc('乙案'))
    await s.close()
    copyFileSync(join(dir, 'matters', `${a.summary.id}.json`), join(dir, 'matters', `${b.summary.id}.json`))
    const t = await MatterStore.open(dir, { keys })
    expect(t.summary(b.summary.id)?.corrupt).toBe(true)
    const f = await failure(t.open(b.summary.id))
    expect(f.code).toBe('CORRUPT_MATTER')
    expect(f.message).toMatch(/^案件文件/)
    expect(t.issues(b.summary.id)[0]?.message).toMatch(/解密失败/)
    await t.close()
  })

  it('without the key the store is LOCKED; a wrong passphrase is told apart; the keystore of another machine does not open it, the passphrase does', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir, { keys: { keystore: keystore(7), passphrase: 'moving-folder passphrase' } })
    const a = await s.create(doc('甲案'))
    await s.close()
    expect((await failure(MatterStore.open(dir))).code).toBe('LOCKED')
    expect((await failure(MatterStore.open(dir))).message).toMatch(/^案件数据已加密，需要口令/)
    const wrong = await failure(MatterStore.open(dir, { keys: { passphrase: 'not the passphrase' } }))
    expect(wrong).toMatchObject({ code: 'LOCKED', message: expect.stringMatching(/^口令不正确/) })
    expect((await failure(MatterStore.open(dir, { keys: { keystore: keystore(9) } }))).code).toBe('LOCKED')
    // the folder moved to another machine: its keystore cannot unwrap, the passphrase can — and the new keystore is added
    const moved = await MatterStore.open(dir, { keys: { keystore: keystore(9), passphrase: 'moving-folder passphrase' } })
    expect((await moved.open(a.summary.id)).document.defendants[0]?.name).toBe(SECRET_NAME)
    await moved.close()
    const again = await MatterStore.open(dir, { keys: { keystore: keystore(9) } })
    expect(again.encrypted).toBe(true)
    await again.close()
  })

  it('without a keystore and without a passphrase the store stays plain (nothing to protect the key with)', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir, { keys: { keystore: keystore(7, false) } })
    expect(s.encrypted).toBe(false)
    await s.close()
    expect(() => statSync(join(dir, 'keyring.json'))).toThrow()
  })

  it('an export is sealed with a passphrase on request and imported back with it', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir)
    const a = await s.create(doc('甲案'))
    const plainExport = await s.exportFile(a.summary.id)
    expect(plainExport.content).toContain(SECRET_NAME)
    const sealed = await s.exportFile(a.summary.id, 'export passphrase 1')
    expect(sealed.fileName).toBe('甲案.bangxin.enc.json')
    expect(sealed.content).not.toContain(SECRET_NAME)
    expect((await failure(s.importFile(sealed.fileName, sealed.content))).code).toBe('LOCKED')
    expect((await failure(s.importFile(sealed.fileName, sealed.content, { passphrase: 'wrong passphrase' }))).message).toMatch(/^口令不正确/)
    const back = await s.importFile(sealed.fileName, sealed.content, { passphrase: 'export passphrase 1', onDuplicate: 'keepBoth' })
    expect(back.document.defendants[0]?.name).toBe(SECRET_NAME)
    expect((await failure(s.exportFile(a.summary.id, 'short'))).code).toBe('INVALID_REQUEST')
    await s.close()
  })

  it.runIf(posix)('files are 0600 and folders 0700; an old 0644/0755 store is tightened on open', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir)
    const a = await s.create(doc('甲案'))
    await s.save(a.summary.id, doc('甲案2'))
    await s.close()
    const check = (): void => {
      for (const f of files(dir)) expect(statSync(f).mode & 0o777, f).toBe(0o600)
      for (const d of [dir, join(dir, 'matters'), join(dir, 'matters', 'versions'), join(dir, 'matters', 'versions', a.summary.id), join(dir, 'matters', 'trash'), join(dir, 'matters', 'quarantine')]) {
        expect(statSync(d).mode & 0o777, d).toBe(0o700)
      }
    }
    check()
    // as an earlier version left it
    execFileSync('chmod', ['-R', 'u=rwX,go=rX', dir])
    expect(statSync(join(dir, 'matters', `${a.summary.id}.json`)).mode & 0o777).toBe(0o644)
    await (await MatterStore.open(dir)).close()
    check()
  })
})

describe('the browser host and the CLI open an encrypted store with a passphrase', () => {
  it('npm run store: encrypt, status, list, export; LOCKED (exit 3) without the passphrase', () => {
    const dir = tempDir()
    const passFile = join(dir, '..', `${dir.split('/').pop()}-pass.txt`)
    dirs.push(passFile)
    writeFileSync(passFile, 'cli passphrase 123\n')
    const run = (args: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } => {
      try {
        const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli/store.ts', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] })
        return { code: 0, out, err: '' }
      } catch (e) {
        const x = e as { status: number; stdout: string; stderr: string }
        return { code: x.status, out: x.stdout, err: x.stderr }
      }
    }
    return (async () => {
      const s = await MatterStore.open(dir)
      const a = await s.create(doc('甲案'))
      await s.close()
      expect(run([dir, 'status']).out).toMatch(/^未加密/)
      expect(run([dir, 'encrypt', '--passphrase-file', passFile]).out).toMatch(/^已加密/)
      expect(isSealed(readFileSync(join(dir, 'matters', `${a.summary.id}.json`)))).toBe(true)
      const locked = run([dir, 'list'])
      expect(locked.code).toBe(3)
      expect(locked.err).toMatch(/案件数据已加密，需要口令/)
      expect(run([dir, 'list'], { BANGXIN_PASSPHRASE: 'cli passphrase 123' }).out).toContain(`${a.summary.id}\t1\t甲案`)
      const out = join(dir, 'out.json')
      expect(run([dir, 'export', a.summary.id, '--out', out, '--passphrase-file', passFile]).code).toBe(0)
      expect(readFileSync(out, 'utf-8')).toContain(SECRET_NAME)
    })()
  }, 60_000)
})

describe('the browser host with an encrypted store', () => {
  async function host(dir: string, extra: string[], env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
    const { spawn } = await import('node:child_process')
    const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/web-host.ts', '--port', '0', '--data', dir, ...extra], {
      cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe']
    })
    const url = await new Promise<string>((ok, bad) => {
      let out = ''
      p.stdout.on('data', (c: Buffer) => {
        out += c.toString()
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
        if (m) ok(m[1] as string)
      })
      p.on('close', () => bad(new Error('host ended')))
    })
    return { url, stop: () => p.kill('SIGTERM') }
  }
  const call = async (url: string, channel: string, body: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> =>
    (await fetch(`${url}/ipc/${channel}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })).json() as never

  it('opens it with --passphrase-file or BANGXIN_PASSPHRASE; without one every call answers LOCKED', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir, { keys: { passphrase: 'host passphrase 1' } })
    await s.create(doc('甲案'))
    await s.close()
    const passFile = `${dir}.pass`
    dirs.push(passFile)
    writeFileSync(passFile, 'host passphrase 1\n')
    const h1 = await host(dir, ['--passphrase-file', passFile], {})
    try {
      const r = await call(h1.url, 'matters:list', {})
      expect(r.ok).toBe(true)
      expect((r.data as { title: string }[]).map((x) => x.title)).toEqual(['甲案'])
      expect((await call(h1.url, 'app:info', {})).data).toMatchObject({ encrypted: true, storeNotice: null })
    } finally {
      h1.stop()
    }
    const h2 = await host(dir, [], { BANGXIN_PASSPHRASE: '' })
    try {
      const r = await call(h2.url, 'matters:list', {})
      expect(r).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringMatching(/^案件数据已加密/) } })
    } finally {
      h2.stop()
    }
    const h3 = await host(dir, [], { BANGXIN_PASSPHRASE: 'host passphrase 1' })
    try {
      expect((await call(h3.url, 'matters:list', {})).ok).toBe(true)
    } finally {
      h3.stop()
    }
  }, 60_000)
})
