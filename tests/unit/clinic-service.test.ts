// The clinic service through the IPC dispatcher: exercises, packs between two data folders, answers, anonymised export.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ANSWER_KIND, CLINIC_FORMAT_VERSION, bundledExercises, defaultQuestions, serializeAnswer,
  type AnswerImportResult, type AnswerListRow, type Exercise, type ExerciseSummary, type StudentAnswer
} from '../../core/clinic'
import type { IpcResult } from '../../core/ipc/contract'
import { emptyMatter } from '../../core/matter/schema'
import { dispatch } from '../../electron/main/dispatch'
import { closeStores } from '../../electron/main/store'
import type { ServiceContext } from '../../electron/main/services/types'

let dirs: string[] = []
const newCtx = (): ServiceContext => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bangxin-clinic-'))
  dirs.push(dataDir)
  return { dataDir, host: 'web', appVersion: 'test' }
}
let ctx: ServiceContext
beforeEach(() => {
  ctx = newCtx()
})
afterEach(async () => {
  await closeStores()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})

async function call<T>(channel: string, req: unknown, c = ctx): Promise<T> {
  const r = (await dispatch(channel, req, c, { log: () => undefined })) as IpcResult<T>
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.path} ${r.error.message}`)
  return r.data
}
async function fails(channel: string, req: unknown, c = ctx) {
  const r = await dispatch(channel, req, c, { log: () => undefined })
  if (r.ok) throw new Error(`${channel} should have failed`)
  return r.error
}

function exercise(id: string, title = '自编练习'): Exercise {
  const doc = emptyMatter('自编案')
  doc.defendants[0]!.name = '甲'
  doc.defendants[0]!.conduct.cards = [{ kind: 'bankCard', count: 3, owner: 'self', dealing: 'rent' }]
  return {
    formatVersion: CLINIC_FORMAT_VERSION, id, origin: 'teacher', title, narrative: '甲出租本人银行卡三张。', source: null, document: doc,
    defendantId: 'd1', questions: defaultQuestions(), hideAnswerUntilSubmit: true,
    twists: [{ id: 'tw', label: '若其另有代为取现行为', patch: [{ path: 'defendants.0.conduct.transferredForOthers', value: true }] }],
    author: '王老师', createdAt: '2026-11-22T08:00:00.000Z'
  }
}

function answer(exerciseId: string, name: string, number: string | null, submittedAt = '2026-11-22T10:00:00.000Z'): StudentAnswer {
  return {
    kind: ANSWER_KIND, version: CLINIC_FORMAT_VERSION, exerciseId, defendantId: 'd1', student: { name, number },
    elements: { knowledge: { status: 'undetermined', reason: '没有推定明知的情形' } }, charge: 'none', seriousGrounds: [], sentence: null, submittedAt
  }
}

describe('exercises', () => {
  it('lists the bundled exercises, saves, gets, lists and deletes a teacher exercise', async () => {
    const before = await call<ExerciseSummary[]>('exercises:list', {})
    expect(before).toHaveLength(bundledExercises().length)

    const saved = await call<Exercise>('exercises:save', { exercise: exercise('t-1') })
    expect(saved.updatedAt).toBeDefined()
    expect(existsSync(join(ctx.dataDir, 'clinic', 'exercises', 't-1.json'))).toBe(true)
    // no temporary file is left behind by the atomic write
    expect(readdirSync(join(ctx.dataDir, 'clinic', 'exercises'))).toEqual(['t-1.json'])

    const got = await call<Exercise>('exercises:get', { id: 't-1' })
    expect(got).toEqual(saved)
    const list = await call<ExerciseSummary[]>('exercises:list', {})
    expect(list[0]).toMatchObject({ id: 't-1', origin: 'teacher', defendantName: '甲', twistCount: 1, corrupt: false })

    // saving again keeps the creation time
    const again = await call<Exercise>('exercises:save', { exercise: { ...exercise('t-1', '改过的题'), createdAt: '2030-01-01T00:00:00.000Z' } })
    expect(again.createdAt).toBe('2026-11-22T08:00:00.000Z')
    expect(again.title).toBe('改过的题')

    expect(await call('exercises:delete', { id: 't-1' })).toEqual({ deleted: true })
    expect(await call('exercises:delete', { id: 't-1' })).toEqual({ deleted: false })
    expect((await fails('exercises:get', { id: 't-1' })).code).toBe('NOT_FOUND')
  })

  it('refuses an invalid exercise with every field path, and refuses to change a bundled one', async () => {
    const bad = { ...exercise('t-2'), title: '', defendantId: 'nobody' }
    const e = await fails('exercises:save', { exercise: bad })
    expect(e.code).toBe('INVALID_REQUEST')
    expect(e.issues?.map((i) => i.path).sort()).toEqual(['exercise.defendantId', 'exercise.title'])
    expect(existsSync(join(ctx.dataDir, 'clinic', 'exercises', 't-2.json'))).toBe(false)

    const b = bundledExercises()[0]!
    expect((await fails('exercises:save', { exercise: b })).code).toBe('CONFLICT')
    expect((await fails('exercises:delete', { id: b.id })).code).toBe('CONFLICT')
    expect((await fails('exercises:get', { id: '../../etc/passwd' })).code).toBe('NOT_FOUND')
  })

  it('lists a damaged exercise file as corrupt and keeps it', async () => {
    await call('exercises:save', { exercise: exercise('t-3') })
    const file = join(ctx.dataDir, 'clinic', 'exercises', 't-3.json')
    writeFileSync(file, '{"formatVersion":1,"id":"t-3"')
    const list = await call<ExerciseSummary[]>('exercises:list', {})
    expect(list.find((x) => x.id === 't-3')).toMatchObject({ corrupt: true })
    expect((await fails('exercises:get', { id: 't-3' })).code).toBe('CORRUPT_MATTER')
    expect(readFileSync(file, 'utf-8')).toBe('{"formatVersion":1,"id":"t-3"')
  })
})

describe('packs between two data folders', () => {
  it('exports teacher and bundled exercises as one file and imports them elsewhere unchanged', async () => {
    await call('exercises:save', { exercise: exercise('t-1') })
    await call('exercises:save', { exercise: exercise('t-2', '第二题') })
    const bundledId = bundledExercises()[3]!.id
    const pack = await call<{ fileName: string; content: string }>('packs:export', { ids: ['t-1', 't-2', bundledId] })
    expect(pack.fileName).toMatch(/\.bangxin-pack\.json$/)

    const other = newCtx()
    const r = await call<{ imported: number; ids: string[] }>('packs:import', { fileName: pack.fileName, content: pack.content }, other)
    // the bundled exercise is already there: not imported again
    expect(r).toEqual({ imported: 2, ids: ['t-1', 't-2', bundledId] })
    expect(await call('exercises:get', { id: 't-1' }, other)).toEqual(await call('exercises:get', { id: 't-1' }))
    expect(await call('exercises:get', { id: 't-2' }, other)).toEqual(await call('exercises:get', { id: 't-2' }))

    // importing the same pack again changes nothing
    expect(await call('packs:import', { fileName: pack.fileName, content: pack.content }, other)).toEqual({ imported: 0, ids: ['t-1', 't-2', bundledId] })
    // a different exercise under a taken id is kept under a new id, the old one untouched
    await call('exercises:save', { exercise: exercise('t-1', '另一位老师的题') }, other)
    const r2 = await call<{ imported: number; ids: string[] }>('packs:import', { fileName: pack.fileName, content: pack.content }, other)
    expect(r2.ids[0]).toBe('t-1-2')
    expect((await call<Exercise>('exercises:get', { id: 't-1' }, other)).title).toBe('另一位老师的题')
    expect((await call<Exercise>('exercises:get', { id: 't-1-2' }, other)).title).toBe('自编练习')
  })

  it('imports nothing from a damaged pack and says where it is damaged', async () => {
    await call('exercises:save', { exercise: exercise('t-1') })
    const pack = await call<{ fileName: string; content: string }>('packs:export', { ids: ['t-1'] })
    const broken = pack.content.replace('"count": 3', '"count": -3')
    const other = newCtx()
    const e = await fails('packs:import', { fileName: 'x.bangxin-pack.json', content: broken }, other)
    expect(e.code).toBe('INVALID_REQUEST')
    expect(e.path).toBe('exercises.0.document.defendants.0.conduct.cards.0.count')
    expect(e.message).toMatch(/^练习包“x\.bangxin-pack\.json”有 1 处问题：数量不能为负数/)
    expect(existsSync(join(other.dataDir, 'clinic', 'exercises'))).toBe(false)
    expect((await fails('packs:export', { ids: ['nope'] })).path).toBe('ids.0')
  })
})

describe('answers', () => {
  it('imports students’ answer files, one per student, and lists them; a resubmission replaces, an older file does not', async () => {
    await call('exercises:save', { exercise: exercise('t-1') })
    const r1 = await call<AnswerImportResult>('answers:import', { fileName: 'a.json', content: serializeAnswer(answer('t-1', '张同学', '2024001')) })
    expect(r1).toMatchObject({ replaced: false, stale: false })
    await call('answers:import', { fileName: 'b.json', content: serializeAnswer(answer('t-1', '李同学', null)) })
    const again = await call<AnswerImportResult>('answers:import', {
      fileName: 'a2.json', content: serializeAnswer({ ...answer('t-1', '张同学', '2024001', '2026-11-22T11:00:00.000Z'), charge: 'art287-2' })
    })
    expect(again).toMatchObject({ replaced: true, stale: false, key: r1.key })
    const older = await call<AnswerImportResult>('answers:import', { fileName: 'a0.json', content: serializeAnswer(answer('t-1', '张同学', '2024001', '2026-11-21T09:00:00.000Z')) })
    expect(older).toMatchObject({ replaced: false, stale: true })

    const rows = await call<AnswerListRow[]>('answers:list', { exerciseId: 't-1' })
    expect(rows).toHaveLength(2)
    const zhang = rows.find((r) => !r.corrupt && r.answer.student.name === '张同学')
    expect(zhang && !zhang.corrupt && zhang.answer.charge).toBe('art287-2')
    expect((await call<ExerciseSummary[]>('exercises:list', {})).find((x) => x.id === 't-1')!.answerCount).toBe(2)
  })

  it('refuses an answer to an unknown exercise and a malformed answer file', async () => {
    expect((await fails('answers:import', { fileName: 'a.json', content: serializeAnswer(answer('nope', '王同学', null)) })).code).toBe('NOT_FOUND')
    const e = await fails('answers:import', { fileName: 'a.json', content: JSON.stringify({ ...answer(bundledExercises()[0]!.id, '王同学', null), sentence: { minMonths: 9, maxMonths: 3 } }) })
    expect(e.code).toBe('INVALID_REQUEST')
    expect(e.path).toBe('sentence.maxMonths')
    expect((await fails('answers:list', { exerciseId: '../x' })).code).toBe('INVALID_REQUEST')
  })
})

describe('matters:anonymize', () => {
  it('exports a stored matter with its identifiers removed and its facts kept', async () => {
    const doc = emptyMatter('张三丰帮助信息网络犯罪活动案')
    doc.matter.caseNumber = '(2023)京0105刑初123号'
    doc.defendants[0]!.name = '张三丰'
    doc.defendants[0]!.idNumber = '110105199003071234'
    doc.defendants[0]!.conduct.otherHelp = '张三丰将银行卡6222021234567890123出售，联系电话13812345678'
    doc.defendants[0]!.amounts.illegalGain = 15000
    const created = await call<{ summary: { id: string } }>('matters:create', { title: '临时' })
    await call('matters:save', { id: created.summary.id, document: doc })
    const r = await call<{ fileName: string; content: string; replacements?: unknown[] }>('matters:anonymize', { id: created.summary.id })
    expect(r.fileName).toBe('甲帮助信息网络犯罪活动案（脱敏）.bangxin.json')
    for (const s of ['张三丰', '110105199003071234', '6222021234567890123', '13812345678', '京0105刑初123号']) expect(r.content).not.toContain(s)
    const out = JSON.parse(r.content) as typeof doc
    expect(out.defendants[0]!.amounts.illegalGain).toBe(15000)
    expect((await fails('matters:anonymize', { id: 'no-such-matter' })).code).toBe('NOT_FOUND')
    // the replacement list is returned for checking; names the patterns cannot see are passed in
    expect(r.replacements).toContainEqual({ from: '张三丰', to: '甲', kind: 'name' })
    // a name after 交给 is found by the rules; one with no cue around it (the rules cannot see it) is passed in
    doc.defendants[0]!.conduct.otherHelp = '张三丰把卡交给李明，卡后来在刘一手那里'
    await call('matters:save', { id: created.summary.id, document: doc })
    const plain = await call<{ content: string }>('matters:anonymize', { id: created.summary.id })
    expect(plain.content).not.toContain('李明')
    expect(plain.content).toContain('刘一手')
    const withExtra = await call<{ content: string }>('matters:anonymize', { id: created.summary.id, extraNames: ['刘一手'] })
    expect(withExtra.content).not.toContain('刘一手')
    expect(JSON.parse(withExtra.content).defendants[0].conduct.otherHelp).toBe('甲把卡交给丙，卡后来在乙那里') // extra names are numbered before the names found
  })
})

describe('clinic responses follow the IPC contract', () => {
  const checked = { log: () => undefined, validateResponses: true }
  const okData = async (channel: string, req: unknown) => {
    const r = await dispatch(channel, req, ctx, checked)
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
    return r.data
  }

  it('the real answers pass the response schemas, corrupt rows included', async () => {
    const ex = exercise('t-c')
    expect(await okData('exercises:save', { exercise: ex })).toMatchObject({ id: 't-c', origin: 'teacher' })
    expect(await okData('exercises:get', { id: 't-c' })).toMatchObject({ id: 't-c' })
    expect(await okData('exercises:get', { id: bundledExercises()[0]!.id })).toMatchObject({ origin: 'bundled' })
    await okData('answers:import', { fileName: 'a.json', content: serializeAnswer(answer('t-c', '张同学', '2024001')) })
    // a damaged exercise file and a damaged answer file are listed as corrupt rows, within the contract
    writeFileSync(join(ctx.dataDir, 'clinic', 'exercises', 'broken.json'), '{"formatVersion":1')
    writeFileSync(join(ctx.dataDir, 'clinic', 'answers', 't-c', 'zz.json'), '{"answer":{"kind":"x"}}')
    const list = (await okData('exercises:list', {})) as ExerciseSummary[]
    expect(list.find((x) => x.id === 'broken')).toMatchObject({ corrupt: true })
    const rows = (await okData('answers:list', { exerciseId: 't-c' })) as AnswerListRow[]
    expect(rows.map((r) => r.corrupt ?? false)).toEqual([false, true])
  })

  it.each([
    ['exercises:list', {}, [{ id: 'x', title: 'x' }]],
    ['exercises:get', { id: 'x' }, { id: 'x', title: '没有案件的练习' }],
    ['exercises:save', { exercise: {} }, { formatVersion: 1, id: 'x' }],
    ['answers:import', { fileName: 'a.json', content: '{}' }, { key: 'k', replaced: 'yes' }],
    ['answers:list', { exerciseId: 'x' }, [{ key: 'k', corrupt: true }]]
  ])('%s answering outside its schema is caught (INTERNAL, logged)', async (channel, req, bad) => {
    const logged: string[] = []
    const handlers = { [channel]: async () => bad } as never
    const r = await dispatch(channel, req, ctx, { handlers, validateResponses: true, log: (m) => void logged.push(m) })
    expect(r.ok ? null : r.error.code).toBe('INTERNAL')
    expect(r.ok ? '' : r.error.message).toMatch(/应答不符合接口约定/)
    expect(logged).toEqual([`[ipc] ${channel} answered outside the contract`])
  })
})
