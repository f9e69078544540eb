// Exercise packs and answer files: round trips, strict parsing with field paths, the import plan.
import { describe, expect, it } from 'vitest'
import { emptyMatter } from '../../core/matter/schema'
import {
  ANSWER_KIND, CLINIC_FORMAT_VERSION, PACK_KIND, answerKey, bundledExercises, defaultQuestions, parseAnswer, parsePack, planImport,
  serializeAnswer, serializePack, type Exercise, type StudentAnswer
} from '../../core/clinic'

function teacherExercise(id: string, title = '教师自编练习'): Exercise {
  const doc = emptyMatter('自编案')
  const d = doc.defendants[0]!
  d.name = '乙'
  d.conduct.cards = [{ kind: 'bankCard', count: 4, owner: 'self', dealing: 'sell' }]
  d.amounts.illegalGain = 12345.67
  d.amounts.oneWayInflow = 350000
  return {
    formatVersion: CLINIC_FORMAT_VERSION, id, origin: 'teacher', title, narrative: '乙出售本人银行卡四张。\n第二段。', source: null, document: doc,
    defendantId: 'd1', questions: [...defaultQuestions(), { id: 'q-open', kind: 'open', prompt: '你如何看待本案的明知？' }],
    hideAnswerUntilSubmit: false,
    twists: [{ id: 'tw', label: '若其另有代为取现行为', prompt: null, patch: [{ path: 'defendants.0.conduct.transferredForOthers', value: true }] }],
    author: '王老师', createdAt: '2026-11-22T08:00:00.000Z'
  }
}

describe('packs', () => {
  it('round-trips bundled and teacher exercises through one file without loss', () => {
    const exercises = [...bundledExercises().slice(0, 5), teacherExercise('t-1'), teacherExercise('t-2', '第二题')]
    const text = serializePack(exercises, '2026-11-22T10:00:00.000Z')
    const back = parsePack(text)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.kind).toBe(PACK_KIND)
    expect(back.value.exportedAt).toBe('2026-11-22T10:00:00.000Z')
    expect(back.value.exercises).toEqual(exercises)
    // and again: the second trip gives the same bytes
    expect(serializePack(back.value.exercises, '2026-11-22T10:00:00.000Z')).toBe(text)
  })

  it('reports every invalid exercise with its full field path, Chinese first', () => {
    const bad = JSON.parse(serializePack([teacherExercise('t-1'), teacherExercise('t-2')], '2026-11-22T10:00:00Z')) as { exercises: Record<string, unknown>[] }
    ;(bad.exercises[1]!.document as { defendants: { amounts: Record<string, unknown> }[] }).defendants[0]!.amounts.illegalGain = -5
    bad.exercises[0]!.title = ''
    const r = parsePack(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = r.issues.map((i) => i.path)
    expect(paths).toContain('exercises.1.document.defendants.0.amounts.illegalGain')
    expect(paths).toContain('exercises.0.title')
    expect(r.issues.find((i) => i.path.endsWith('illegalGain'))!.message).toMatch(/^金额不能为负数.*\/ amount cannot be negative/)
  })

  it('refuses a file that is not a pack, or not JSON, or holds the same id twice', () => {
    const notPack = parsePack(JSON.stringify({ kind: 'something-else', version: 1, exercises: [] }))
    expect(!notPack.ok && notPack.issues[0]!.message).toMatch(/不是练习包/)
    const notJson = parsePack('{ not json')
    expect(!notJson.ok && notJson.issues[0]!.message).toMatch(/不是有效的 JSON/)
    const dup = parsePack(serializePack([teacherExercise('t-1'), teacherExercise('t-1')], '2026-11-22T10:00:00Z'))
    expect(!dup.ok && dup.issues.map((i) => i.path)).toEqual(['exercises.1.id'])
    const future = parsePack(JSON.stringify({ kind: PACK_KIND, version: 2, exercises: [] }))
    expect(!future.ok && future.issues[0]!.path).toBe('version')
  })

  it('a twist on an unknown field or with a wrong value makes the exercise invalid', () => {
    const ex = teacherExercise('t-1')
    const typo = { ...ex, twists: [{ id: 'x', label: '错字', patch: [{ path: 'defendants.0.conduct.transferedForOthers', value: true }] }] }
    const r1 = parsePack(serializePack([typo as Exercise], '2026-11-22T10:00:00Z'))
    expect(!r1.ok && r1.issues[0]!.path).toBe('exercises.0.twists.0.patch.0.path')
    const wrong = { ...ex, twists: [{ id: 'x', label: '类型错', patch: [{ path: 'defendants.0.amounts.illegalGain', value: '很多' }] }] }
    const r2 = parsePack(serializePack([wrong as Exercise], '2026-11-22T10:00:00Z'))
    expect(!r2.ok && r2.issues[0]!.path).toBe('exercises.0.twists.0.document.defendants.0.amounts.illegalGain')
  })

  it('plans an import that loses nothing: add, keep identical, rename on a clash', () => {
    const mine = teacherExercise('t-1')
    const existing = new Map<string, Exercise>([['t-1', mine], ['t-1-2', teacherExercise('t-1-2')]])
    const incoming = [teacherExercise('t-1'), teacherExercise('t-1', '同号不同题'), teacherExercise('t-9'), { ...bundledExercises()[0]!, id: 't-1' }]
    const plan = planImport(existing, incoming)
    expect(plan.map((p) => [p.action, p.id])).toEqual([['unchanged', 't-1'], ['renamed', 't-1-3'], ['add', 't-9'], ['renamed', 't-1-4']])
    expect(plan[1]!.exercise.title).toBe('同号不同题')
    expect(plan.every((p) => p.exercise.origin === 'teacher')).toBe(true)
    expect(new Set(plan.map((p) => p.id)).size).toBe(plan.length)
  })
})

