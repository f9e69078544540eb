// The `clinic` memo with a student's worksheet: memo:build validates the exercise and the answer, grades the
// answer against the analysis of the exercise's matter and writes the student's answers, the verdicts, the
// score by the rubric, the twists and the court's outcome; without an answer the memo is unchanged.
import JSZip from 'jszip'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { clause as lawClause, hasClause, source } from '../../core/law/index'
import type { MatterAnalysis, Status } from '../../core/analysis/types'
import {
  ELEMENT_IDS, ELEMENT_LABELS, RUBRIC, STATUS_LABELS, VERDICT_LABELS, blankAnswer, buildWorksheet, bundledExercises, findDefendant,
  type Exercise, type StudentAnswer
} from '../../core/clinic'
import { analyzeMatter } from '../../core/engine/analyze'
import { ipcContract } from '../../core/ipc/contract'
import { MemoInputError, buildMemoModel } from '../../core/memo/index'
import { IpcFailure } from '../../electron/main/services/errors'
import { memoService } from '../../electron/main/services/memo'
import type { ServiceContext } from '../../electron/main/services/types'

const dirs: string[] = []
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }) })
const ctx = (): ServiceContext => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bangxin-memo-ws-'))
  dirs.push(dataDir)
  return { dataDir, host: 'web', appVersion: 'test' }
}
const build = memoService['memo:build']
if (!build) throw new Error('memo:build missing')

