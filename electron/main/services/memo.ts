// memo:build and memo:saveAs: validate the matter, analyse it, build the memo .docx. With a student's
// worksheet (kind `clinic`), the memo is written from the exercise's matter and carries the graded answer.
import { writeFile } from 'node:fs/promises'
import type { MatterAnalysis } from '../../../core/analysis/types'
import { analysisDate, analysisFingerprint, analyzeMatter } from '../../../core/engine/analyze'
import { buildWorksheet, evaluateTwists, validateAnswer, validateExercise, type StudentAnswer, type Worksheet } from '../../../core/clinic'
import type { RequestOf } from '../../../core/ipc/contract'
import { checkLimits } from '../../../core/matter/limits'
import { loadMatterDocument } from '../../../core/matter/migrations'
import type { FieldIssue, MatterDocument } from '../../../core/matter/schema'
import { MemoInputError } from '../../../core/memo/index'
import { buildMemo } from '../../../templates/index'
import type { BuiltMemo } from '../../../templates/index'
import { IpcFailure } from './errors'
import { loadSettings } from './settings'
import type { ServiceContext, ServiceHandlers } from './types'

type MemoRequest = RequestOf<'memo:build'>

function parseDocument(raw: unknown): MatterDocument {
  // size limits first (linear): an oversized document is refused before any analysis or memo work
  const limits = checkLimits(raw)
  const r = limits.length > 0 ? { ok: false as const, issues: limits } : loadMatterDocument(raw)
  if (!r.ok) {
    const first = r.issues[0]
    throw new IpcFailure(
      'INVALID_MATTER',
      `案件数据有 ${r.issues.length} 处错误，无法生成文书${first ? `：${first.path} ${first.message}` : ''} / the matter is invalid; no memo was built`,
      first ? `document.${first.path}` : 'document',
      r.issues.map((i) => ({ path: `document.${i.path}`, message: i.message }))
    )
  }
  return r.value
}

const prefixed = (prefix: string, issues: FieldIssue[]): FieldIssue[] =>
  issues.map((i) => ({ path: i.path === '(根)' ? prefix : `${prefix}.${i.path}`, message: i.message }))

function invalid(what: string, prefix: string, issues: FieldIssue[]): IpcFailure {
  const all = prefixed(prefix, issues)
  const first = all[0]
  return new IpcFailure(
    'INVALID_REQUEST',
    `${what}有 ${all.length} 处问题，无法生成文书${first ? `：${first.path} ${first.message}` : ''} / the ${prefix} is invalid; no memo was built`,
    first?.path ?? prefix,
    all
  )
}

/** The worksheet's exercise, validated, with the student's worksheet built on its matter's analysis. */
function worksheetFor(raw: NonNullable<MemoRequest['worksheet']>, defendantId: string | null | undefined): { doc: MatterDocument; analysis: MatterAnalysis; worksheet: Worksheet; defendantId: string } {
  const ex = validateExercise(raw.exercise)
  if (!ex.ok) throw invalid('练习', 'worksheet.exercise', ex.issues)
  const exercise = ex.value
  if (defendantId && defendantId !== exercise.defendantId) {
    throw new IpcFailure('INVALID_REQUEST', `练习的分析对象是 ${exercise.defendantId}，不是 ${defendantId} / the exercise is about another defendant`, 'defendantId')
  }
  let answer: StudentAnswer | null = null
  if (raw.answer !== undefined && raw.answer !== null) {
    const a = validateAnswer(raw.answer)
    if (!a.ok) throw invalid('学生答卷', 'worksheet.answer', a.issues)
    if (a.value.exerciseId !== exercise.id) {
      throw new IpcFailure('INVALID_REQUEST', `答卷属于练习 ${a.value.exerciseId}，不是 ${exercise.id} / the answer is for another exercise`, 'worksheet.answer.exerciseId')
    }
    answer = a.value
  }
  const analysis = analyzeMatter(exercise.document)
  // the twists are re-analysed as the worksheet page does; they are shown with a graded answer only
  const twists = answer ? evaluateTwists(exercise, analysis, (d) => analyzeMatter(d)) : []
  return { doc: exercise.document, analysis, worksheet: buildWorksheet(exercise, analysis, { answer, twists }), defendantId: exercise.defendantId }
}

export async function buildMemoFor(req: MemoRequest, ctx: ServiceContext): Promise<BuiltMemo> {
  if (req.worksheet && req.kind !== 'clinic') {
    throw new IpcFailure('INVALID_REQUEST', '只有教学练习文书（clinic）可以附学生作答 / a worksheet goes with the clinic memo only', 'worksheet')
  }
  let doc = parseDocument(req.document)
  let defendantId = req.defendantId ?? null
  let worksheet: Worksheet | null = null
  let analysis: MatterAnalysis | null = null
  if (req.worksheet) {
    // the memo is written from the exercise's own matter (the one the student answered)
    const w = worksheetFor(req.worksheet, req.defendantId)
    doc = w.doc
    defendantId = w.defendantId
    worksheet = w.worksheet
    analysis = w.analysis
  }
  if (defendantId && !doc.defendants.some((d) => d.id === defendantId)) {
    throw new IpcFailure('INVALID_REQUEST', `找不到被告人：${defendantId} / no defendant with id ${defendantId}`, 'defendantId')
  }
  const settings = await loadSettings(ctx.dataDir)
  // the editor's analysis of this very matter is reused; anything else is analysed again
  const given = req.analysis
  if (!analysis && given && given.fingerprint === analysisFingerprint(doc, analysisDate(doc))) analysis = given as unknown as MatterAnalysis
  analysis ??= analyzeMatter(doc)
  try {
    return await buildMemo(doc, analysis, {
      kind: req.kind, defendantId, settings, worksheet,
      defenceLine: req.defenceLine ?? null,
      clinicVersion: req.clinicVersion ?? null,
      ...(req.checklist !== undefined ? { checklist: req.checklist } : {})
    })
  } catch (e) {
    if (e instanceof MemoInputError) throw new IpcFailure('INVALID_REQUEST', e.message, e.path)
    throw e
  }
}

export const memoService: ServiceHandlers = {
  'memo:build': async (req, ctx) => {
    const memo = await buildMemoFor(req, ctx)
    return { fileName: memo.fileName, base64: Buffer.from(memo.bytes).toString('base64') }
  },
  'memo:saveAs': async (req, ctx) => {
    if (!ctx.showSaveDialog) {
      throw new IpcFailure('UNSUPPORTED', '浏览器模式下不能打开保存对话框，请使用下载 / no save dialog in the browser host')
    }
    const memo = await buildMemoFor(req, ctx)
    const path = await ctx.showSaveDialog(memo.fileName, [{ name: 'Word 文档', extensions: ['docx'] }])
    if (!path) return { path: null }
    await writeFile(path, memo.bytes)
    return { path }
  }
}
