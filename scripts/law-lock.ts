// Records the law library's content fingerprint for its version: `npx tsx scripts/law-lock.ts`.
// tests/unit/law-version.test.ts fails when the content changes but LAW_LIBRARY_VERSION does not,
// so that every correction of a threshold, date, mark or text ships with a new version.
import { writeFileSync } from 'node:fs'
import { lawFingerprint } from './law-fingerprint'
import { LAW_LIBRARY_VERSION } from '../core/law/library'

const file = new URL('../core/law/library.lock.json', import.meta.url)
writeFileSync(file, JSON.stringify({ version: LAW_LIBRARY_VERSION, sha256: lawFingerprint() }, null, 2) + '\n')
console.log(`law library ${LAW_LIBRARY_VERSION} locked`)
