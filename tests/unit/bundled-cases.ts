// The published cases bundled with the app (core/examples/data), for tests: nothing outside the repository is
// read, so the tests pass on a fresh clone. Each case is migrated and validated as the app reads it.
import { examples, type Example } from '../../core/examples'
import type { MatterDocument } from '../../core/matter/schema'

export const bundledCases: readonly Example[] = examples

export function bundledCase(id: string): Example {
  const e = examples.find((x) => x.id === id)
  if (!e) throw new Error(`no bundled case ${id} in core/examples/data`)
  return e
}

/** A bundled case's matter, as a fresh copy the test may change. */
export function loadCase(id: string): MatterDocument {
  return structuredClone(bundledCase(id).document)
}
