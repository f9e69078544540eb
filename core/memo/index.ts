// Memo content model: buildMemoModel(doc, analysis, { kind, defendantId, settings }) → MemoModel.
// Pure: used by templates/ (docx) and by the renderer (in-app preview).
import type { MatterAnalysis } from '../analysis/types'
import type { Worksheet } from '../clinic/grading'
import type { MatterDocument } from '../matter/schema'
import type { MemoKind, Settings } from '../settings'
import { defaultSettings } from '../settings'
import type { DefendantAnalysis, ChargeId } from '../analysis/types'
import type { Defendant } from '../matter/schema'
import { clause, clauseOfVerificationWarning, hasClause, source, type Verification } from '../law'
import { FootnoteRegistry } from './citations'
import { CHARGE_LABELS, chargeLabel, partyRole } from './common'
import type { ClinicVersion, DefenceLine, KindContext, KindOutput } from './context'
import { dateZh, sentence } from './format'
import { accusationOf, profileOf, type Profile } from './inputs'
import { buildDefense } from './defense'
import { buildProsecution } from './prosecution'
import { buildAnalysis } from './analysis'
import { buildClinic } from './clinic'
import type { Block, Checklist, EmbeddedAnalysis, MemoModel } from './types'
import { statementAnnex } from '../statements/annex'
import { MemoWriter } from './writer'

export * from './types'
export type { DefenceLine, ClinicVersion } from './context'
export type { Profile, Accusation } from './inputs'
export { yuan, months, dateZh, chineseNumber, headingNumber } from './format'

export interface MemoOptions {
  kind: MemoKind
  /** null / undefined = the first defendant */
  defendantId?: string | null
  settings?: Settings
  /** `clinic` only: the student's worksheet (`buildWorksheet` in core/clinic); with an answer the memo adds
   *  the student's answers, the verdicts and the score */
  worksheet?: Worksheet | null
  /** `defense` only: 无罪 or 罪轻, agreed with the client. Default: 罪轻 under 认罪认罚 (contesting guilt
   *  against the 具结书 can cost the 从宽), 无罪 where the analysis finds no crime, else 罪轻. */
  defenceLine?: DefenceLine | null
  /** 律师事务所, 律师, 执业证号, 检察院, 承办人: overrides settings.profile field by field */
  profile?: Partial<Profile> | null
  /** `clinic` only: the student's version (facts, questions, answer sheet) or the teacher's (default) */
  clinicVersion?: ClinicVersion | null
  /** add the 核对清单 page after the signature (default true: the internal copy); false = the filing copy */
  checklist?: boolean
}

export const MEMO_KIND_LABELS: Record<MemoKind, string> = {
  defense: '辩护意见书',
  prosecution: '审查报告',
  analysis: '案件分析报告',
  clinic: '教学练习'
}

