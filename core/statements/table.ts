// The normalised transaction table: one row per transaction, columnar so a million rows stay well
// under a gigabyte. Amounts are integer fen (exact); times are wall-clock seconds (values.ts).
// Direction: 1 = inflow (收/贷/转入/进), 2 = outflow (支/借/转出/出), 0 = neither (不计收支, failed).
// Text columns are dictionary-encoded: each row holds the id of a distinct string.
import { formatWall } from './values'

export const DIR_NONE = 0
export const DIR_IN = 1
export const DIR_OUT = 2
export type Direction = 'in' | 'out' | 'none'
export const DIRECTION_NAMES: readonly Direction[] = ['none', 'in', 'out']

export interface SourceFile {
  name: string
  size: number
  encoding: string
  preset: string
  headerLine: number
  rows: number
  /** the account under analysis named in the file (preamble or column), if any */
  account: string | null
}

export interface Transaction {
  index: number
  time: string
  amountFen: number
  direction: Direction
  balanceFen: number | null
  account: string
  counterpartyName: string
  counterpartyAccount: string
  counterpartyBank: string
  summary: string
  channel: string
  file: string
  line: number
}

/** A column of strings stored as ids into a dictionary of distinct values (id 0 = ''). */
export class TextColumn {
  ids: Int32Array
  readonly dict: string[] = ['']
  readonly map = new Map<string, number>([['', 0]])
  length = 0
  constructor(capacity = 1024) {
    this.ids = new Int32Array(capacity)
  }
  intern(s: string): number {
    let id = this.map.get(s)
    if (id === undefined) {
      id = this.dict.length
      this.dict.push(s)
      this.map.set(s, id)
    }
    return id
  }
  push(id: number): void {
    if (this.length === this.ids.length) {
      const b = new Int32Array(this.ids.length * 2)
      b.set(this.ids)
      this.ids = b
    }
    this.ids[this.length++] = id
  }
  get(i: number): string {
    return this.dict[this.ids[i] as number] as string
  }
}

export const TEXT_COLUMNS = ['account', 'counterpartyName', 'counterpartyAccount', 'counterpartyBank', 'summary', 'channel'] as const
export type TextColumnName = (typeof TEXT_COLUMNS)[number]

export class TransactionTable {
  length = 0
  time: Float64Array
  amount: Float64Array
  direction: Uint8Array
  balance: Float64Array
  fileIndex: Uint16Array
  line: Uint32Array
  readonly account: TextColumn
  readonly counterpartyName: TextColumn
  readonly counterpartyAccount: TextColumn
  readonly counterpartyBank: TextColumn
  readonly summary: TextColumn
  readonly channel: TextColumn
  files: SourceFile[] = []

  constructor(capacity = 1024) {
    this.time = new Float64Array(capacity)
    this.amount = new Float64Array(capacity)
    this.direction = new Uint8Array(capacity)
    this.balance = new Float64Array(capacity)
    this.fileIndex = new Uint16Array(capacity)
    this.line = new Uint32Array(capacity)
    this.account = new TextColumn(capacity)
    this.counterpartyName = new TextColumn(capacity)
    this.counterpartyAccount = new TextColumn(capacity)
    this.counterpartyBank = new TextColumn(capacity)
    this.summary = new TextColumn(capacity)
    this.channel = new TextColumn(capacity)
  }

  private grow(): void {
    const cap = this.time.length * 2
    const g = <T extends Float64Array | Uint8Array | Uint16Array | Uint32Array>(a: T, C: new (n: number) => T): T => {
      const b = new C(cap)
      b.set(a)
      return b
    }
    this.time = g(this.time, Float64Array)
    this.amount = g(this.amount, Float64Array)
    this.direction = g(this.direction, Uint8Array)
    this.balance = g(this.balance, Float64Array)
    this.fileIndex = g(this.fileIndex, Uint16Array)
    this.line = g(this.line, Uint32Array)
  }

  /** Append one row; text arguments are ids of this table's columns (`this.counterpartyName.intern(s)`). */
  push(time: number, amountFen: number, dir: number, balanceFen: number, account: number, cpName: number, cpAccount: number,
    cpBank: number, summary: number, channel: number, fileIndex: number, line: number): void {
    if (this.length === this.time.length) this.grow()
    const i = this.length++
    this.time[i] = time
    this.amount[i] = amountFen
    this.direction[i] = dir
    this.balance[i] = balanceFen
    this.fileIndex[i] = fileIndex
    this.line[i] = line
    this.account.push(account)
    this.counterpartyName.push(cpName)
    this.counterpartyAccount.push(cpAccount)
    this.counterpartyBank.push(cpBank)
    this.summary.push(summary)
    this.channel.push(channel)
  }

  /** Append every row of `other` (its files are appended too), optionally only the rows `keep` says. */
  append(other: TransactionTable, keep?: (i: number) => boolean): void {
    const base = this.files.length
    this.files.push(...other.files.map((f) => ({ ...f })))
    const tr = TEXT_COLUMNS.map((c) => other[c].dict.map((s) => this[c].intern(s)))
    const [ta, tn, tc, tb, ts, tch] = tr as [number[], number[], number[], number[], number[], number[]]
    for (let i = 0; i < other.length; i++) {
      if (keep && !keep(i)) continue
      this.push(other.time[i] as number, other.amount[i] as number, other.direction[i] as number, other.balance[i] as number,
        ta[other.account.ids[i] as number] as number, tn[other.counterpartyName.ids[i] as number] as number,
        tc[other.counterpartyAccount.ids[i] as number] as number, tb[other.counterpartyBank.ids[i] as number] as number,
        ts[other.summary.ids[i] as number] as number, tch[other.channel.ids[i] as number] as number,
        base + (other.fileIndex[i] as number), other.line[i] as number)
    }
  }

  fileName(i: number): string {
    return this.files[this.fileIndex[i] as number]?.name ?? ''
  }

  row(i: number): Transaction {
    const b = this.balance[i] as number
    return {
      index: i,
      time: formatWall(this.time[i] as number),
      amountFen: this.amount[i] as number,
      direction: DIRECTION_NAMES[this.direction[i] as number] as Direction,
      balanceFen: Number.isNaN(b) ? null : b,
      account: this.account.get(i),
      counterpartyName: this.counterpartyName.get(i),
      counterpartyAccount: this.counterpartyAccount.get(i),
      counterpartyBank: this.counterpartyBank.get(i),
      summary: this.summary.get(i),
      channel: this.channel.get(i),
      file: this.fileName(i),
      line: this.line[i] as number
    }
  }
}