describe('answer files', () => {
  const answer: StudentAnswer = {
    kind: ANSWER_KIND, version: CLINIC_FORMAT_VERSION, exerciseId: 't-1', exerciseTitle: '教师自编练习', defendantId: 'd1',
    student: { name: '张同学', number: '2024001' },
    elements: { knowledge: { status: 'undetermined', reason: '只有出售行为，没有推定明知的情形' } },
    charge: 'none', chargeReason: '明知无法认定', seriousGrounds: ['interp2019-12-1-4'], sentence: null,
    openAnswers: { 'q-open': '开放回答' }, submittedAt: '2026-11-22T11:00:00.000Z'
  }

  it('round-trips', () => {
    const r = parseAnswer(serializeAnswer(answer))
    expect(r.ok && r.value).toEqual(answer)
  })

  it('rejects a reversed sentence range, an unknown ground and a foreign file, naming the field', () => {
    const rev = parseAnswer(JSON.stringify({ ...answer, sentence: { minMonths: 12, maxMonths: 6 } }))
    expect(!rev.ok && rev.issues.map((i) => i.path)).toEqual(['sentence.maxMonths'])
    const ground = parseAnswer(JSON.stringify({ ...answer, seriousGrounds: ['interp2019-12-1-99'] }))
    expect(!ground.ok && ground.issues[0]!.path).toBe('seriousGrounds.0')
    const foreign = parseAnswer(JSON.stringify({ formatVersion: 1, matter: {}, defendants: [] }))
    expect(!foreign.ok && foreign.issues.some((i) => /不是学生答卷/.test(i.message))).toBe(true)
  })

  it('keys one stored answer per student: by number when given, else by name', () => {
    const again = { ...answer, student: { name: '张同学（重交）', number: '2024001' } }
    expect(answerKey(again)).toBe(answerKey(answer))
    const other = { ...answer, student: { name: '张同学', number: '2024002' } }
    expect(answerKey(other)).not.toBe(answerKey(answer))
    const noNumber = { ...answer, student: { name: '李同学', number: null } }
    expect(answerKey(noNumber)).toBe(answerKey({ ...noNumber, submittedAt: '2026-11-23T00:00:00Z' }))
    expect(answerKey(noNumber)).toMatch(/^a-[0-9a-z]+$/)
  })
})
