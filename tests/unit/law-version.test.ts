// Any change to the law library's content (a threshold, a date, a verification mark, a quoted text)
// must come with a new LAW_LIBRARY_VERSION: memos embed the version so a draft can be re-checked later.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LAW_LIBRARY_VERSION, lawLibrary } from '../../core/law/library'
import { lawFingerprint } from '../../scripts/law-fingerprint'

const lock = JSON.parse(readFileSync(new URL('../../core/law/library.lock.json', import.meta.url), 'utf8')) as { version: string; sha256: string }

describe('law library version', () => {
  it('the content fingerprint matches the one recorded for this version', () => {
    const now = lawFingerprint()
    if (now !== lock.sha256) {
      expect.fail(
        lock.version === LAW_LIBRARY_VERSION
          ? `法律库内容已变更但版本号未更新：请提高 core/law/library.ts 中的 LAW_LIBRARY_VERSION，并运行 npx tsx scripts/law-lock.ts / content changed without a version bump`
          : `法律库版本已更新，请运行 npx tsx scripts/law-lock.ts 记录新版本的指纹 / run scripts/law-lock.ts to record the new version`
      )
    }
    expect(lock.version).toBe(LAW_LIBRARY_VERSION)
  })

  it('the library object carries the same version string', () => {
    expect(lawLibrary.version).toBe(LAW_LIBRARY_VERSION)
  })
})
