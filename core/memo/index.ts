// Memo content model: buildMemoModel(doc, analysis, { kind, defendantId, settings }) → MemoModel.
// Pure: used by templates/ (docx) and by the renderer (in-app preview).
import type { MatterAnalysis } from '../analysis/types'
import type { Worksheet } from '../clinic/grading'
import type { MatterDocument } from '../matter/schema'
import type { MemoKind, Settings } from '../settings'
import { defaultSettings } from '../settings'
import { FootnoteRegistry } from './citations'
import { chargeLabel, sourcesAppendix, traceAppendix } from './common'
import type { KindContext, KindOutput } from './context'
import { buildDefense } from './defense'
import { buildProsecution } from './prosecution'
import { buildAnalysis } from './analysis'
import { buildClinic } from './clinic'
import type { EmbeddedAnalysis, MemoModel } from './types'
import { MemoWriter } from './writer'

export * from './types'
export { yuan, months, dateZh, chineseNumber, headingNumber } from './format'

export interface MemoOptions {
  kind: MemoKind
  /** null / undefined = the first defendant */
  defendantId?: string | null
  settings?: Settings
  /** `clinic` only: the student's worksheet (`buildWorksheet` in core/clinic); with an answer the memo adds
   *  the student's answers, the verdicts and the score */
  worksheet?: Worksheet | null
}

export const MEMO_KIND_LABELS: Record<MemoKind, string> = {
  defense: '辩护意见书',
  prosecution: '审查报告',
  analysis: '案件分析报告',
  clinic: '教学练习'
}

const BUILDERS: Record<MemoKind, (ctx: KindContext) => KindOutput> = {
  defense: buildDefense,
  prosecution: buildProsecution,
  analysis: buildAnalysis,
  clinic: buildClinic
}

/** Thrown when the options do not fit the matter (unknown defendant, analysis out of step). */
export class MemoInputError extends Error {
  constructor(message: string, readonly path: string | null) {
    super(message)
    this.name = 'MemoInputError'
  }
}

// eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
const unsafe = /[\\/:*?"<>|\u0000-\u001f]/g

export function buildMemoModel(doc: MatterDocument, analysis: MatterAnalysis, opts: MemoOptions): MemoModel {
  const settings = opts.settings ?? defaultSettings
  const kind = opts.kind
  const id = opts.defendantId ?? doc.defendants[0]?.id
  const defendant = doc.defendants.find((x) => x.id === id)
  if (!defendant) throw new MemoInputError(`找不到被告人：${id ?? '（无）'} / no defendant with id ${id ?? '(none)'}`, 'defendantId')
  const da = analysis.defendants.find((x) => x.id === defendant.id)
  if (!da) throw new MemoInputError(`分析结果中没有被告人 ${defendant.id}，请重新分析 / the analysis has no defendant ${defendant.id}; re-run the analysis`, 'defendantId')

  const worksheet = opts.worksheet ?? null
  if (worksheet && kind !== 'clinic') {
    throw new MemoInputError(`只有教学练习文书可以附学生作答（当前为 ${MEMO_KIND_LABELS[kind]}） / a worksheet goes with the clinic memo only`, 'worksheet')
  }
  if (worksheet && worksheet.defendantId !== defendant.id) {
    throw new MemoInputError(`练习的分析对象 ${worksheet.defendantId} 与文书的被告人 ${defendant.id} 不一致 / the worksheet is for another defendant`, 'worksheet')
  }

  const notes = new FootnoteRegistry()
  const w = new MemoWriter(notes)
  const boilerplate = settings.boilerplate[kind]
  const out = BUILDERS[kind]({ doc, analysis, defendant, da, boilerplate, w, worksheet })

  const aw = new MemoWriter(notes)
  const appendixBlocks = [...traceAppendix(aw, da, analysis), ...sourcesAppendix(aw, notes.sources())]
  const letterhead = boilerplate.letterhead.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
  const stem = `${da.name}-${out.title}${worksheet?.student ? `-${worksheet.student.name}` : ''}`.replace(unsafe, '_')

  return {
    kind,
    letterhead,
    title: out.title,
    subtitle: out.subtitle,
    addressee: out.addressee,
    blocks: w.blocks,
    footnotes: notes.notes,
    appendix: { title: '附录：分析过程', blocks: appendixBlocks },
    meta: {
      kind,
      matterTitle: doc.matter.title,
      caseNumber: doc.matter.caseNumber ?? null,
      defendantId: defendant.id,
      defendantName: da.name,
      engineVersion: analysis.engineVersion,
      lawLibraryVersion: analysis.lawLibraryVersion,
      asOf: analysis.asOf,
      prevailingCharge: da.prevailingCharge,
      prevailingChargeLabel: chargeLabel(da),
      conclusion: out.conclusion,
      citedClauses: notes.cited(),
      restsOnUnverified: notes.restsOnUnverified(),
      fileStem: stem
    }
  }
}

/** The machine-readable part a memo carries (the analysis it was written from). */
export function embeddedAnalysisOf(model: MemoModel, analysis: MatterAnalysis): EmbeddedAnalysis {
  return {
    format: 'bangxin-desk/memo-analysis',
    formatVersion: 1,
    kind: model.kind,
    defendantId: model.meta.defendantId,
    engineVersion: analysis.engineVersion,
    lawLibraryVersion: analysis.lawLibraryVersion,
    asOf: analysis.asOf,
    matterTitle: model.meta.matterTitle,
    defendants: analysis.defendants
  }
}

/** Checks that a value read back from a .docx is an embedded analysis (shape only). */
export function isEmbeddedAnalysis(v: unknown): v is EmbeddedAnalysis {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  return o.format === 'bangxin-desk/memo-analysis' && o.formatVersion === 1 && Array.isArray(o.defendants) && typeof o.engineVersion === 'string'
}