async function docText(base64: string): Promise<string> {
  const xml = (await (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')?.async('string')) ?? ''
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}

async function failureOf(p: Promise<unknown>): Promise<IpcFailure> {
  try {
    await p
  } catch (e) {
    if (e instanceof IpcFailure) return e
    throw e
  }
  throw new Error('expected an IpcFailure')
}

// a bundled exercise whose analysis decides every element, convicts, and has twists and a court outcome
const picked = bundledExercises()
  .map((ex) => ({ ex, analysis: analyzeMatter(ex.document) }))
  .find(({ ex, analysis }) => {
    const d = findDefendant(analysis, ex.defendantId)
    return ex.actual && ex.twists.length > 0 && d.prevailingCharge === 'art287-2' && d.sentencing &&
      ELEMENT_IDS.every((id) => d.elements.some((e) => e.id === id))
  })
if (!picked) throw new Error('no bundled exercise fits the test')
const exercise: Exercise = picked.ex
const analysis: MatterAnalysis = picked.analysis

const other: Record<Status, Status> = { met: 'notMet', notMet: 'met', undetermined: 'met' }
const KNOWLEDGE_REASON = '其否认明知且报酬正常'

/** A student who agrees with the analysis on everything but 明知. */
function answerDisagreeingOnKnowledge(): { answer: StudentAnswer; engineStatus: Status; studentStatus: Status } {
  const d = findDefendant(analysis, exercise.defendantId)
  const answer = blankAnswer(exercise, { name: '林晓雨', number: '2026013' }, '2026-11-22T02:30:00.000Z')
  for (const id of ELEMENT_IDS) {
    const e = d.elements.find((x) => x.id === id)
    if (e) answer.elements[id] = { status: e.status, reason: '依据在案事实与相关规定' }
  }
  const engineStatus = d.elements.find((e) => e.id === 'knowledge')?.status ?? 'met'
  const studentStatus = other[engineStatus]
  answer.elements.knowledge = { status: studentStatus, reason: KNOWLEDGE_REASON }
  answer.charge = d.prevailingCharge
  answer.seriousGrounds = [...d.seriousCircumstances.basis]
  answer.sentence = d.sentencing ? { minMonths: d.sentencing.rangeMonths.min, maxMonths: d.sentencing.rangeMonths.max } : null
  return { answer, engineStatus, studentStatus }
}

describe('memo:build with a student worksheet', () => {
  it('writes the student, their answer per element, the verdict, the score, the twists and the court outcome', async () => {
    const { answer, engineStatus, studentStatus } = answerDisagreeingOnKnowledge()
    // an open question (not scored) and written answers the teacher reads
    const withOpen: Exercise = { ...exercise, questions: [...exercise.questions, { id: 'q-open', kind: 'open', prompt: '本案最关键的证据是什么？' }] }
    const twist = exercise.twists[0]
    if (!twist) throw new Error('no twist')
    answer.chargeReason = '其行为属于提供支付结算帮助'
    answer.openAnswers = { 'q-open': '银行流水与聊天记录', [`twist:${twist.id}`]: '结论会改变，应另行评价' }
    const r = await build({ document: exercise.document, kind: 'clinic', defendantId: exercise.defendantId, worksheet: { exercise: withOpen, answer } }, ctx())
    const text = await docText(r.base64)
    const name = findDefendant(analysis, exercise.defendantId).name
    expect(r.fileName).toBe(`${name}-教学练习-林晓雨.docx`)
    expect(text).toContain('学生作答与评分')
    expect(text).toContain('答题人：林晓雨（学号：2026013）')
    // 02:30 UTC is 10:30 in Beijing
    expect(text).toContain('提交时间：2026年11月22日 10:30（北京时间）')
    // the 明知 row: item, the student's answer with the reason, the analysis, the verdict (cells in order)
    expect(text).toContain(
      `${ELEMENT_LABELS.knowledge}${STATUS_LABELS[studentStatus]}（理由：${KNOWLEDGE_REASON}）${STATUS_LABELS[engineStatus]}${VERDICT_LABELS.disagree}`
    )
    // an element the student got right reads 一致
    expect(text).toMatch(new RegExp(`${ELEMENT_LABELS.subject}${STATUS_LABELS.met}（理由：依据在案事实与相关规定）${STATUS_LABELS.met}${VERDICT_LABELS.agree}`))
    // everything else agrees: only the status points of 明知 are lost
    const max = ELEMENT_IDS.length * (RUBRIC.elementStatus + RUBRIC.elementReason) + RUBRIC.charge + RUBRIC.seriousGrounds + RUBRIC.sentenceOverlap
    expect(text).toContain(`得分：${max - RUBRIC.elementStatus}分 / 满分${max}分`)
    expect(text).toContain(`结论不一致（分析：${STATUS_LABELS[engineStatus]}）`)
    expect(text).toContain('评分规则（公开）')
    expect(text).toContain('事实变化后的结论（不计分）')
    for (const t of exercise.twists) expect(text).toContain(t.label)
    expect(text).toContain('法院实际认定')
    // the written parts, each once, where they belong
    expect(text).toContain('书面回答（不计分，由教师评阅）')
    expect(text).toContain('罪名认定的理由。其行为属于提供支付结算帮助。')
    expect(text).toContain('本案最关键的证据是什么？银行流水与聊天记录。')
    expect(text).toContain(`${twist.label}。学生回答：结论会改变，应另行评价。分析：`)
    // the answer key is still there
    expect(text).toContain('参考答案')
  })

  it('without a worksheet, or with a worksheet but no answer, writes the memo as before', async () => {
    const plain = await docText((await build({ document: exercise.document, kind: 'clinic', defendantId: exercise.defendantId }, ctx())).base64)
    const unanswered = await docText((await build({ document: exercise.document, kind: 'clinic', worksheet: { exercise, answer: null } }, ctx())).base64)
    expect(plain).toContain('参考答案')
    expect(plain).not.toContain('学生作答与评分')
    expect(unanswered).toBe(plain)
  })

  it('rejects an invalid answer with its field path under worksheet', async () => {
    const { answer } = answerDisagreeingOnKnowledge()
    const bad = { ...answer, elements: { ...answer.elements, knowledge: { status: 'maybe', reason: '' } } }
    const f = await failureOf(build({ document: exercise.document, kind: 'clinic', worksheet: { exercise, answer: bad } }, ctx()))
    expect(f.code).toBe('INVALID_REQUEST')
    expect(f.path).toBe('worksheet.answer.elements.knowledge.status')
    expect(f.message).toMatch(/^学生答卷有 1 处问题/)
  })

  it('rejects an invalid exercise and an answer to another exercise', async () => {
    const { answer } = answerDisagreeingOnKnowledge()
    const badEx = await failureOf(build({ document: exercise.document, kind: 'clinic', worksheet: { exercise: { ...exercise, defendantId: 'nobody' }, answer } }, ctx()))
    expect(badEx.code).toBe('INVALID_REQUEST')
    expect(badEx.path).toBe('worksheet.exercise.defendantId')
    const notObject = await failureOf(build({ document: exercise.document, kind: 'clinic', worksheet: { exercise: 'x' } }, ctx()))
    expect(notObject.path).toMatch(/^worksheet\.exercise/)
    const foreign = await failureOf(build({ document: exercise.document, kind: 'clinic', worksheet: { exercise, answer: { ...answer, exerciseId: 'some-other' } } }, ctx()))
    expect(foreign.code).toBe('INVALID_REQUEST')
    expect(foreign.path).toBe('worksheet.answer.exerciseId')
  })

  it('rejects a worksheet with any kind but clinic', async () => {
    const { answer } = answerDisagreeingOnKnowledge()
    for (const kind of ['defense', 'prosecution', 'analysis'] as const) {
      const f = await failureOf(build({ document: exercise.document, kind, worksheet: { exercise, answer } }, ctx()))
      expect(f.code).toBe('INVALID_REQUEST')
      expect(f.path).toBe('worksheet')
    }
  })

  it('rejects a defendant other than the exercise\'s', async () => {
    const f = await failureOf(build({ document: exercise.document, kind: 'clinic', defendantId: 'nobody', worksheet: { exercise } }, ctx()))
    expect(f.code).toBe('INVALID_REQUEST')
    expect(f.path).toBe('defendantId')
  })
})

describe('the contract and the memo model', () => {
  it('accepts the optional worksheet and nothing else inside it', () => {
    const req = ipcContract['memo:build'].request
    expect(req.safeParse({ document: {}, kind: 'clinic', worksheet: { exercise: {}, answer: null } }).success).toBe(true)
    expect(req.safeParse({ document: {}, kind: 'clinic', worksheet: { exercise: {} } }).success).toBe(true)
    expect(req.safeParse({ document: {}, kind: 'clinic', worksheet: { exercise: {}, extra: 1 } }).success).toBe(false)
  })

  it('refuses a worksheet for another kind or another defendant; cites the deciding clauses of every row', () => {
    const { answer } = answerDisagreeingOnKnowledge()
    const ws = buildWorksheet(exercise, analysis, { answer })
    const defense = (() => { try { buildMemoModel(exercise.document, analysis, { kind: 'defense', worksheet: ws }); return null } catch (e) { return e } })()
    expect(defense).toBeInstanceOf(MemoInputError)
    expect((defense as MemoInputError).path).toBe('worksheet')
    const wrong = (() => { try { buildMemoModel(exercise.document, analysis, { kind: 'clinic', worksheet: { ...ws, defendantId: 'other' } }); return null } catch (e) { return e } })()
    expect((wrong as MemoInputError).path).toBe('worksheet')

    const model = buildMemoModel(exercise.document, analysis, { kind: 'clinic', worksheet: ws })
    const rowIds = ws.answerKey.flatMap((r) => r.deciding.map((c) => c.clauseId))
    expect(rowIds.length).toBeGreaterThan(0)
    // 刑法第十二条 is never cited for the choice between interpretations (the text names the 2001 规定)
    // nor a text that takes effect after the memo's date
    const inForce = (id: string): boolean => !hasClause(id) || (source(lawClause(id).sourceId).effective ?? '') <= analysis.asOf
    const expected = rowIds.filter((x) => x !== 'crimlaw-a12' && inForce(x))
    expect(expected.length).toBeGreaterThan(0)
    for (const id of expected) expect(model.meta.citedClauses).toContain(id)
    const table = model.blocks.find((b) => b.type === 'table' && b.header[0] === '项目' && b.header[1] === '学生答案')
    expect(table?.type === 'table' ? table.rows.length : 0).toBe(ws.answerKey.length)
    expect(table?.type === 'table' ? table.widths.reduce((s, x) => s + x, 0) : 0).toBe(28)
  })
})
