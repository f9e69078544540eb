// The bundled library of published decisions: every entry validates, and a bad entry is refused naming its file.
import { describe, expect, it } from 'vitest'
import { libraryDefendants, libraryEntries, libraryErrors, parseLibraryEntry } from '../../core/library'
import { libraryFiles } from '../../core/library/data'

const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(libraryFiles[0]?.[1])) as Record<string, unknown>

describe('library of published decisions', () => {
  it('every bundled entry validates, with a source address and a verbatim excerpt', () => {
    expect(libraryErrors).toEqual([])
    for (const [file, raw] of libraryFiles) {
      const r = parseLibraryEntry(raw, file)
      if (!r.ok) expect.fail(r.errors.join('\n'))
      expect(r.ok && r.entry.source.excerpt.length, file).toBeGreaterThan(20)
      expect(r.ok && `${r.entry.id}.json`, file).toBe(file)
    }
    expect(libraryEntries.length).toBeGreaterThan(libraryFiles.length / 2)
  })

  it('refuses an entry without a source, naming the file', () => {
    const e = good()
    delete e.source
    const r = parseLibraryEntry(e, 'x-no-source.json')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/x-no-source\.json：source/)
  })

  it('refuses an entry without an excerpt, naming the file', () => {
    const e = good()
    e.source = { ...(e.source as object), excerpt: '' }
    const r = parseLibraryEntry(e, 'x-no-excerpt.json')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.join('\n')).toContain('x-no-excerpt.json：source.excerpt：来源原文摘录')
  })

  it('refuses an entry whose matter is invalid, naming the file and the field', () => {
    const e = good()
    const m = e.matter as { defendants: { amounts: Record<string, unknown> }[] }
    m.defendants[0]!.amounts.oneWayInflow = -5
    const r = parseLibraryEntry(e, 'x-bad-matter.json')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/x-bad-matter\.json：matter\.defendants\.0\.amounts\.oneWayInflow/)
  })

  it('refuses an outcome for a defendant the matter does not have', () => {
    const e = good()
    e.actual = { ...(e.actual as object), d99: { disposition: 'convicted', charge: 'art287-2', sentence: null } }
    const r = parseLibraryEntry(e, 'x-ghost.json')
    expect(r.ok).toBe(false)
  })

  it('flattens to defendants with an outcome kind; co-defendants share the decision', () => {
    const ds = libraryDefendants()
    expect(ds.length).toBeGreaterThan(20)
    for (const d of ds) expect(d.key.startsWith(`${d.decisionId}/`)).toBe(true)
    expect(ds.some((d) => d.outcome === 'custodial')).toBe(true)
    expect(ds.some((d) => d.outcome === 'nonProsecution' || d.outcome === 'conditionalNonProsecution')).toBe(true)
  })
})

describe('scripts/sync-library.ts', () => {
  it('copies a valid new entry, refuses one without an excerpt naming it, skips a decision already bundled', async () => {
    const { mkdtempSync, writeFileSync, readdirSync, readFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { syncLibrary } = await import('../../scripts/sync-library')
    const src = mkdtempSync(join(tmpdir(), 'lib-src-'))
    const out = mkdtempSync(join(tmpdir(), 'lib-out-'))
    try {
      const base = good()
      const fresh = { ...base, id: 'x-new-entry', source: { ...(base.source as object), url: 'https://example.org/new' } }
      const bad = { ...base, id: 'x-bad-entry', source: { ...(base.source as object), url: 'https://example.org/bad', excerpt: '' } }
      writeFileSync(join(src, 'x-new-entry.json'), JSON.stringify(fresh))
      writeFileSync(join(src, 'x-bad-entry.json'), JSON.stringify(bad))
      writeFileSync(join(src, 'x-dup-entry.json'), JSON.stringify({ ...base, id: 'x-dup-entry' }))
      writeFileSync(join(out, 'seed.json'), JSON.stringify({ ...base, id: 'seed' }))
      const r = syncLibrary([src], out)
      expect(r.copied).toEqual(['x-new-entry.json'])
      expect(r.rejected.map((x) => x.file)).toEqual(['x-bad-entry.json'])
      expect(r.rejected[0]!.errors.join()).toContain('x-bad-entry.json：source.excerpt')
      expect(r.duplicates.join()).toContain('x-dup-entry.json')
      expect(readdirSync(out).sort()).toEqual(['index.ts', 'seed.json', 'x-new-entry.json'])
      expect(readFileSync(join(out, 'index.ts'), 'utf8')).toContain("['x-new-entry.json', e_x_new_entry]")
    } finally {
      rmSync(src, { recursive: true, force: true })
      rmSync(out, { recursive: true, force: true })
    }
  })
})
