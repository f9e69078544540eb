import { createHash } from 'node:crypto'
import { lawLibrary } from '../core/law/library'

/** sha256 over every source's metadata and clauses (text, marks, values, dates). */
export function lawFingerprint(): string {
  return createHash('sha256').update(JSON.stringify(lawLibrary.sources)).digest('hex')
}
