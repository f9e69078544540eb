// The memo content model: what a memo says, independent of how it is typeset. core/memo builds it
// from a matter and its analysis; templates/ turns it into a .docx and the renderer shows it as an
// HTML preview. Headings carry their literal 公文 numbering (一、（一）1.（1）), never auto-numbering.
import type { MemoKind } from '../settings'
import type { Verification } from '../law/types'
import type { DefendantAnalysis } from '../analysis/types'
import type { Defendant } from '../matter/schema'

export type { MemoKind }

/** A piece of running text, or a footnote reference (the footnote's number, 1-based). */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; emphasis?: boolean }
  | { kind: 'footnote'; id: number }

export interface HeadingBlock {
  type: 'heading'
  /** 1 = 一、 (黑体), 2 = （一） (楷体), 3 = 1. (仿宋 bold), 4 = （1） (仿宋) */
  level: 1 | 2 | 3 | 4
  /** the literal numbering, e.g. `一、`, `（二）`, `3.`, `（1）`; empty for an unnumbered heading */
  numbering: string
  text: string
  /** a level 3–4 heading may run into its paragraph (公文 practice): the paragraph's runs follow */
  runIn?: Inline[]
}

export interface ParagraphBlock {
  type: 'paragraph'
  runs: Inline[]
  /** default `body`: justified, first-line indent of two characters */
  style?: 'body' | 'center' | 'right' | 'flush' | 'note'
}

export interface TableCellModel {
  runs: Inline[]
  align?: 'left' | 'center' | 'right'
}

export interface TableBlock {
  type: 'table'
  /** caption above the table, e.g. `表1 情节严重标准对照` */
  caption?: string
  /** column titles */
  header: string[]
  /** column widths in characters of body text; they sum to TEXT_WIDTH_CHARS */
  widths: number[]
  rows: TableCellModel[][]
  /** smaller type (五号) for dense reference tables such as the appendix */
  compact?: boolean
}

/** 此致 / addressee / closing words at the end of a letter-style memo. */
export interface ClosingBlock {
  type: 'closing'
  /** e.g. `此致` */
  salutation: string | null
  /** e.g. `某某区人民法院`, flush left */
  addressee: string | null
}

export interface SignatureBlock {
  type: 'signature'
  /** signature lines, right-aligned */
  lines: string[]
  /** 成文日期, e.g. `2026年11月22日` */
  date: string
}

export interface PageBreakBlock {
  type: 'pageBreak'
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ClosingBlock | SignatureBlock | PageBreakBlock

export interface Footnote {
  /** 1-based, in order of first reference */
  id: number
  /** the clause ids this note cites */
  clauseIds: string[]
  /** the whole note as one Chinese text (cite, 文号, 施行日期, verification mark) */
  text: string
  /** weakest verification mark among the cited clauses; `UNVERIFIED` also for ids missing from the library */
  verification: Verification
}

export interface MemoMeta {
  kind: MemoKind
  matterTitle: string
  caseNumber: string | null
  defendantId: string
  defendantName: string
  engineVersion: string
  lawLibraryVersion: string
  asOf: string
  /** the prevailing charge id and its Chinese label */
  prevailingCharge: string
  prevailingChargeLabel: string
  /** one Chinese sentence: the memo's conclusion (also used by tests and the preview header) */
  conclusion: string
  /** clause ids cited anywhere in the memo */
  citedClauses: string[]
  /** true when a conclusion rests on a PARTLY / UNVERIFIED clause */
  restsOnUnverified: boolean
  /** suggested file name, without extension */
  fileStem: string
}

export interface MemoModel {
  kind: MemoKind
  /** letterhead lines from settings, above the title */
  letterhead: string[]
  title: string
  subtitle: string | null
  /** 主送 (e.g. `某某区人民检察院：`), shown under the title; null for none */
  addressee: string | null
  blocks: Block[]
  footnotes: Footnote[]
  /** 附录 (internal documents only; empty for a document filed with a court or procuratorate) */
  appendix: { title: string; blocks: Block[] }
  /**
   * 核对清单: verification warnings, assumptions and gaps for the lawyer, on a separate page after
   * the signature of an internal copy; null for the clean filing copy. Never in the body or footnotes.
   */
  checklist: Checklist | null
  /** document properties (core and custom): engine and law-library versions live here, not in the text */
  properties: DocumentProperties
  meta: MemoMeta
}

export interface Checklist {
  title: string
  note: string | null
  items: string[]
}

export interface DocumentProperties {
  subject: string
  description: string
  keywords: string
  custom: { name: string; value: string }[]
}

/** What a memo .docx carries as its machine-readable part (readEmbeddedAnalysis returns it). */
export interface EmbeddedAnalysis {
  format: 'bangxin-desk/memo-analysis'
  formatVersion: 1
  kind: MemoKind
  defendantId: string
  engineVersion: string
  lawLibraryVersion: string
  asOf: string
  /** the memo's case name (`张某涉嫌……一案`), never the matter's own title */
  matterTitle: string
  /** the facts of the memo's defendant (null when the caller did not pass the matter) */
  defendant: Defendant | null
  /** the analysis of the memo's defendant only: a memo never carries a co-defendant's analysis */
  defendants: DefendantAnalysis[]
}

/** Body text width in characters (GB/T 9704: 28 characters of 三号 per line). */
export const TEXT_WIDTH_CHARS = 28