/** Documents filed with a court or procuratorate (or placed in its file): no verification marks, no tool text. */
export const FILED_KINDS: ReadonlySet<MemoKind> = new Set(['defense', 'prosecution'])

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
const unsafe = /[\\/:*?"<>|\u0000-\u001f\ufffe\uffff]/g

/** The default defence line (see MemoOptions.defenceLine). */
export function defaultDefenceLine(d: Defendant, da: DefendantAnalysis): DefenceLine {
  if (da.disposition === 'noCrime' || da.seriousCircumstances.met === false) return 'innocence'
  if (d.mitigation.pleaAgreement === true) return 'lesser'
  return 'lesser'
}

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
  if (opts.defenceLine != null && opts.defenceLine !== 'innocence' && opts.defenceLine !== 'lesser') {
    throw new MemoInputError(`辩护思路应为 innocence（无罪）或 lesser（罪轻） / defenceLine must be innocence or lesser`, 'defenceLine')
  }

  const filed = FILED_KINDS.has(kind)
  const notes = new FootnoteRegistry({ asOf: analysis.asOf, marks: !filed })
  const w = new MemoWriter(notes)
  const boilerplate = settings.boilerplate[kind]
  const accusation = accusationOf(doc)
  const matterCharge = accusation?.charge ?? (da.prevailingCharge !== 'none' ? da.prevailingCharge : 'art287-2')
  const clinicVersion: ClinicVersion = opts.clinicVersion ?? 'teacher'
  const check: string[] = []
  const ctx: KindContext = {
    doc, analysis, defendant, da, boilerplate, w, worksheet, accusation, matterCharge,
    profile: profileOf(settings, opts.profile),
    line: opts.defenceLine ?? defaultDefenceLine(defendant, da),
    clinicVersion,
    check
  }
  const out = BUILDERS[kind](ctx)
  const annex = kind === 'clinic' ? null : statementsAnnexBlocks(notes, defendant)

  const letterhead = boilerplate.letterhead.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
  // a graded worksheet is its own document (the student's answers beside the key): named by the student, not by version
  const version = kind === 'clinic' && !worksheet ? (clinicVersion === 'student' ? '-学生版' : '-教师版') : ''
  const stem = `${da.name}-${out.title}${version}${worksheet?.student ? `-${worksheet.student.name}` : ''}`.replace(unsafe, '_')
  const caseName = caseNameOf(doc, defendant, da, matterCharge)
  const withChecklist = opts.checklist !== false && !(kind === 'clinic' && clinicVersion === 'student')

  return {
    kind,
    letterhead,
    title: out.title,
    subtitle: out.subtitle,
    addressee: out.addressee,
    blocks: w.blocks,
    footnotes: notes.notes,
    appendix: annex
      ? out.appendix && out.appendix.blocks.length > 0
        ? { title: out.appendix.title, blocks: [...out.appendix.blocks, ...annex.blocks] }
        : { title: annex.title, blocks: annex.blocks }
      : out.appendix ?? { title: '', blocks: [] },
    checklist: withChecklist ? checklistOf(ctx, notes) : null,
    properties: {
      subject: caseName,
      description: out.conclusion,
      keywords: MEMO_KIND_LABELS[kind],
      custom: [
        { name: '文书类型', value: MEMO_KIND_LABELS[kind] },
        { name: '分析引擎版本', value: analysis.engineVersion },
        { name: '法律库版本', value: analysis.lawLibraryVersion },
        { name: '适用法律日期', value: analysis.asOf }
      ]
    },
    meta: {
      kind,
      matterTitle: caseName,
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

/** `张某涉嫌帮助信息网络犯罪活动罪一案` by stage; never the matter's own title (it may name co-defendants). */
export function caseNameOf(doc: MatterDocument, d: Defendant, da: DefendantAnalysis, charge: Exclude<ChargeId, 'none'>): string {
  const label = CHARGE_LABELS[charge]
  const trial = doc.matter.stage === 'trial' || doc.matter.stage === 'appeal'
  return trial ? `${partyRole(doc, d)}${da.name}${label}一案` : `${partyRole(doc, d)}${da.name}涉嫌${label}一案`
}

/** The 核对清单: the builder's own items, then every cited clause not verified, later texts left out, and the analysis warnings. */
function checklistOf(ctx: KindContext, notes: FootnoteRegistry): Checklist {
  const items = [...ctx.check]
  const verify = (cite: string, v: Verification): string => `${cite}${v === 'PARTLY' ? '仅部分经第三方转载核对' : '尚未与官方文本核对'}，提交前请核对原文。`
  const listed = new Set<string>()
  for (const u of notes.unverified()) {
    items.push(verify(u.cite, u.verification))
    listed.add(u.clauseId)
  }
  for (const s of notes.later()) {
    items.push(`${s.shortTitle}${s.effective ? `自${dateZh(s.effective)}起施行` : ''}，晚于本文书日期${dateZh(ctx.analysis.asOf)}，文中未引用；如文书日期在其后，请重新生成。`)
  }
  for (const x of ctx.da.warnings) {
    // the analysis's verification warnings in the page's own wording, once per clause
    const id = clauseOfVerificationWarning(x)
    if (id === null) items.push(sentence(x))
    else if (!listed.has(id)) {
      listed.add(id)
      items.push(hasClause(id) ? verify(`${source(clause(id).sourceId).shortTitle}${clause(id).label}`, clause(id).verification) : verify(`条文编号 ${id}`, 'UNVERIFIED'))
    }
  }
  return {
    title: '核对清单',
    note: '本页供承办人核对，不属于文书正文，提交前请删除。',
    items: [...new Set(items)]
  }
}

/** The machine-readable part a memo carries: the analysis of the memo's defendant only, with that defendant's facts. */
export function embeddedAnalysisOf(model: MemoModel, analysis: MatterAnalysis, doc?: MatterDocument): EmbeddedAnalysis {
  const da = analysis.defendants.filter((x) => x.id === model.meta.defendantId)
  const facts = doc?.defendants.find((x) => x.id === model.meta.defendantId) ?? null
  return {
    format: 'bangxin-desk/memo-analysis',
    formatVersion: 1,
    kind: model.kind,
    defendantId: model.meta.defendantId,
    engineVersion: analysis.engineVersion,
    lawLibraryVersion: analysis.lawLibraryVersion,
    asOf: analysis.asOf,
    matterTitle: model.meta.matterTitle,
    defendant: facts,
    defendants: da
  }
}
/** Checks that a value read back from a .docx is an embedded analysis (shape only). */
export function isEmbeddedAnalysis(v: unknown): v is EmbeddedAnalysis {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  return o.format === 'bangxin-desk/memo-analysis' && o.formatVersion === 1 && Array.isArray(o.defendants) && typeof o.engineVersion === 'string'
}

/**
 * The 流水分析附表 of a defendant whose amounts were confirmed from bank statements (`amountSources`): the totals
 * with their files, rows and rules, the matched and unmatched victims, the deductions — from the matter alone.
 */
function statementsAnnexBlocks(notes: FootnoteRegistry, d: Defendant): { title: string; blocks: Block[] } | null {
  const annex = statementAnnex(d.amountSources, d.name)
  if (!annex) return null
  const aw = new MemoWriter(notes)
  aw.heading(2, annex.title)
  for (const t of annex.tables) {
    aw.styled('flush', t.title)
    aw.table(t.columns, t.columns.map((c) => Math.max(2, Math.min(8, c.length + 1))), t.rows, undefined, true)
    if (t.note) aw.styled('note', t.note)
  }
  return { title: `附件：${annex.title}`, blocks: aw.blocks }
}
