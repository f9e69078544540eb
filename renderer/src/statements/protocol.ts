// Messages between the statements page and its import worker (worker.ts). The worker holds the
// transaction table (up to millions of rows); the page asks it for filtered row indices and row slices.
import type { RowTag } from '../../../core/statements/compute'
import type { ColumnMapping } from '../../../core/statements/layout'
import type { AmountSources } from '../../../core/statements/provenance'
import type { Transaction } from '../../../core/statements/table'

export interface InputFile {
  name: string
  /** CSV/TSV bytes */
  bytes?: ArrayBuffer
  /** a spreadsheet already read into cells (statements:readSheet) */
  sheet?: { records: string[][]; lines: number[]; size: number }
}

export type FigureKey = 'inflow' | 'outflow' | 'verified' | 'deductions' | 'settlement'

export interface Filter {
  direction?: 'in' | 'out' | 'none' | null
  counterparty?: string
  from?: string
  to?: string
  min?: number | null
  max?: number | null
  matchedOnly?: boolean
  figure?: FigureKey | null
}

export interface FigureSummary { key: FigureKey; label: string; fen: number; count: number; rule: string }

export interface Summary {
  rows: number
  duplicatesRemoved: number
  files: { name: string; preset: string; encoding: string; rows: number; account: string | null; headerLine: number }[]
  period: { from: string | null; to: string | null }
  counterparties: number
  figures: FigureSummary[]
  netInflowFen: number
  accounts: { account: string; inflowFen: number; outflowFen: number }[]
  victims: { name: string; time: string; amountFen: number; payerAccount: string; row: number | null; where: string | null }[]
  unusedTags: { file: string; line: number; why: string }[]
  sources: AmountSources
}

export interface AnnotatedRow extends Transaction {
  victim: string | null
  deduction: string | null
  settlement: boolean
}

export type ToWorker =
  | { type: 'import'; files: InputFile[]; victims?: { name: string; bytes: ArrayBuffer } | null; tags?: RowTag[]; mapping?: ColumnMapping | null }
  | { type: 'tags'; tags: RowTag[] }
  | { type: 'filter'; id: number; filter: Filter }
  | { type: 'rows'; id: number; indices: number[] }
  | { type: 'export'; id: number }

export type FromWorker =
  | { type: 'progress'; file: string; fraction: number }
  /** `preview`: the first rows of the file whose header was not found, for the column-mapping step */
  | { type: 'error'; message: string; code?: string; file?: string; preview?: string[][] }
  | { type: 'ready'; summary: Summary }
  | { type: 'filtered'; id: number; indices: Int32Array }
  | { type: 'rows'; id: number; rows: AnnotatedRow[] }
  | { type: 'export'; id: number; rows: (string | number | null)[][] }
