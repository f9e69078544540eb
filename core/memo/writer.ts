// A small writer that keeps the 公文 heading counters (一、（一）1.（1）) and the footnotes while
// a memo kind appends its blocks.
import { FootnoteRegistry, briefCites } from './citations'
import { headingNumber } from './format'
import type { Block, Inline, TableCellModel } from './types'

export type RunSpec = string | Inline | null | undefined | false

export function runs(...parts: RunSpec[]): Inline[] {
  const out: Inline[] = []
  for (const p of parts) {
    if (p === null || p === undefined || p === false || p === '') continue
    out.push(typeof p === 'string' ? { kind: 'text', text: p } : p)
  }
  return out
}

export const bold = (text: string): Inline => ({ kind: 'text', text, bold: true })

export class MemoWriter {
  readonly blocks: Block[] = []
  private readonly counters = [0, 0, 0, 0]
  /** clause ids cited inside the table being built (one footnote after the table) */
  private tableIds: string[] = []

  constructor(readonly notes: FootnoteRegistry) {}

  /**
   * A citation inside a table cell: written in the cell as `（《解释》第十三条）` and collected for
   * one footnote after the table (footnote marks inside table cells break pages in LibreOffice).
   */
  cellCite(ids: readonly string[] | undefined): string {
    const usable = ids ? this.notes.usable(ids) : []
    if (usable.length === 0) return ''
    this.tableIds.push(...usable)
    const text = briefCites(usable, this.notes.marks)
    return text ? `（${text}）` : ''
  }

  /** A footnote reference for these clause ids (null when there are none). */
  cite(ids: readonly string[] | undefined): Inline | null {
    return ids ? this.notes.cite(ids) : null
  }

  heading(level: 1 | 2 | 3 | 4, text: string, runIn?: Inline[]): void {
    const idx = level - 1
    this.counters[idx] = (this.counters[idx] ?? 0) + 1
    for (let i = idx + 1; i < this.counters.length; i++) this.counters[i] = 0
    this.blocks.push({ type: 'heading', level, numbering: headingNumber(level, this.counters[idx] ?? 1), text, ...(runIn ? { runIn } : {}) })
  }

  /** A numbered level 3/4 heading followed by its paragraph text on the same line. */
  point(level: 3 | 4, title: string, ...body: RunSpec[]): void {
    this.heading(level, title, runs(...body))
  }

  para(...parts: RunSpec[]): void {
    const r = runs(...parts)
    if (r.length > 0) this.blocks.push({ type: 'paragraph', runs: r })
  }

  styled(style: 'center' | 'right' | 'flush' | 'note', ...parts: RunSpec[]): void {
    const r = runs(...parts)
    if (r.length > 0) this.blocks.push({ type: 'paragraph', runs: r, style })
  }

  /** A paragraph with a footnote for the given clause ids at its end. */
  cited(text: string, ids: readonly string[] | undefined): void {
    this.para(text, this.cite(ids))
  }

  table(header: string[], widths: number[], rows: (string | TableCellModel)[][], caption?: string, compact = false): void {
    this.blocks.push({
      type: 'table',
      header,
      widths,
      rows: rows.map((r) => r.map((c) => (typeof c === 'string' ? { runs: runs(c) } : c))),
      ...(caption ? { caption } : {}),
      ...(compact ? { compact } : {})
    })
    const ids = this.tableIds
    this.tableIds = []
    const note = ids.length > 0 ? this.cite(ids) : null
    if (note) {
      const marked = this.notes.marks && ids.some((id) => briefCites([id]).includes('※'))
      this.styled('note', `表中所引条文的文号、施行日期${marked ? '及核实情况（标“※”者尚待与官方文本核对）' : ''}见本注。`, note)
    }
  }

  push(b: Block): void {
    this.blocks.push(b)
  }
}
