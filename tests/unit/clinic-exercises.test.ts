// The exercise schema, twists and the bundled exercise library built from the published cases.
import { describe, expect, it } from 'vitest'
import { examples } from '../../core/examples'
import { emptyMatter } from '../../core/matter/schema'
import {
  excerptForStudents,
  BUNDLED_PREFIX, applyTwist, bundledExercises, defaultTwists, describeDefendant, validateExercise, type Exercise
} from '../../core/clinic'

describe('applyTwist', () => {
  const doc = emptyMatter('案')
  doc.defendants[0]!.name = '甲'

  it('changes a copy of the facts and keeps the original', () => {
    const r = applyTwist(doc, [
      { path: 'defendants.0.conduct.transferredForOthers', value: true },
      { path: 'defendants.0.amounts.concealedProceeds', value: 50000 },
      { path: 'defendants.0.conduct.cards', value: [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'rent' }] }
    ])
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.document.defendants[0]!.conduct.transferredForOthers).toBe(true)
    expect(r.document.defendants[0]!.amounts.concealedProceeds).toBe(50000)
    expect(r.document.defendants[0]!.conduct.cards).toHaveLength(1)
    expect(doc.defendants[0]!.conduct.transferredForOthers).toBeNull()
    expect(doc.defendants[0]!.conduct.cards).toEqual([])
  })

  it('can set an optional extension field the format knows', () => {
    const r = applyTwist(doc, [{ path: 'defendants.0.mitigation.courtConfession', value: true }])
    expect(r.ok && r.document.defendants[0]!.mitigation.courtConfession).toBe(true)
  })

  it('rejects unknown fields, missing paths, prototype paths, bad indexes and invalid values, naming the change', () => {
    const bad = (path: string, value: unknown = true) => {
      const r = applyTwist(doc, [{ path: 'defendants.0.conduct.advertising', value: false }, { path, value: value as never }])
      return r.ok ? null : r.issues.map((i) => i.path)
    }
    expect(bad('defendants.0.conduct.transferedForOthers')).toEqual(['patch.1.path'])
    expect(bad('defendants.0.nothing.here')).toEqual(['patch.1.path'])
    expect(bad('__proto__.polluted')).toEqual(['patch.1.path'])
    expect(bad('defendants.5.name', '乙')).toEqual(['patch.1.path'])
    expect(bad('defendants.0.amounts.illegalGain', -1)).toEqual(['document.defendants.0.amounts.illegalGain'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('exercise schema', () => {
  const base: Exercise = bundledExercises()[0]!

  it('requires the analysed defendant to exist and ids to be unique', () => {
    const r = validateExercise({ ...base, defendantId: 'nobody' })
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['defendantId'])
    const dupQ = validateExercise({ ...base, questions: [base.questions[0]!, base.questions[0]!] })
    expect(!dupQ.ok && dupQ.issues.map((i) => i.path)).toEqual(['questions.1.id'])
  })

  it('rejects an empty title and an id with unsafe characters, Chinese first', () => {
    const r = validateExercise({ ...base, title: '  ', id: '../etc' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues.find((i) => i.path === 'title')!.message).toMatch(/^练习名称不能为空/)
    expect(r.issues.find((i) => i.path === 'id')!.message).toMatch(/^编号只能含字母/)
  })
})

describe('bundled exercises', () => {
  const list = bundledExercises()

  it('one valid exercise per published case, with unique ids and its source cited', () => {
    expect(list).toHaveLength(examples.length)
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length)
    for (const [i, ex] of list.entries()) {
      const src = examples[i]!
      expect(ex.id).toBe(`${BUNDLED_PREFIX}${src.id}`)
      expect(validateExercise(ex).ok).toBe(true)
      expect(ex.source?.title).toBe(src.source.title)
      expect(ex.origin).toBe('bundled')
      expect(ex.hideAnswerUntilSubmit).toBe(true)
    }
  })

  it('keeps the structured facts of the case unchanged and the court outcome of the analysed defendant', () => {
    for (const [i, ex] of list.entries()) {
      const src = examples[i]!
      expect(ex.document.defendants).toEqual(src.document.defendants)
      const actual = src.actual[ex.defendantId]
      expect(ex.actual?.disposition).toBe(actual?.disposition)
      expect(ex.actual?.charge ?? null).toBe(actual?.charge ?? null)
      expect(ex.actual?.sentence?.months ?? null).toBe(actual?.sentence?.months ?? null)
    }
  })

  it('does not give the answer away before submission: neutral titles, no outcome in the narrative', () => {
    for (const ex of list) {
      expect(ex.title).not.toMatch(/帮助信息网络犯罪活动案|掩饰、隐瞒犯罪所得案|妨害信用卡管理案/)
      expect(ex.document.matter.title).not.toMatch(/帮助信息网络犯罪活动|掩饰、隐瞒犯罪所得|妨害信用卡管理/)
      expect(ex.document.matter.notes).toBeNull()
      expect(ex.narrative).not.toMatch(/判处|有期徒刑|不起诉决定/)
    }
  })

  it('never shows the fixtures’ encoding notes (整理说明) to students', () => {
    const withNotes = examples.filter((e) => e.notes)
    expect(withNotes.length).toBeGreaterThan(5)
    for (const ex of list) {
      const shown = JSON.stringify([ex.title, ex.narrative, ex.source, ex.questions, ex.twists])
      expect(shown).not.toContain('整理说明')
      const src = withNotes.find((e) => ex.id === `${BUNDLED_PREFIX}${e.id}`)
      if (src?.notes) expect(shown).not.toContain(src.notes.slice(0, 30))
    }
    // an exercise saved by an earlier release, with the notes appended to its excerpt
    expect(excerptForStudents('摘录原文。\n\n整理说明：记 bankCard count=36；…')).toBe('摘录原文。')
    expect(excerptForStudents('整理说明：只有说明')).toBeNull()
    expect(excerptForStudents('原文')).toBe('原文')
  })

  it('builds the narrative from the conduct and the known facts, telling the gaps', () => {
    const guo = list.find((e) => e.id === `${BUNDLED_PREFIX}cn-jingzhou-guo`)
    expect(guo).toBeDefined()
    expect(guo!.narrative).toContain('纸飞机')
    expect(guo!.narrative).toContain('违法所得 76,283.26 元')
    expect(guo!.narrative).toContain('被帮助者实施诈骗')
  })

  it('offers twists only where the fact differs now, and each twist is a valid change', () => {
    for (const ex of list) {
      const d = ex.document.defendants[0]!
      expect(ex.twists.some((t) => t.id === 'tw-withdraw')).toBe(d.conduct.transferredForOthers !== true)
      for (const t of ex.twists) expect(applyTwist(ex.document, t.patch).ok).toBe(true)
    }
    const doc = emptyMatter('x')
    doc.defendants[0]!.conduct.transferredForOthers = true
    doc.defendants[0]!.conduct.priorConspiracy = true
    expect(defaultTwists(doc, 0).map((t) => t.id)).toEqual(['tw-no-knowledge'])
    expect(defaultTwists(doc, 3)).toEqual([])
  })
})

describe('describeDefendant', () => {
  it('tells known facts and says 未载 for unknown ones', () => {
    const doc = emptyMatter('x')
    const d = doc.defendants[0]!
    d.conduct.cards = [{ kind: 'phoneCard', count: 25, owner: 'others', dealing: 'buy' }]
    d.amounts.paymentSettlement = 200000
    const lines = describeDefendant(d)
    expect(lines).toContain('行为：收购他人手机卡 25 张（个）')
    expect(lines).toContain('数额：支付结算金额 200,000 元')
    expect(lines).toContain('主观方面：未载')
    expect(lines).toContain('被帮助者：未载')
  })
})
