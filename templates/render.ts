// Turns a memo content model (core/memo) into a docx Document on the shared layout.
import {
  AlignmentType, Document, FootnoteReferenceRun, PageBreak, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TextRun, VerticalAlign, WidthType, LineRuleType, BorderStyle
} from 'docx'
import type { ParagraphChild } from 'docx'
import type { Block, Inline, MemoModel, TableBlock } from '../core/memo/types'
import { TEXT_WIDTH_CHARS } from '../core/memo/types'
import { FIRST_LINE_INDENT, FONTS, SIZE, TEXT_WIDTH_TWIP, cjk, footers, lineTwips, sectionProperties, styles } from './layout'
import { xmlSafe } from './sanitize'

type RunOptions = Omit<ConstructorParameters<typeof TextRun>[0] & object, 'text' | 'children'>

/** Every text run of a memo is made here, so no character XML forbids reaches the document. */
export function run(text: string, opts: RunOptions = {}): TextRun {
  return new TextRun({ ...opts, text: xmlSafe(text) })
}

export interface RenderOptions {
  /** settings.memoLineSpacingPt */
  lineSpacingPt: number
}

const HEADING_FONT: Record<1 | 2 | 3 | 4, string> = { 1: FONTS.h1, 2: FONTS.h2, 3: FONTS.body, 4: FONTS.body }

function inlineRuns(runs: readonly Inline[], size?: number, font?: string): ParagraphChild[] {
  return runs.map((r) => {
    if (r.kind === 'footnote') return new FootnoteReferenceRun(r.id)
    return run(r.text, {
      ...(r.bold ? { bold: true } : {}),
      ...(r.emphasis ? { font: cjk(FONTS.h2) } : font ? { font: cjk(font) } : {}),
      ...(size ? { size } : {})
    })
  })
}

/** Column widths in twips from widths in characters; they add up to the 版心 width exactly. */
export function columnTwips(widths: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0) || TEXT_WIDTH_CHARS
  const out: number[] = []
  let acc = 0
  let prev = 0
  for (const w of widths) {
    acc += w
    const edge = Math.round((acc / total) * TEXT_WIDTH_TWIP)
    out.push(edge - prev)
    prev = edge
  }
  return out
}

const CELL_SPACING = { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 }
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' }

const COMPACT_SPACING = { line: 300, lineRule: LineRuleType.EXACT, before: 0, after: 0 }

function table(b: TableBlock): (Paragraph | Table)[] {
  const cols = columnTwips(b.widths)
  const size = b.compact ? SIZE.五号 : SIZE.小四
  const cell = (children: ParagraphChild[], width: number, align: 'left' | 'center' | 'right' = 'left', header = false): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { fill: 'EDEDED', type: 'clear', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          alignment: align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: b.compact ? COMPACT_SPACING : CELL_SPACING,
          children
        })
      ]
    })
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.header.map((h, i) => cell([run(h, { font: cjk(FONTS.h1), size })], cols[i] ?? 0, 'center', true))
  })
  const rows = b.rows.map(
    (r) => new TableRow({ children: r.map((c, i) => cell(inlineRuns(c.runs, size), cols[i] ?? 0, c.align ?? 'left')) })
  )
  const out: (Paragraph | Table)[] = []
  if (b.caption) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(b.caption, { font: cjk(FONTS.h1), size: SIZE.小四 })] }))
  }
  out.push(
    new Table({
      width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
      columnWidths: cols,
      layout: TableLayoutType.FIXED,
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
      rows: [header, ...rows]
    })
  )
  // a table is followed by an empty line so the next paragraph does not stick to it
  out.push(new Paragraph({ children: [] }))
  return out
}

