// Storage faults: a read-only data folder, a full disk, a hand-corrected file, symlinks and other
// non-regular files in the data folder. Faults are injected through the store's fs (the tests run as
// root here, where chmod does not stop writes); the folder and its files are real.
import * as realFs from 'node:fs/promises'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyMatter, type MatterDocument } from '../../core/matter/schema'
import { MatterStore } from '../../electron/main/store'
import type { StoreFs } from '../../electron/main/store/io'
import { dispatch } from '../../electron/main/dispatch'
import { closeStores } from '../../electron/main/store'

const dirs: string[] = []
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'bangxin-faults-'))
  dirs.push(d)
  return d
}
const doc = (title: string): MatterDocument => {
  const d = emptyMatter(title)
  d.defendants[0]!.name = '张三'
  return d
}
const err = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: injected`), { code })

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; issues?: { path: string; message: string }[] }> {
  try {
    await p
  } catch (e) {
    return e as never
  }
  throw new Error('expected a failure')
}

/** fs whose every write-side call fails with `code` (a read-only mount). */
function readOnlyFs(code = 'EROFS'): StoreFs {
  const refuse = async (): Promise<never> => { throw err(code) }
  return {
    ...realFs,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      if (flags === undefined || flags === 'r' || typeof flags === 'number') return realFs.open(path, flags as never, mode)
      throw err(code)
    }) as StoreFs['open'],
    rename: refuse, unlink: refuse, link: refuse, mkdir: (async (p: string) => {
      if (existsSync(p)) return undefined
      throw err(code)
    }) as StoreFs['mkdir'], copyFile: refuse, chmod: refuse, rm: refuse
  }
}

/** fs where writing the content of a temp file fails half-way with ENOSPC (after some bytes reached the disk). */
function diskFullFs(): StoreFs {
  return {
    ...realFs,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const fh = await realFs.open(path, flags as never, mode)
      if (flags !== 'w' || !String(path).endsWith('.tmp')) return fh
      return new Proxy(fh, {
        get(target, prop, recv) {
          if (prop === 'writeFile') {
            return async (data: Buffer) => {
              await target.writeFile(data.subarray(0, Math.floor(data.length / 2)))
              throw err('ENOSPC')
            }
          }
          const v = Reflect.get(target, prop, recv) as unknown
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
        }
      })
    }) as StoreFs['open']
  }
}

describe('a read-only data folder', () => {
  for (const code of ['EROFS', 'EACCES']) {
    it(`opens read-only with a notice (${code}), even with an out-of-date index: list and open work, saves are refused clearly`, async () => {
      const dir = tempDir()
      const s = await MatterStore.open(dir)
      const a = await s.create(doc('甲案'))
      await s.close()
      // the index is out of date: a matter file the index does not know, and a changed one
      const s2 = await MatterStore.open(dir, { indexDelayMs: 60_000 })
      const b = await s2.create(doc('乙案'))
      await s2.save(a.summary.id, doc('甲案（改）'))
      // no close: the index cache was not written
      const ro = await MatterStore.open(dir, { fs: readOnlyFs(code) })
      expect(ro.readOnly).toBe(true)
      expect(ro.notice).toMatch(/^数据文件夹为只读/)
      expect(ro.list().map((m) => m.title).sort()).toEqual(['乙案', '甲案（改）'])
      expect((await ro.open(b.summary.id)).document.matter.title).toBe('乙案')
      expect((await ro.exportFile(a.summary.id)).content).toContain('甲案（改）')
      for (const p of [ro.save(a.summary.id, doc('x')), ro.create(doc('丙案')), ro.trash(a.summary.id), ro.rename(a.summary.id, 'y')]) {
        const f = await failure(p)
        expect(f.code).toBe('READ_ONLY')
        expect(f.message).toMatch(/^数据文件夹为只读，无法保存/)
      }
      await ro.close()
      await s2.close()
    })
  }

  it('app:info reports the store state to the renderer (no notice for a writable, plain folder)', async () => {
    const dir = tempDir()
    const r = await dispatch('app:info', {}, { dataDir: dir, host: 'web', appVersion: 't' })
    expect(r).toMatchObject({ ok: true, data: { storeNotice: null, encrypted: false } })
    await closeStores()
  })
})

describe('a full disk', () => {
  it('answers DISK_FULL (磁盘空间不足), removes its temporary files and keeps the previous revision intact', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir)
    const a = await s.create(doc('甲案'))
    await s.close()
    const file = join(dir, 'matters', `${a.summary.id}.json`)
    const before = readFileSync(file)
    const full = await MatterStore.open(dir, { fs: diskFullFs() })
    const f = await failure(full.save(a.summary.id, doc('甲案（改）'), 1))
    expect(f.code).toBe('DISK_FULL')
    expect(f.message).toMatch(/^磁盘空间不足，未保存（临时文件已删除）/)
    const leftovers = (d: string): string[] => readdirSync(d, { recursive: true }).map(String).filter((n) => n.endsWith('.tmp'))
    expect(leftovers(join(dir, 'matters'))).toEqual([])
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(readdirSync(join(dir, 'matters'))).not.toContain('.lock')
    await full.close()
    // once space is back the same save goes through from the same base revision
    const ok = await MatterStore.open(dir)
    expect((await ok.save(a.summary.id, doc('甲案（改）'), 1)).revision).toBe(2)
    await ok.close()
  })
})

describe('a hand-corrected file', () => {
  it('is validated again when opened: the corrupt flag clears without a restart', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir)
    const a = await s.create(doc('甲案'))
    const file = join(dir, 'matters', `${a.summary.id}.json`)
    const good = readFileSync(file, 'utf-8')
    writeFileSync(file, good.replace('"name": "张三"', '"name": 42'))
    expect((await failure(s.open(a.summary.id))).code).toBe('CORRUPT_MATTER')
    expect(s.summary(a.summary.id)?.corrupt).toBe(true)
    expect((await failure(s.save(a.summary.id, doc('x')))).code).toBe('CORRUPT_MATTER')
    // the user fixes it by hand, in the same session
    writeFileSync(file, good)
    const r = await s.open(a.summary.id)
    expect(r.summary.corrupt).toBe(false)
    expect(s.list()[0]?.corrupt).toBe(false)
    expect((await s.save(a.summary.id, doc('甲案（改）'))).revision).toBe(2)
    await s.close()
  })
})

describe('symlinks and other non-regular files in the data folder', () => {
  it.runIf(process.platform !== 'win32')('are refused and never read: not quarantined, not copied into the index', async () => {
    const dir = tempDir()
    const s = await MatterStore.open(dir)
    await s.create(doc('甲案'))
    await s.close()
    const outside = join(tempDir(), 'secret.json')
    writeFileSync(outside, JSON.stringify({ secret: '外部文件的内容 OUTSIDE-CONTENT' }))
    const linkId = 'linked-matter'
    symlinkSync(outside, join(dir, 'matters', `${linkId}.json`))
    mkdirSync(join(dir, 'matters', 'a-folder.json'))
    const t = await MatterStore.open(dir)
    const listed = t.list()
    expect(listed.find((m) => m.id === linkId)).toMatchObject({ corrupt: true })
    const f = await failure(t.open(linkId))
    expect(f.code).toBe('CORRUPT_MATTER')
    expect(f.issues?.[0]?.message).toMatch(/^不是普通文件（符号链接、文件夹或设备），已拒绝读取/)
    await t.close()
    const everything = readdirSync(join(dir, 'matters'), { recursive: true }).map(String)
    for (const n of everything) {
      const p = join(dir, 'matters', n)
      if (n.endsWith('.json') && !n.includes(linkId) && !n.includes('a-folder') && existsSync(p) && (await realFs.lstat(p)).isFile()) {
        expect(readFileSync(p, 'utf-8'), n).not.toContain('OUTSIDE-CONTENT')
      }
    }
    expect(readdirSync(join(dir, 'matters', 'quarantine'))).toEqual([])
    // the link itself is left alone (not followed, not deleted)
    expect(readFileSync(outside, 'utf-8')).toContain('OUTSIDE-CONTENT')
  })
})
