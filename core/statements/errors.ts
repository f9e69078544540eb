// Errors of statement import. Every message is Chinese first, then English, and names the file and,
// where there is one, the line (1-based, as a spreadsheet or text editor shows it).

export type StatementErrorCode =
  | 'empty' | 'encoding' | 'truncated' | 'number' | 'date' | 'layout' | 'tooLarge' | 'spreadsheet' | 'victims' | 'cancelled'

export class StatementError extends Error {
  readonly code: StatementErrorCode
  readonly file: string
  readonly row: number | null
  readonly zh: string
  readonly en: string
  constructor(code: StatementErrorCode, file: string, row: number | null, zh: string, en: string) {
    const where = row === null ? `文件 ${file}` : `文件 ${file} 第 ${row} 行`
    const whereEn = row === null ? `file ${file}` : `file ${file}, line ${row}`
    super(`${where}：${zh} / ${whereEn}: ${en}`)
    this.name = 'StatementError'
    this.code = code
    this.file = file
    this.row = row
    this.zh = zh
    this.en = en
  }
}