export function renderBlocks(blocks: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = []
  for (const b of blocks) {
    switch (b.type) {
      case 'heading': {
        const font = HEADING_FONT[b.level]
        const head = run(`${b.numbering}${b.text}`, { font: cjk(font), ...(b.level === 3 ? { bold: true } : {}) })
        out.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            keepNext: !b.runIn,
            children: [head, ...inlineRuns(b.runIn ?? [])]
          })
        )
        break
      }
      case 'paragraph': {
        const style = b.style ?? 'body'
        const alignment = style === 'center' ? AlignmentType.CENTER : style === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED
        out.push(
          new Paragraph({
            alignment,
            ...(style === 'body' || style === 'note' ? { indent: { firstLine: FIRST_LINE_INDENT } } : {}),
            children: inlineRuns(b.runs, undefined, style === 'note' ? FONTS.h2 : undefined)
          })
        )
        break
      }
      case 'table':
        out.push(...table(b))
        break
      case 'closing':
        if (b.salutation) out.push(new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, keepNext: true, children: [run(b.salutation)] }))
        if (b.addressee) out.push(new Paragraph({ keepNext: true, children: [run(b.addressee)] }))
        break
      case 'signature':
        out.push(new Paragraph({ keepNext: true, children: [] }))
        for (const l of b.lines) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: FIRST_LINE_INDENT * 2 }, keepNext: true, children: [run(l)] }))
        out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: FIRST_LINE_INDENT * 2 }, children: [run(b.date)] }))
        break
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }))
        break
    }
  }
  return out
}

export function renderDocument(model: MemoModel, opts: RenderOptions): Document {
  const lineTwip = lineTwips(opts.lineSpacingPt)
  const children: (Paragraph | Table)[] = []
  for (const l of model.letterhead) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l, { font: cjk(FONTS.h1) })] }))
  }
  if (model.letterhead.length > 0) children.push(new Paragraph({ children: [] }))
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.max(lineTwip, 700), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [run(model.title, { font: cjk(FONTS.title), size: SIZE.二号 })]
    })
  )
  if (model.subtitle) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(model.subtitle, { font: cjk(FONTS.h2) })] }))
  children.push(new Paragraph({ children: [] }))
  if (model.addressee) children.push(new Paragraph({ children: [run(model.addressee)] }))
  children.push(...renderBlocks(model.blocks))
  if (model.appendix.blocks.length > 0) {
    children.push(new Paragraph({ children: [new PageBreak()] }))
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(model.appendix.title, { font: cjk(FONTS.h1) })] }))
    children.push(...renderBlocks(model.appendix.blocks))
  }
  if (model.checklist && model.checklist.items.length > 0) {
    // the lawyer's 核对清单: a separate page after the signature, removed before filing
    children.push(new Paragraph({ children: [new PageBreak()] }))
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(model.checklist.title, { font: cjk(FONTS.h1) })] }))
    if (model.checklist.note) children.push(new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, children: [run(model.checklist.note, { font: cjk(FONTS.h2) })] }))
    model.checklist.items.forEach((item, i) => {
      children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, children: [run(`${i + 1}. ${item}`)] }))
    })
  }

  // footnotes: 小四 仿宋, single spacing, in the FootnoteText style (styles() defines it)
  const footnotes: Record<string, { children: Paragraph[] }> = {}
  for (const n of model.footnotes) {
    footnotes[String(n.id)] = {
      children: [new Paragraph({ style: 'FootnoteText', spacing: FOOTNOTE_SPACING, children: [run(n.text, { font: cjk(FONTS.body), size: SIZE.小四 })] })]
    }
  }

  const props = model.properties
  return new Document({
    title: xmlSafe(model.title),
    subject: xmlSafe(props.subject),
    creator: 'Bangxin Desk',
    description: xmlSafe(props.description),
    keywords: xmlSafe(props.keywords),
    customProperties: props.custom.map((c) => ({ name: xmlSafe(c.name), value: xmlSafe(c.value) })),
    evenAndOddHeaderAndFooters: true,
    styles: styles(lineTwip),
    footnotes,
    sections: [{ properties: sectionProperties(), footers: footers(), children }]
  })
}

/** single line spacing (240 = 1 line, auto) */
export const FOOTNOTE_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }
