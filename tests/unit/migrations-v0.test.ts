import { describe, expect, it } from 'vitest'
import { detectVersion, loadMatterDocument, migrateMatter, MigrationError } from '../../core/matter/migrations'
import { emptyDefendant, FORMAT_VERSION, validateMatter } from '../../core/matter/schema'

/** A version-0 draft as the pre-release app wrote it (see the header of core/matter/migrations.ts). */
function v0Draft(): Record<string, unknown> {
  const d = emptyDefendant('d1', '李某') as unknown as Record<string, unknown>
  delete d.history
  delete d.evidence
  return {
    matter: { title: '李某帮信案（草稿）', stage: 'prosecution', caseNumber: null },
    defendants: [
      {
        ...d,
        actPeriod: '2021-03-01~2021-05-01',
        conduct: { ...(d.conduct as object), cards: [{ kind: 'bankCard', number: 4, owner: 'self', dealing: 'sell' }, { kind: 'phoneCard', number: null, owner: null, dealing: null }] }
      },
      { ...emptyDefendant('d2', '王某'), actPeriod: '2021-04-01~' }
    ]
  }
}

describe('matter migrations', () => {
  it('a version-0 draft fails validation as it stands', () => {
    expect(validateMatter(v0Draft()).ok).toBe(false)
  })

  it('turns a version-0 file into a valid current document', () => {
    const m = migrateMatter(v0Draft())
    expect(m).toMatchObject({ from: 0, migrated: true })
    const v = validateMatter(m.document)
    expect(v.ok).toBe(true)
    if (!v.ok) return
    const [a, b] = v.value.defendants
    expect(v.value.formatVersion).toBe(FORMAT_VERSION)
    expect(v.value.matter.perspective).toBe('defense')
    expect(a?.actPeriod).toEqual({ from: '2021-03-01', to: '2021-05-01' })
    expect(b?.actPeriod).toEqual({ from: '2021-04-01', to: null })
    expect(a?.conduct.cards).toEqual([
      { kind: 'bankCard', count: 4, owner: 'self', dealing: 'sell' },
      { kind: 'phoneCard', count: null, owner: null, dealing: null }
    ])
    // no fact is invented: the missing history block becomes "unknown"
    expect(a?.history).toEqual({ adminPenaltyWithin2Years: null, priorCriminalRecord: null, recidivist: null })
  })

  it('keeps an explicit perspective and an explicit formatVersion 0', () => {
    const raw = { ...v0Draft(), formatVersion: 0, matter: { title: 't', stage: 'trial', perspective: 'prosecution' } }
    const r = loadMatterDocument(raw)
    expect(r.ok && r.value.matter.perspective).toBe('prosecution')
    expect(r.ok && r.from).toBe(0)
  })

  it('leaves a current document untouched', () => {
    const cur = { formatVersion: FORMAT_VERSION, matter: { title: 't', stage: 'trial', perspective: 'defense' }, defendants: [emptyDefendant('d1', '甲')] }
    const m = migrateMatter(cur)
    expect(m).toEqual({ document: cur, from: FORMAT_VERSION, migrated: false })
  })

  it('version 1 → 2: only the number changes; the new keys read as null', () => {
    const v1 = { formatVersion: 1, matter: { title: 't', stage: 'trial', perspective: 'defense' }, defendants: [{ id: 'd1', name: '甲', kind: 'person' }] }
    const m = migrateMatter(v1)
    expect(m).toEqual({ document: { ...v1, formatVersion: 2 }, from: 1, migrated: true })
    const r = loadMatterDocument(v1)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.matter.province).toBeNull()
    expect(r.value.matter.accusation).toBeNull()
    const d = r.value.defendants[0]!
    expect([d.sex, d.custody, d.factsText, d.knowledge.finding, d.knowledge.counterEvidence, d.amounts.oneWayInflow]).toEqual([null, null, null, null, null, null])
    expect(d.conduct.cards).toEqual([])
    expect(d.evidence).toEqual([])
  })

  it('refuses a future version with a clear Chinese-first error', () => {
    expect(() => migrateMatter({ formatVersion: 7, matter: {}, defendants: [] })).toThrow(MigrationError)
    const r = loadMatterDocument({ formatVersion: 7 })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues[0]?.path).toBe('formatVersion')
    expect(r.issues[0]?.message).toMatch(/^文件格式版本 7 高于.*newer than/)
  })

  it('an unreadable v0 act period is reported at its path', () => {
    const raw = v0Draft()
    ;(raw.defendants as Record<string, unknown>[])[0]!.actPeriod = '去年三月'
    const r = loadMatterDocument(raw)
    expect(r.ok ? null : r.issues).toEqual([{ path: 'defendants.0.actPeriod', message: expect.stringMatching(/无法识别/) }])
  })

  it('detects versions and passes non-objects through for validation to report', () => {
    expect(detectVersion({})).toBe(0)
    expect(detectVersion({ formatVersion: 1 })).toBe(1)
    expect(detectVersion({ formatVersion: '1' })).toBeNull()
    expect(detectVersion([])).toBeNull()
    const r = loadMatterDocument('hello')
    expect(r.ok ? null : r.issues[0]?.path).toBe('(根)')
    const s = loadMatterDocument({ formatVersion: '1' })
    expect(s.ok ? null : s.issues.map((i) => i.path)).toContain('formatVersion')
  })
})
